// Ticket numbers and signed QR payloads. A payload is verified with the public key alone (a scanner needs no
// database for it); revocation is the ticket's status and version in the database, checked after the signature.
import { randomBytes, sign, verify, type KeyObject } from "node:crypto";
import type { TokenKeys } from "@bilten/platform";

/** Crockford base32: no I, L, O, U, so numbers read out loud or typed from paper survive. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PREFIX = "BLT1";

/** 16 characters from 80 random bits: unguessable, and collisions are out of reach (a unique index backs it). */
export function newTicketNumber(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

export interface TicketClaims {
  ticketId: string;
  number: string;
  eventId: string;
  /** Goes up when the ticket is revoked; an older version's payload is outdated. */
  version: number;
}

/** `BLT1.<base64url JSON>.<base64url Ed25519 signature over "BLT1.<body>">`. */
export function signTicketPayload(keys: TokenKeys, claims: TicketClaims): string {
  if (!keys.privateKey) throw new Error("issuing tickets needs the ticket signing private key");
  const body = Buffer.from(
    JSON.stringify({ t: claims.ticketId, n: claims.number, e: claims.eventId, v: claims.version }),
    "utf8",
  ).toString("base64url");
  const signed = `${PREFIX}.${body}`;
  return `${signed}.${sign(null, Buffer.from(signed, "utf8"), keys.privateKey).toString("base64url")}`;
}

/** The claims of a genuine payload, or null for anything malformed, forged or tampered with. */
export function verifyTicketPayload(publicKey: KeyObject, payload: string): TicketClaims | null {
  const parts = payload.trim().split(".");
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const [prefix, body, signature] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  let genuine: boolean;
  try {
    genuine = verify(null, Buffer.from(`${prefix}.${body}`, "utf8"), publicKey, Buffer.from(signature, "base64url"));
  } catch {
    return null;
  }
  if (!genuine) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<string, unknown>;
    if (
      typeof claims.t !== "string" ||
      typeof claims.n !== "string" ||
      typeof claims.e !== "string" ||
      typeof claims.v !== "number"
    ) {
      return null;
    }
    return { ticketId: claims.t, number: claims.n, eventId: claims.e, version: claims.v };
  } catch {
    return null;
  }
}
