// Live check-in counts under load (see bench/README.md): N subscribers on one gateway while doors check tickets in at
// a fixed rate; reports the latency from a check-in's response to its delivery at every subscriber (p50/p99), then
// the memory one idle subscription costs the server with M of them open.
import { fork, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { randomUUID } from "node:crypto";
import { graphql } from "@bilten/testkit";
import { benchEvent, percentile, startBenchStack } from "./harness.js";

type Reply = { type: string; [key: string]: unknown };

function subscriberProcess(): {
  child: ChildProcess;
  ask(command: Record<string, unknown>, expect: string): Promise<Reply>;
} {
  const child = fork(fileURLToPath(new URL("./live-subscribers.ts", import.meta.url)), {
    execArgv: ["--conditions=source", "--import", "tsx"],
    stdio: "inherit",
  });
  const ask = (command: Record<string, unknown>, expect: string) =>
    new Promise<Reply>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.type === "error") reject(new Error(String(reply.message)));
        else if (reply.type === expect) resolve(reply);
        else return;
        child.off("message", onMessage);
      };
      child.on("message", onMessage);
      child.send(command);
    });
  return { child, ask };
}

/** Server memory after a full collection (the bench runs with --expose-gc). */
function memory(): { rssMb: number; heapMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20 };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      subscribers: { type: "string", default: "1000" },
      rate: { type: "string", default: "200" },
      seconds: { type: "string", default: "20" },
      warmup: { type: "string", default: "3" },
      idle: { type: "string", default: "10000" },
      pool: { type: "string", default: "20" },
      /** The gateway's LIVE_MIN_INTERVAL_MS. */
      interval: { type: "string", default: "20" },
      /** Writes a CPU profile of the server process during the load (open it in Chrome DevTools). */
      profile: { type: "string" },
    },
  });
  const subscribers = Number(values.subscribers);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const idle = Number(values.idle);
  if (!(globalThis as { gc?: unknown }).gc)
    process.stderr.write("warning: run with --expose-gc (npm run bench does) for stable memory numbers\n");

  const bench = await startBenchStack({ pool: Number(values.pool), liveMinIntervalMs: Number(values.interval) });
  const url = bench.stack.url;
  const { child, ask } = subscriberProcess();
  try {
    const { token, eventId, ticketTypeId } = await benchEvent(url);
    // Tickets to scan: orders of ten, a few buyers at a time (setup, not measured).
    const needed = Math.round(rate * (seconds + warmup)) + 10;
    const numbers: string[] = [];
    while (numbers.length < needed) {
      const orders = await Promise.all(
        Array.from({ length: 10 }, () =>
          graphql(
            url,
            `
              mutation ($input: PurchaseTicketsInput!) {
                purchaseTickets(input: $input) {
                  tickets {
                    number
                  }
                }
              }
            `,
            {
              input: {
                eventId,
                items: [{ ticketTypeId, quantity: 10 }],
                payment: { method: "CARD", card: "4242424242424242" },
                email: "door@bench.example",
                idempotencyKey: randomUUID(),
              },
            },
            { token },
          ),
        ),
      );
      for (const order of orders)
        numbers.push(...(order.data?.purchaseTickets.tickets ?? []).map((t: { number: string }) => t.number));
    }
    process.stdout.write(
      `database ${bench.name}: ${numbers.length} tickets; ${subscribers} subscribers; ${rate} check-ins/s for ${seconds} s (+${warmup} s warm-up)\n`,
    );

    // Idle subscriptions first, on a server that has not been under load yet: the memory each costs.
    const before = memory();
    const idleOpened = await ask({ type: "open", url, token, eventId, count: idle, perConnection: 1 }, "opened");
    await new Promise((r) => setTimeout(r, 1000));
    const after = memory();
    const stats = bench.stack.hub.stats();
    await ask({ type: "close" }, "closed");

    const opened = await ask({ type: "open", url, token, eventId, count: subscribers, perConnection: 1 }, "opened");
    const profiler = values.profile ? new Session() : undefined;
    profiler?.connect();
    await profiler?.post("Profiler.enable");
    await profiler?.post("Profiler.start");
    bench.statements.list.length = 0;
    bench.statements.counting = true;
    const elu = performance.eventLoopUtilization();
    const load = await new Promise<{
      responses: { sequence: number; at: number; sentAt: number; warm: boolean; took: number }[];
      errors: Record<string, number>;
      seconds: number;
    }>((resolve, reject) => {
      const loader = `const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(new URL("./live-checkins.ts", import.meta.url).href)});`;
      const worker = new Worker(loader, {
        eval: true,
        workerData: { url, token, eventId, numbers, rate, seconds, warmup },
      });
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    const busy = performance.eventLoopUtilization(elu).utilization;
    bench.statements.counting = false;
    const statementsPerCheckIn = Number((bench.statements.list.length / Math.max(load.responses.length, 1)).toFixed(1));
    const kinds = new Map<string, number>();
    for (const sql of bench.statements.list) {
      const kind = sql.replace(/\s+/g, " ").trim().slice(0, 60);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const topStatements = [...kinds.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([sql, n]) => `${(n / Math.max(load.responses.length, 1)).toFixed(2)} × ${sql}`);
    if (profiler && values.profile) {
      const { profile } = await profiler.post("Profiler.stop");
      await writeFile(values.profile, JSON.stringify(profile));
      profiler.disconnect();
    }
    await new Promise((r) => setTimeout(r, 2000)); // the last messages' deliveries
    const measured = load.responses.filter((r) => !r.warm);
    const delivery = (
      await ask({ type: "latencies", responses: measured.map(({ sequence, at }) => ({ sequence, at })) }, "latencies")
    ).result as Record<string, number>;
    const span = (rs: typeof measured) =>
      rs.length ? (Math.max(...rs.map((r) => r.at)) - Math.min(...rs.map((r) => r.sentAt))) / 1000 : 0;
    const took = measured.map((r) => r.took).sort((a, b) => a - b);
    await ask({ type: "close" }, "closed");

    const report = {
      live: {
        subscribers: opened.subscribers,
        checkInsPerSecondOffered: rate,
        // Completed, from the first measured request sent to the last response: below the offered rate when the
        // server falls behind (responses then queue, and the response times below grow).
        checkInsPerSecond: Number((measured.length / Math.max(span(measured), 0.001)).toFixed(1)),
        checkIns: measured.length,
        checkInErrors: load.errors,
        checkInResponseMs: {
          p50: Number(percentile(took, 0.5).toFixed(1)),
          p99: Number(percentile(took, 0.99).toFixed(1)),
        },
        deliveryAfterResponseMs: delivery,
        serverEventLoopBusy: Number(busy.toFixed(2)),
        sqlStatementsPerCheckIn: statementsPerCheckIn,
        topStatements,
      },
      idle: {
        subscriptions: idleOpened.subscribers,
        connections: idleOpened.connections,
        gatewayChannels: stats.channels,
        serverRssMb: { before: Math.round(before.rssMb), after: Math.round(after.rssMb) },
        serverHeapMb: { before: Math.round(before.heapMb), after: Math.round(after.heapMb) },
        perSubscriptionKb: {
          rss: Number((((after.rssMb - before.rssMb) * 1024) / idle).toFixed(1)),
          heap: Number((((after.heapMb - before.heapMb) * 1024) / idle).toFixed(1)),
        },
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    child.kill();
    await bench.close();
  }
}
