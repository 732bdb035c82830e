// The buyers of the purchases benchmark, in a worker thread so that generating load does not stall the server's
// event loop: each buyer buys one ticket, waits for the answer, and buys the next.
import { randomUUID } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import type { GraphQLResult } from "@bilten/testkit";
import { purchaseOnce, type LoadResult } from "./purchases.js";

const { url, eventId, ticketTypeId, tokens, seconds, warmup } = workerData as {
  url: string;
  eventId: string;
  ticketTypeId: string;
  tokens: string[];
  seconds: number;
  warmup: number;
};

const latencies: number[] = [];
const errors: Record<string, number> = {};
const startedAt = Date.now() + warmup * 1000;
const endedAt = startedAt + seconds * 1000;

async function buyer(token: string): Promise<void> {
  while (Date.now() < endedAt) {
    const began = performance.now();
    const at = Date.now();
    const result: GraphQLResult = await purchaseOnce(url, token, eventId, ticketTypeId, randomUUID()).catch(
      (error: unknown) => ({
        status: 0,
        errors: [{ message: String(error), extensions: { code: "NETWORK" } as Record<string, unknown> }],
        data: null,
      }),
    );
    const took = performance.now() - began;
    if (at < startedAt) continue;
    if (result.errors?.length || result.data?.purchaseTickets?.status !== "PAID") {
      const code = String(result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code ?? "UNPAID");
      errors[code] = (errors[code] ?? 0) + 1;
    } else {
      latencies.push(took);
    }
  }
}

await Promise.all(tokens.map((token) => buyer(token)));
const result: LoadResult = { latencies, errors, startedAt, endedAt };
parentPort?.postMessage(result);
