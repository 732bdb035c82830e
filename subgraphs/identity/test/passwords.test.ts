import { describe, expect, test } from "@jest/globals";
import { assertStrongPassword, hashPassword, verifyPassword } from "../src/services/passwords.js";

describe("password hashing", () => {
  test("a hash verifies the same password only, and two hashes of one password differ (salted)", async () => {
    const a = await hashPassword("correct horse battery staple", 10);
    const b = await hashPassword("correct horse battery staple", 10);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery staple", a)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", a)).toBe(false);
  });

  test("the cost travels with the hash, so raising it later keeps old hashes valid", async () => {
    const cheap = await hashPassword("a long enough passphrase", 10);
    expect(cheap.split("$").slice(0, 4)).toEqual(["scrypt", "10", "8", "1"]);
    expect(await verifyPassword("a long enough passphrase", cheap)).toBe(true);
  });

  test("Unicode passwords are normalized (the same text typed on another keyboard still matches)", async () => {
    const composed = "caf\u00e9-au-lait-2026";
    const decomposed = "cafe\u0301-au-lait-2026";
    expect(await verifyPassword(decomposed, await hashPassword(composed, 10))).toBe(true);
  });

  test("malformed stored hashes never verify", async () => {
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
    expect(await verifyPassword("x", "")).toBe(false);
  });
});

describe("password policy", () => {
  const person = { email: "grace@example.com", firstName: "Grace", lastName: "Hopper" };
  test.each(["short", "aaaaaaaaaaaaaa", "password123", "i-am-grace-2026", "hopper-rules-all"])(
    "refuses %s",
    (password) => {
      expect(() => assertStrongPassword("password", password, person)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "password" }) }),
      );
    },
  );
  test("accepts a long passphrase", () => {
    expect(() => assertStrongPassword("password", "tulips in bern 1998", person)).not.toThrow();
  });
});
