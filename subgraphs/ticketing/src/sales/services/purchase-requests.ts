// What a buyer asks for, checked and normalized before anything is read: ids, quantities, the code's spelling, the
// card number's form, the e-mail address, the idempotency key. The hash of the normalized request tells a retry
// from a different purchase under the same key.
import { createHash } from "node:crypto";
import { badInput, requireEmail, requireId } from "@bilten/platform";
import type { PaymentMethod } from "@bilten/platform/prisma";
import { isCardNumber } from "../adapters/payment-providers.js";
import { requireCurrency } from "./money.js";

export interface PurchaseTicketsInput {
  eventId: string;
  items: { ticketTypeId: string; quantity: number }[];
  discountCode?: string | null;
  payment: { method: PaymentMethod; card?: string | null };
  email: string;
  currency?: string | null;
  idempotencyKey: string;
}

export interface PurchaseRequest {
  eventId: string;
  items: { ticketTypeId: string; quantity: number; index: number }[];
  discountCode: string | null;
  method: PaymentMethod;
  card: string | null;
  email: string;
  currency: string | null;
  idempotencyKey: string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,100}$/;
const CODE = /^[A-Z0-9_-]{1,40}$/;
const MAX_ITEMS = 20;
const MAX_QUANTITY = 100;

export function requireIdempotencyKey(field: string, value: string): string {
  if (!IDEMPOTENCY_KEY.test(value))
    throw badInput(field, `${field} must be 8–100 characters of A–Z, a–z, 0–9, - _ : .`);
  return value;
}

/** Discount codes are matched in any letter case. */
export function normalizeCode(value: string): string {
  return value.trim().toUpperCase();
}

export function purchaseRequest(input: PurchaseTicketsInput): PurchaseRequest {
  const eventId = requireId("input.eventId", input.eventId);
  if (input.items.length === 0) throw badInput("input.items", "input.items needs at least one ticket type");
  if (input.items.length > MAX_ITEMS)
    throw badInput("input.items", `input.items takes at most ${MAX_ITEMS} ticket types`);
  const seen = new Set<string>();
  const items = input.items.map((item, index) => {
    const field = `input.items[${index}]`;
    const ticketTypeId = requireId(`${field}.ticketTypeId`, item.ticketTypeId);
    if (seen.has(ticketTypeId)) {
      throw badInput(`${field}.ticketTypeId`, `${field}.ticketTypeId is listed twice; give its total quantity once`);
    }
    seen.add(ticketTypeId);
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      throw badInput(`${field}.quantity`, `${field}.quantity must be a whole number of at least 1`, {
        reason: "INVALID_QUANTITY",
      });
    }
    if (item.quantity > MAX_QUANTITY) {
      throw badInput(`${field}.quantity`, `${field}.quantity must be at most ${MAX_QUANTITY}`, {
        reason: "OVER_ORDER_LIMIT",
      });
    }
    return { ticketTypeId, quantity: item.quantity, index };
  });
  const code = input.discountCode?.trim() ? normalizeCode(input.discountCode) : null;
  if (code && !CODE.test(code))
    throw badInput("input.discountCode", "input.discountCode is not a known code", { reason: "UNKNOWN" });
  const method = input.payment.method;
  const card = input.payment.card?.trim() || null;
  if (method === "CARD" && (!card || !isCardNumber(card))) {
    throw badInput(
      "input.payment.card",
      "input.payment.card must be a card number (12–19 digits passing the Luhn check)",
    );
  }
  return {
    eventId,
    items,
    discountCode: code,
    method,
    card: method === "CARD" ? card : null,
    email: requireEmail("input.email", input.email),
    currency: input.currency?.trim() ? requireCurrency("input.currency", input.currency) : null,
    idempotencyKey: requireIdempotencyKey("input.idempotencyKey", input.idempotencyKey),
  };
}

/** SHA-256 of the normalized request (only the card's last four digits go in: the hash is stored). */
export function requestHash(request: PurchaseRequest): string {
  const normalized = {
    eventId: request.eventId,
    items: [...request.items]
      .sort((a, b) => a.ticketTypeId.localeCompare(b.ticketTypeId))
      .map((i) => [i.ticketTypeId, i.quantity]),
    discountCode: request.discountCode,
    method: request.method,
    card: request.card ? request.card.replace(/[\s-]/g, "").slice(-4) : null,
    email: request.email,
    currency: request.currency,
  };
  return createHash("sha256").update(JSON.stringify(normalized)).digest("hex");
}
