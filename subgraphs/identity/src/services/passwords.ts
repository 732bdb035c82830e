// Password hashing with Node's scrypt (memory-hard, no native addon) and the password policy.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { badInput } from "@bilten/platform";

const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const optionsFor = (logN: number, r: number, p: number): ScryptOptions => ({
  N: 2 ** logN,
  r,
  p,
  // scrypt needs 128 * N * r bytes; Node's default cap (32 MiB) is too small for N = 2^15.
  maxmem: 256 * 2 ** logN * r,
});

/** `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, optionsFor(logN, 8, 1));
  return `scrypt$${logN}$8$1$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !logN || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await scrypt(password, Buffer.from(salt, "base64"), optionsFor(Number(logN), Number(r), Number(p)));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// The most common passwords of public breach corpora; longer lists belong in a breached-password service.
const COMMON = new Set([
  "password",
  "password1",
  "password123",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "1q2w3e4r5t",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "administrator",
  "passw0rd123",
  "qwerty12345",
  "0987654321",
  "abcdefghij",
  "aaaaaaaaaa",
  "trustno1234",
  "sunshine123",
  "football123",
  "baseball123",
]);

export const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 128;

/** NIST 800-63B style: length over composition rules; refuses common passwords and ones built from the person. */
export function assertStrongPassword(
  field: string,
  password: string,
  person: { email: string; firstName?: string; lastName?: string },
): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(field, `The password needs at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(field, `The password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size < 4) {
    throw badInput(field, "This password is too common or too simple; choose a longer, less predictable one");
  }
  const personal = [person.email.split("@")[0], person.firstName, person.lastName]
    .map((part) => part?.trim().toLowerCase())
    .filter((part): part is string => !!part && part.length >= 3);
  if (personal.some((part) => lower.includes(part))) {
    throw badInput(field, "The password must not contain your name or e-mail address");
  }
}
