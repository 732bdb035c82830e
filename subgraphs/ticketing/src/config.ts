// Configuration of the ticketing subgraph: its port, the ticket signing keys, the payment providers and the
// reservation sweeper's timings. Read once and validated; a bad value stops the process with one line.
import { z } from "zod";
import { baseShape, loadKeyPair, readConfig, vars, type TokenKeys } from "@bilten/platform";
import { InvoiceProvider, TestCardProvider, type PaymentProvider } from "./sales/adapters/payment-providers.js";

export const ticketingShape = {
  ...baseShape,
  TICKETING_PORT: vars.port.default(4004),
  /** Ed25519 keys (PEM) signing tickets' QR payloads; generated into DATA_DIR outside production. */
  TICKET_SIGNING_PUBLIC_KEY: vars.pem.optional(),
  TICKET_SIGNING_PRIVATE_KEY: vars.pem.optional(),
  /** The card provider; `test` is the built-in one with documented test card numbers. */
  PAYMENT_PROVIDER: z.enum(["test"]).default("test"),
  /** A PENDING reservation older than this is released by the sweeper (a crash between reserve and pay). */
  RESERVATION_TIMEOUT_SECONDS: vars.seconds.default(900),
  /** Invoices are due this many days after the order. */
  INVOICE_DUE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** How often the sweeper looks for stale reservations, overdue invoices and refunds to retry. */
  SWEEP_INTERVAL_SECONDS: vars.seconds.default(30),
};

export interface TicketingSettings {
  /** The private key issues tickets; the public key verifies their QR payloads. */
  signingKeys: TokenKeys;
  /** Takes CARD payments. */
  cardProvider: PaymentProvider;
  /** Takes INVOICE payments. */
  invoiceProvider: PaymentProvider;
  reservationTimeoutSeconds: number;
  sweepIntervalMs: number;
  /** How long a concurrent retry of a purchase waits for the first attempt's payment to settle. */
  replayWaitMs: number;
}

export async function loadTicketingSettings(env: NodeJS.ProcessEnv = process.env): Promise<TicketingSettings> {
  const config = readConfig(ticketingShape, env);
  const signingKeys = await loadKeyPair({
    nodeEnv: config.NODE_ENV,
    dataDir: config.DATA_DIR,
    publicVariable: "TICKET_SIGNING_PUBLIC_KEY",
    privateVariable: "TICKET_SIGNING_PRIVATE_KEY",
    publicPem: config.TICKET_SIGNING_PUBLIC_KEY,
    privatePem: config.TICKET_SIGNING_PRIVATE_KEY,
    file: "ticket-signing-keys.json",
    privateNeededBy: "ticketing (it issues tickets)",
  });
  return {
    signingKeys,
    cardProvider: new TestCardProvider(),
    invoiceProvider: new InvoiceProvider(config.INVOICE_DUE_DAYS),
    reservationTimeoutSeconds: config.RESERVATION_TIMEOUT_SECONDS,
    sweepIntervalMs: config.SWEEP_INTERVAL_SECONDS * 1000,
    replayWaitMs: 10_000,
  };
}
