// Purchases per second on one event through the gateway, on PostgreSQL and Redis (see bench/README.md).
// A fresh database on the local server, the whole supergraph in this process, N buyers in a worker thread each
// buying one ticket at a time (a new idempotency key per purchase) for the given time; reports orders/s and the
// p50/p99 latency of the successful purchases, then checks that no ticket was oversold.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { graphql } from "@bilten/testkit";
import { benchEvent, percentile, signUp, startBenchStack } from "./harness.js";

export interface LoadResult {
  latencies: number[];
  errors: Record<string, number>;
  startedAt: number;
  endedAt: number;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      buyers: { type: "string", default: "50" },
      seconds: { type: "string", default: "20" },
      warmup: { type: "string", default: "3" },
      pool: { type: "string", default: "20" },
      /** Writes a CPU profile of this process during the load phase (open it in Chrome DevTools). */
      profile: { type: "string" },
    },
  });
  const buyers = Number(values.buyers);
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const bench = await startBenchStack({ pool: Number(values.pool) });
  const { stack, database, statements, name, url } = bench;
  try {
    const setup = await prepare(stack.url, buyers);
    process.stdout.write(
      `database ${name}, pool ${values.pool}, ${buyers} buyers, ${seconds} s (+${warmup} s warm-up)\n`,
    );

    // One purchase alone, to report what a purchase costs in SQL.
    statements.counting = true;
    await purchaseOnce(stack.url, setup.tokens[0] as string, setup.eventId, setup.ticketTypeId, "bench-probe-0001");
    statements.counting = false;
    const own = statements.inRequests.filter((s) => s.includes(`"ticketing".`));
    const control = statements.list.filter((s) => /^(-- Implicit ")?(BEGIN|COMMIT|ROLLBACK)\b/.test(s)).length;

    // While the buyers run: how busy this process's event loop is, and what PostgreSQL's sessions wait for.
    const profiler = values.profile ? new Session() : undefined;
    profiler?.connect();
    await profiler?.post("Profiler.enable");
    await profiler?.post("Profiler.start");
    const elu = performance.eventLoopUtilization();
    const waits: Record<string, number> = {};
    const sampler = new pg.Client({ connectionString: url });
    await sampler.connect();
    const sampling = setInterval(() => {
      sampler
        .query<{ wait: string; n: number }>(
          `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS wait, count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
        )
        .then((r) => r.rows.forEach((row) => (waits[row.wait] = (waits[row.wait] ?? 0) + row.n)))
        .catch(() => undefined);
    }, 250);
    const result = await new Promise<LoadResult>((resolve, reject) => {
      // Workers do not inherit the TypeScript loader: register tsx in the worker, then load the buyers' module.
      const loader = `const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(new URL("./purchase-load.ts", import.meta.url).href)});`;
      const worker = new Worker(loader, {
        eval: true,
        workerData: {
          url: stack.url,
          eventId: setup.eventId,
          ticketTypeId: setup.ticketTypeId,
          tokens: setup.tokens,
          seconds,
          warmup,
        },
      });
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    clearInterval(sampling);
    await sampler.end();
    if (profiler && values.profile) {
      const { profile } = await profiler.post("Profiler.stop");
      await writeFile(values.profile, JSON.stringify(profile));
      profiler.disconnect();
    }
    const busy = performance.eventLoopUtilization(elu).utilization;
    const sorted = [...result.latencies].sort((a, b) => a - b);
    const at = (q: number) => percentile(sorted, q);
    const elapsed = (result.endedAt - result.startedAt) / 1000;
    const sold = await database.prisma.ticketType.findUniqueOrThrow({ where: { id: setup.ticketTypeId } });
    const tickets = await database.prisma.ticket.count({
      where: { ticketTypeId: setup.ticketTypeId, status: "VALID" },
    });
    const report = {
      orders: sorted.length,
      seconds: Number(elapsed.toFixed(1)),
      ordersPerSecond: Number((sorted.length / elapsed).toFixed(1)),
      p50ms: Number(at(0.5).toFixed(1)),
      p99ms: Number(at(0.99).toFixed(1)),
      maxMs: Number((sorted.at(-1) ?? 0).toFixed(1)),
      errors: result.errors,
      statementsPerPurchase: { ticketing: own.length, transactionControl: control, all: statements.list.length },
      consistent: sold.sold === tickets,
      serverEventLoopBusy: Number(busy.toFixed(2)),
      postgresSessionSamples: waits,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.consistent) throw new Error(`sold ${sold.sold} but ${tickets} valid tickets`);
  } finally {
    await bench.close();
  }
}

/** The bench event and `buyers` signed-in buyers. */
async function prepare(url: string, buyers: number) {
  const { eventId, ticketTypeId } = await benchEvent(url);
  const tokens: string[] = [];
  for (let i = 1; i <= buyers; i++) tokens.push((await signUp(url, i)).accessToken);
  return { eventId, ticketTypeId, tokens };
}

export async function purchaseOnce(
  url: string,
  token: string,
  eventId: string,
  ticketTypeId: string,
  idempotencyKey: string,
) {
  return graphql(
    url,
    `
      mutation ($input: PurchaseTicketsInput!) {
        purchaseTickets(input: $input) {
          id
          status
        }
      }
    `,
    {
      input: {
        eventId,
        items: [{ ticketTypeId, quantity: 1 }],
        payment: { method: "CARD", card: "4242424242424242" },
        email: "buyer@bench.example",
        idempotencyKey,
      },
    },
    { token },
  );
}
