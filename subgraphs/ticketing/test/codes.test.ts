// Unit tests of the pure parts: ticket numbers, signed QR payloads and their check, money arithmetic, card numbers.
import { describe, expect, test } from "@jest/globals";
import { createTestKeys } from "@bilten/testkit";
import type { Ticket } from "@bilten/platform/prisma";
import { Prisma } from "@bilten/platform/prisma";
import { allocate, money, requireAmount } from "../src/sales/services/money.js";
import { isCardNumber } from "../src/sales/adapters/payment-providers.js";
import { newTicketNumber, signTicketPayload, verifyTicketPayload } from "../src/admission/adapters/ticket-codes.js";
import { admissionRefusal } from "../src/admission/services/tickets.js";

const keys = createTestKeys();
const claims = {
  ticketId: "7d0b5f7e-7d2b-4d8e-9a53-0a1f4b3c2d11",
  number: "ABCDEFGHJKMNPQRS",
  eventId: "0b3f1f9e-2c55-4d7a-8e0f-5a6b7c8d9e01",
  version: 1,
};

describe("ticket numbers", () => {
  test("16 characters of Crockford base32 (no I, L, O, U), unique over many draws", () => {
    const numbers = Array.from({ length: 20_000 }, newTicketNumber);
    for (const n of numbers.slice(0, 100)) expect(n).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe("verifyTicketPayload", () => {
  test("a genuine payload gives its claims back, without any database", () => {
    expect(verifyTicketPayload(keys.publicKey, signTicketPayload(keys, claims))).toEqual(claims);
  });

  test("a tampered payload is refused: changed claims, swapped signature, truncated, another key, garbage", () => {
    const payload = signTicketPayload(keys, claims);
    const [prefix, body, signature] = payload.split(".") as [string, string, string];
    const forgedBody = Buffer.from(
      JSON.stringify({ t: claims.ticketId, n: claims.number, e: claims.eventId, v: 2 }),
    ).toString("base64url");
    const otherSignature = signTicketPayload(keys, { ...claims, version: 2 }).split(".")[2];
    const stranger = createTestKeys();
    for (const bad of [
      `${prefix}.${forgedBody}.${signature}`,
      `${prefix}.${body}.${otherSignature}`,
      `${prefix}.${body}.${signature.slice(0, -4)}`,
      `BLT2.${body}.${signature}`,
      signTicketPayload(stranger, claims),
      `${prefix}.${body}`,
      "",
      "not a payload",
    ]) {
      expect(verifyTicketPayload(keys.publicKey, bad)).toBeNull();
    }
  });
});

describe("admission", () => {
  const ticket = (overrides: Partial<Ticket> = {}): Ticket => ({
    id: claims.ticketId,
    number: claims.number,
    orderId: claims.ticketId,
    ticketTypeId: claims.ticketId,
    eventId: claims.eventId,
    holderId: claims.ticketId,
    price: new Prisma.Decimal("10"),
    currency: "CHF",
    status: "VALID",
    version: 1,
    issuedAt: new Date(),
    revokedAt: null,
    checkedInAt: null,
    checkedInBy: null,
    onSite: false,
    lastDoor: null,
    lastScanAt: null,
    ...overrides,
  });

  test("status and version in the database decide whether a genuine payload admits", () => {
    expect(admissionRefusal(claims, ticket())).toBeNull();
    expect(admissionRefusal(claims, ticket(), claims.eventId)).toBeNull();
    expect(admissionRefusal(claims, null)).toBe("UNKNOWN_TICKET");
    expect(admissionRefusal(claims, ticket(), "11111111-1111-4111-8111-111111111111")).toBe("WRONG_EVENT");
    expect(admissionRefusal(claims, ticket({ status: "REFUNDED", version: 2 }))).toBe("TICKET_REFUNDED");
    expect(admissionRefusal(claims, ticket({ status: "CANCELLED", version: 2 }))).toBe("TICKET_CANCELLED");
    expect(admissionRefusal(claims, ticket({ version: 2 }))).toBe("OUTDATED_PAYLOAD");
    expect(admissionRefusal(claims, ticket({ number: "ZZZZZZZZZZZZZZZZ" }))).toBe("INVALID_PAYLOAD");
  });
});

describe("money", () => {
  test("allocation adds up exactly and never exceeds a weight", () => {
    expect(allocate(1000, [3335, 3335, 3335])).toEqual([334, 333, 333]);
    expect(allocate(1001, [1000, 1])).toEqual([1000, 1]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    for (let i = 0; i < 200; i++) {
      const weights = Array.from({ length: 1 + (i % 7) }, (_, j) => 1 + ((i * 31 + j * 17) % 5000));
      const total = Math.floor(weights.reduce((a, b) => a + b, 0) * ((i % 10) / 10));
      const shares = allocate(total, weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      shares.forEach((s, j) => expect(s).toBeLessThanOrEqual(weights[j] as number));
    }
  });

  test("amounts follow the currency's decimals", () => {
    expect(requireAmount("x", "49.9", "CHF")).toBe(4990);
    expect(requireAmount("x", "1500", "JPY")).toBe(150000);
    expect(() => requireAmount("x", "15.5", "JPY")).toThrow();
    expect(() => requireAmount("x", "1.005", "CHF")).toThrow();
    expect(() => requireAmount("x", "-1", "CHF")).toThrow();
    expect(money(new Prisma.Decimal("1500"), "JPY")).toEqual({ amount: "1500", currency: "JPY" });
    expect(money(new Prisma.Decimal("7.5"), "EUR")).toEqual({ amount: "7.50", currency: "EUR" });
  });

  test("card numbers pass the Luhn check", () => {
    expect(isCardNumber("4242 4242 4242 4242")).toBe(true);
    expect(isCardNumber("4000-0000-0000-0002")).toBe(true);
    expect(isCardNumber("4000 0000 0000 0119")).toBe(true);
    expect(isCardNumber("4242 4242 4242 4241")).toBe(false);
    expect(isCardNumber("1234")).toBe(false);
  });
});
