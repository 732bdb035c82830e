// The door scanners of the live benchmark, in a worker thread: check-ins at a fixed rate (open loop: the next one
// starts on time whatever the previous one is doing), each recording when its response arrived and the sequence
// number of the counts it returned.
import { parentPort, workerData } from "node:worker_threads";
import { graphql } from "@bilten/testkit";

const { url, token, eventId, numbers, rate, seconds, warmup } = workerData as {
  url: string;
  token: string;
  eventId: string;
  numbers: string[];
  rate: number;
  seconds: number;
  warmup: number;
};

const responses: { sequence: number; at: number; sentAt: number; warm: boolean; took: number }[] = [];
const errors: Record<string, number> = {};
const total = Math.min(numbers.length, Math.round(rate * (seconds + warmup)));
const began = performance.now();
const pending: Promise<void>[] = [];

for (let i = 0; i < total; i++) {
  const due = began + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const warm = performance.now() - began < warmup * 1000;
  const sent = performance.now();
  pending.push(
    graphql(
      url,
      `
        mutation ($input: CheckInInput!) {
          checkIn(input: $input) {
            counts {
              sequence
            }
          }
        }
      `,
      {
        input: { eventId, ticketNumber: numbers[i], door: i % 2 ? "North" : "South" },
      },
      { token },
    )
      .catch((error: unknown) => ({
        data: null,
        errors: [{ message: String(error), extensions: { code: "NETWORK" } as Record<string, unknown> }],
      }))
      .then((result) => {
        const sequence = result.data?.checkIn?.counts.sequence;
        if (typeof sequence !== "number") {
          const code = String(
            result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code ?? "ERROR",
          );
          errors[code] = (errors[code] ?? 0) + 1;
          return;
        }
        responses.push({
          sequence,
          at: performance.timeOrigin + performance.now(),
          sentAt: performance.timeOrigin + sent,
          warm,
          took: performance.now() - sent,
        });
      }),
  );
}
await Promise.all(pending);
parentPort?.postMessage({ responses, errors, seconds: (performance.now() - began) / 1000 });
