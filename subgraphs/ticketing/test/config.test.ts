// The ticketing subgraph's configuration: read once into an immutable object, then opened into its settings (keys,
// payment providers); a bad value stops the process.
import { expect, test } from "@jest/globals";
import { generateKeyPemPair } from "@bilten/platform";
import { runEntryPoint } from "@bilten/testkit/infrastructure";
import { readTicketingConfig } from "../src/config.js";
import { openTicketing } from "../src/settings.js";
import { InvoiceProvider, TestCardProvider } from "../src/index.js";

test("defaults and values, read into an immutable object", () => {
  expect(readTicketingConfig({})).toMatchObject({
    port: 4004,
    paymentProvider: "test",
    invoiceDueDays: 14,
    reservationTimeoutSeconds: 900,
    sweepIntervalMs: 30_000,
    signingKeys: { publicPem: undefined, privatePem: undefined },
  });
  const config = readTicketingConfig({ TICKETING_PORT: "5004", SWEEP_INTERVAL_SECONDS: "5", INVOICE_DUE_DAYS: "30" });
  expect(config).toMatchObject({ port: 5004, sweepIntervalMs: 5000, invoiceDueDays: 30 });
  expect(Object.isFrozen(config.signingKeys)).toBe(true);
});

test("opening reads the signing keys and makes the provider PAYMENT_PROVIDER names", async () => {
  const pair = generateKeyPemPair();
  const settings = await openTicketing(
    readTicketingConfig({
      TICKET_SIGNING_PUBLIC_KEY: pair.publicKey,
      TICKET_SIGNING_PRIVATE_KEY: pair.privateKey,
      PAYMENT_PROVIDER: "test",
    }),
  );
  expect(settings.signingKeys.publicKey.export({ type: "spki", format: "pem" })).toBe(pair.publicKey);
  expect(settings.cardProvider).toBeInstanceOf(TestCardProvider);
  expect(settings.invoiceProvider).toBeInstanceOf(InvoiceProvider);
});

test("a bad value stops ticketing with exit code 78 and one line naming the variable", () => {
  const { status, stderr } = runEntryPoint("subgraphs/ticketing/src/main.ts", { PAYMENT_PROVIDER: "stripe" });
  expect(status).toBe(78);
  expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: PAYMENT_PROVIDER: /)]);
});
