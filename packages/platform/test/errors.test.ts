// Prisma's error codes are mapped once, here, into coded GraphQL errors; anything unknown is masked.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { GraphQLError } from "graphql";
import { fromPrismaError, toClientError } from "../src/errors.js";
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

    const unknown = toClientError({ message: "db password is hunter2", extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["x"] } }, new Error("x"));
    expect(unknown).toEqual({ unexpected: true, error: { message: "Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } } });

    const coded = toClientError({ message: "Sold out", extensions: { code: "CONFLICT", reason: "SOLD_OUT", stacktrace: ["x"] } }, new Error());
    expect(coded).toEqual({ unexpected: false, error: { message: "Sold out", extensions: { code: "CONFLICT", reason: "SOLD_OUT" } } });
  });
});
