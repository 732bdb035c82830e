// What the ticketing subgraph runs with, opened from its configuration at start: the ticket signing keys (read
// or generated) and the payment providers.
import { loadKeyPair, type TokenKeys } from "@bilten/platform";
import type { PaymentProviderName, TicketingConfig } from "./config.js";
import { InvoiceProvider, TestCardProvider, type PaymentProvider } from "./sales/adapters/payment-providers.js";

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

export async function openTicketing(config: TicketingConfig): Promise<TicketingSettings> {
  const signingKeys = await loadKeyPair({
    nodeEnv: config.platform.nodeEnv,
    dataDir: config.platform.dataDir,
    publicVariable: "TICKET_SIGNING_PUBLIC_KEY",
    privateVariable: "TICKET_SIGNING_PRIVATE_KEY",
    publicPem: config.signingKeys.publicPem,
    privatePem: config.signingKeys.privatePem,
    file: "ticket-signing-keys.json",
    privateNeededBy: "ticketing (it issues tickets)",
  });
  return {
    signingKeys,
    cardProvider: cardProvider(config.paymentProvider),
    invoiceProvider: new InvoiceProvider(config.invoiceDueDays),
    reservationTimeoutSeconds: config.reservationTimeoutSeconds,
    sweepIntervalMs: config.sweepIntervalMs,
    replayWaitMs: 10_000,
  };
}

/** The card provider PAYMENT_PROVIDER names; a new provider is a new name in the config's list and a case here. */
function cardProvider(name: PaymentProviderName): PaymentProvider {
  switch (name) {
    case "test":
      return new TestCardProvider();
  }
}
