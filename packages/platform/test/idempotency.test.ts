// Idempotency keys: the first request makes, a retry of the same request replays, another request under the same
// key is refused; a lost race to a concurrent request with the key replays the winner.
import { describe, expect, test } from "@jest/globals";
import { Prisma } from "../src/generated/prisma/client.js";
import { idempotent, type IdempotentRequest } from "../src/idempotency.js";

interface Stored {
  id: string;
  requestHash: string;
}

const uniqueViolation = () =>
  new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "test" });

function request(overrides: Partial<IdempotentRequest<Stored, string>>): IdempotentRequest<Stored, string> {
  return {
    hash: "h1",
    field: "input.idempotencyKey",
    attempt: async () => ({ made: "new" }),
    winner: async () => null,
    reused: (prior) => ({ what: "a different thing", details: { thingId: prior.id } }),
    ...overrides,
  };
}

describe("idempotent", () => {
  test("a first request makes; a retry of the same request replays what the key made", async () => {
    expect(await idempotent(request({}))).toEqual({ made: "new" });
    const prior = { id: "r1", requestHash: "h1" };
    expect(await idempotent(request({ attempt: async () => ({ replayed: prior }) }))).toEqual({ replayed: prior });
  });

  test("the same key with a different request is CONFLICT IDEMPOTENCY_KEY_REUSED naming the argument and the first record", async () => {
    const prior = { id: "r1", requestHash: "other" };
    const refused = idempotent(request({ attempt: async () => ({ replayed: prior }) }));
    await expect(refused).rejects.toMatchObject({
      message: "This idempotency key was used for a different thing",
      extensions: { code: "CONFLICT", reason: "IDEMPOTENCY_KEY_REUSED", field: "input.idempotencyKey", thingId: "r1" },
    });
  });

  test("losing the insert to a concurrent request with the key replays the winner, under the same hash rule", async () => {
    const lost = { attempt: async () => Promise.reject(uniqueViolation()) };
    expect(await idempotent(request({ ...lost, winner: async () => ({ id: "w", requestHash: "h1" }) }))).toEqual({
      replayed: { id: "w", requestHash: "h1" },
    });
    await expect(
      idempotent(request({ ...lost, winner: async () => ({ id: "w", requestHash: "h2" }) })),
    ).rejects.toMatchObject({
      extensions: { reason: "IDEMPOTENCY_KEY_REUSED", thingId: "w" },
    });
    // A unique violation of something else (no record under the key): the violation itself.
    await expect(idempotent(request(lost))).rejects.toMatchObject({ code: "P2002" });
  });

  test("other failures pass through without looking for a winner", async () => {
    let asked = false;
    const winner = async () => {
      asked = true;
      return null;
    };
    const failing = request({ attempt: async () => Promise.reject(new Error("sold out")), winner });
    await expect(idempotent(failing)).rejects.toThrow("sold out");
    expect(asked).toBe(false);
  });
});
