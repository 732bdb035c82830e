// Prisma's error codes are mapped once, here, into coded GraphQL errors; anything unknown is masked.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { fromPrismaError, isUniqueViolation, toClientError } from "../src/errors.js";
import { createTestDatabase, type TestDatabase } from "@bilten/testkit/infrastructure";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const user = (email: string) => ({ email, passwordHash: "x", firstName: "A", lastName: "B" });

describe("Prisma errors", () => {
  test("a unique violation (P2002) becomes CONFLICT naming the field", async () => {
    await db.prisma.user.create({ data: user("dup@test.example") });
    const error = await db.prisma.user.create({ data: user("dup@test.example") }).catch((e: unknown) => e);
    const mapped = fromPrismaError(error);
    expect(mapped?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS", fields: ["email"] });
  });

  test("a unique violation is recognized from model queries (P2002) and from raw SQL (P2010)", async () => {
    await db.prisma.user.create({ data: user("twice@test.example") });
    const model = await db.prisma.user.create({ data: user("twice@test.example") }).catch((e: unknown) => e);
    expect(model).toMatchObject({ code: "P2002" });
    expect(isUniqueViolation(model)).toBe(true);

    const insert = (id: string) => db.prisma.$executeRaw`
      INSERT INTO "identity"."users" (id, email, password_hash, first_name, last_name, updated_at)
      VALUES (${id}::uuid, 'twice@test.example', 'x', 'A', 'B', now())`;
    const raw = await insert(randomUUID()).catch((e: unknown) => e);
    expect(raw).toMatchObject({ code: "P2010" });
    expect(isUniqueViolation(raw)).toBe(true);
    const rawQuery = await db.prisma
      .$queryRaw`INSERT INTO "identity"."users" (id, email, password_hash, first_name, last_name, updated_at)
      VALUES (gen_random_uuid(), 'twice@test.example', 'x', 'A', 'B', now()) RETURNING id`.catch((e: unknown) => e);
    expect(isUniqueViolation(rawQuery)).toBe(true);

    // Other failures of raw SQL and of model queries are not unique violations.
    expect(isUniqueViolation(await insert("not-a-uuid").catch((e: unknown) => e))).toBe(false);
    const missing = await db.prisma.user
      .update({ where: { id: randomUUID() }, data: { firstName: "X" } })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(missing)).toBe(false);
    expect(isUniqueViolation(new Error("duplicate key value violates unique constraint"))).toBe(false);
  });

  test("a missing record (P2025) becomes NOT_FOUND", async () => {
    const error = await db.prisma.user
      .update({ where: { id: "00000000-0000-4000-8000-000000000000" }, data: { firstName: "X" } })
      .catch((e: unknown) => e);
    expect(fromPrismaError(error)?.extensions.code).toBe("NOT_FOUND");
  });

  test("the formatter maps Prisma errors wrapped by graphql and masks everything unknown", async () => {
    const prismaError = await db.prisma.user.create({ data: user("dup@test.example") }).catch((e: unknown) => e);
    const wrapped = new GraphQLError("raw", { originalError: prismaError as Error, path: ["signUp"] });
    expect(toClientError({ message: "raw", path: ["signUp"] }, wrapped).error.extensions?.code).toBe("CONFLICT");

    const unknown = toClientError(
      { message: "db password is hunter2", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["x"] } },
      new Error("x"),
    );
    expect(unknown).toEqual({
      unexpected: true,
      error: { message: "Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } },
    });

    const coded = toClientError(
      { message: "Sold out", extensions: { code: "CONFLICT", reason: "SOLD_OUT", stacktrace: ["x"] } },
      new Error(),
    );
    expect(coded).toEqual({
      unexpected: false,
      error: { message: "Sold out", extensions: { code: "CONFLICT", reason: "SOLD_OUT" } },
    });
  });
});
