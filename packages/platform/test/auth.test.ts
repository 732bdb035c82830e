import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { createPrivateKey, createPublicKey } from "node:crypto";
import { generateKeyPemPair, signAccessToken, verifyAccessToken, type TokenKeys } from "../src/auth.js";

function keyPair(): TokenKeys {
  const pem = generateKeyPemPair();
  return { publicKey: createPublicKey(pem.publicKey), privateKey: createPrivateKey(pem.privateKey) };
}

const claims = { userId: "u1", isPlatformAdmin: false, roles: { org1: "ORGANIZER" as const } };

async function rejection(promise: Promise<unknown>): Promise<{ message: string; code: unknown }> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as { message: string; extensions?: { code?: unknown } } | undefined;
  if (!error) throw new Error("expected a rejection");
  return { message: error.message, code: error.extensions?.code };
}

afterEach(() => {
  jest.useRealTimers();
});

describe("access tokens", () => {
  test("a verified token yields the signed viewer, and the same (frozen) viewer the second time", async () => {
    const keys = keyPair();
    const { token } = await signAccessToken(keys, claims, 60);
    const first = await verifyAccessToken(keys, token);
    expect(first).toMatchObject({ userId: "u1", isPlatformAdmin: false, roles: { org1: "ORGANIZER" } });
    expect(await verifyAccessToken(keys, token)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
  });

  test("a remembered token is refused once it expires", async () => {
    jest.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
    const keys = keyPair();
    const { token } = await signAccessToken(keys, claims, 60);
    await verifyAccessToken(keys, token);
    jest.setSystemTime(new Date("2026-01-01T00:01:01Z"));
    expect(await rejection(verifyAccessToken(keys, token))).toEqual({
      message: "Access token expired",
      code: "UNAUTHENTICATED",
    });
  });

  test("a token verified with one key is not accepted by another", async () => {
    const signer = keyPair();
    const { token } = await signAccessToken(signer, claims, 60);
    await verifyAccessToken(signer, token);
    expect((await rejection(verifyAccessToken(keyPair(), token))).code).toBe("UNAUTHENTICATED");
  });

  test("a tampered token is refused, and a refusal is not remembered as success", async () => {
    const keys = keyPair();
    const { token } = await signAccessToken(keys, claims, 60);
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ sub: "u1", adm: true, iss: "x", aud: "bilten", exp: 9e9 })).toString(
      "base64url",
    );
    const tampered = `${header}.${forged}.${signature}`;
    expect((await rejection(verifyAccessToken(keys, tampered))).message).toBe("Invalid access token");
    expect((await rejection(verifyAccessToken(keys, tampered))).message).toBe("Invalid access token");
  });
});
