// Configuration of the ticketing subgraph: the shared variables, its port, the ticket signing keys, the payment
// providers and the reservation sweeper's timings. Read once at start and validated; a bad value stops the process
// with one line naming the variable.
import { z } from "zod";
import { baseShape, frozen, platformConfig, readConfig, vars, type PlatformConfig } from "@bilten/platform";

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

export type PaymentProviderName = z.infer<typeof ticketingShape.PAYMENT_PROVIDER>;

export interface TicketingConfig {
  readonly platform: PlatformConfig;
  readonly port: number;
  /** PEM keys for tickets' QR payloads; both undefined means generated into DATA_DIR (outside production). */
  readonly signingKeys: { readonly publicPem: string | undefined; readonly privatePem: string | undefined };
  /** Takes CARD payments. */
  readonly paymentProvider: PaymentProviderName;
  readonly invoiceDueDays: number;
  readonly reservationTimeoutSeconds: number;
  readonly sweepIntervalMs: number;
}

export function readTicketingConfig(env: NodeJS.ProcessEnv = process.env): TicketingConfig {
  const values = readConfig(ticketingShape, env);
  return frozen({
    platform: platformConfig(values),
    port: values.TICKETING_PORT,
    signingKeys: { publicPem: values.TICKET_SIGNING_PUBLIC_KEY, privatePem: values.TICKET_SIGNING_PRIVATE_KEY },
    paymentProvider: values.PAYMENT_PROVIDER,
    invoiceDueDays: values.INVOICE_DUE_DAYS,
    reservationTimeoutSeconds: values.RESERVATION_TIMEOUT_SECONDS,
    sweepIntervalMs: values.SWEEP_INTERVAL_SECONDS * 1000,
  });
}
