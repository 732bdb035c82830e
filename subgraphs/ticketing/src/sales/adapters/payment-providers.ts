// The seed's "external payment gateway" behind one interface. A real provider (Stripe, Adyen, Datatrans …) is
// another class implementing PaymentProvider; the purchase flow never knows which one it talks to.
import { createHash, randomUUID } from "node:crypto";

export interface ChargeRequest {
  /** Derived from the buyer's idempotency key: a retried call must never charge twice. */
  idempotencyKey: string;
  /** Decimal string, e.g. "98.00". */
  amount: string;
  currency: string;
  description: string;
  /** CARD: a card number (test provider) or a provider token. */
  card?: string | null;
  email: string;
}

export type ChargeResult =
  | { outcome: "SUCCEEDED"; transactionId: string; response: Record<string, unknown> }
  | { outcome: "AWAITING_PAYMENT"; transactionId: string; dueAt: Date; response: Record<string, unknown> }
  | { outcome: "DECLINED"; reason: string; response: Record<string, unknown> }
  | { outcome: "FAILED"; reason: string; response: Record<string, unknown> };

export interface RefundRequest {
  idempotencyKey: string;
  transactionId: string;
  amount: string;
  currency: string;
}

export interface PaymentProvider {
  /** Stored with each payment: test, invoice, … */
  readonly name: string;
  /**
   * Charges once per idempotency key: the same key returns the first call's result. Throws only when the outcome
   * is unknown (e.g. a timeout); the order then stays PENDING and the sweeper settles it.
   */
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** Pays back, once per idempotency key; returns the provider's refund reference. Throws to be retried later. */
  refund(request: RefundRequest): Promise<string>;
  /** What an earlier charge with this key came to, if the provider knows it (settling stale reservations). */
  findCharge(idempotencyKey: string): Promise<ChargeResult | null>;
}

/**
 * The built-in test card provider (in memory, no network). Test cards:
 *   4242 4242 4242 4242  succeeds
 *   4000 0000 0000 0002  declined (card_declined)
 *   4000 0000 0000 9995  declined (insufficient_funds)
 *   4000 0000 0000 0119  processing error (processing_error)
 * Any other number is declined (unknown_test_card).
 */
export class TestCardProvider implements PaymentProvider {
  readonly name = "test";
  /** Every charge the provider actually made (not the replays of a key): tests count them. */
  readonly charges: { idempotencyKey: string; amount: string; currency: string; result: ChargeResult }[] = [];
  readonly refunds: {
    idempotencyKey: string;
    transactionId: string;
    amount: string;
    currency: string;
    reference: string;
  }[] = [];
  private readonly byKey = new Map<string, Promise<ChargeResult>>();
  private readonly refundsByKey = new Map<string, string>();
  private refundFailures = 0;

  /** The next `count` refund calls fail, as an unreachable provider would (tests of the retry path). */
  failNextRefunds(count: number): void {
    this.refundFailures = count;
  }

  charge(request: ChargeRequest): Promise<ChargeResult> {
    const known = this.byKey.get(request.idempotencyKey);
    if (known) return known;
    const result = Promise.resolve(this.decide(request)).then((outcome) => {
      this.charges.push({
        idempotencyKey: request.idempotencyKey,
        amount: request.amount,
        currency: request.currency,
        result: outcome,
      });
      return outcome;
    });
    this.byKey.set(request.idempotencyKey, result);
    return result;
  }

  async refund(request: RefundRequest): Promise<string> {
    if (this.refundFailures > 0) {
      this.refundFailures -= 1;
      throw new Error("test provider: simulated refund failure");
    }
    const known = this.refundsByKey.get(request.idempotencyKey);
    if (known) return known;
    const reference = `re_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    this.refundsByKey.set(request.idempotencyKey, reference);
    this.refunds.push({ ...request, reference });
    return reference;
  }

  async findCharge(idempotencyKey: string): Promise<ChargeResult | null> {
    return (await this.byKey.get(idempotencyKey)) ?? null;
  }

  private decide(request: ChargeRequest): ChargeResult {
    const card = (request.card ?? "").replace(/[\s-]/g, "");
    const response = { provider: "test", last4: card.slice(-4), amount: request.amount, currency: request.currency };
    switch (card) {
      case "4242424242424242":
        return {
          outcome: "SUCCEEDED",
          transactionId: `ch_test_${randomUUID().replace(/-/g, "").slice(0, 20)}`,
          response,
        };
      case "4000000000000002":
        return { outcome: "DECLINED", reason: "card_declined", response };
      case "4000000000009995":
        return { outcome: "DECLINED", reason: "insufficient_funds", response };
      case "4000000000000119":
        return { outcome: "FAILED", reason: "processing_error", response };
      default:
        return { outcome: "DECLINED", reason: "unknown_test_card", response };
    }
  }
}

/**
 * Invoices (offline payment): the order awaits payment with an invoice reference until the event's staff mark it
 * paid, or it expires at the due date. Refunds of paid invoices are credit notes.
 */
export class InvoiceProvider implements PaymentProvider {
  readonly name = "invoice";

  constructor(private readonly dueDays: number) {}

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    return {
      outcome: "AWAITING_PAYMENT",
      transactionId: invoiceReference(request.idempotencyKey),
      dueAt: new Date(Date.now() + this.dueDays * 24 * 3_600_000),
      response: { provider: "invoice", amount: request.amount, currency: request.currency },
    };
  }

  async refund(request: RefundRequest): Promise<string> {
    return `CN-${invoiceReference(request.idempotencyKey).slice(4)}`;
  }

  async findCharge(): Promise<ChargeResult | null> {
    // Nothing is ever taken by an invoice before staff record the payment.
    return null;
  }
}

/** A stable, readable invoice number for a charge key. */
export function invoiceReference(idempotencyKey: string): string {
  return `INV-${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 10).toUpperCase()}`;
}

/** Card numbers are 12–19 digits passing the Luhn check (spaces and dashes allowed). */
export function isCardNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
