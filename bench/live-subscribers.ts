// The subscribers of the live benchmark, in a process of their own (their event loop must not slow the server's):
// opens graphql-ws connections to the gateway, subscribes each to an event's check-in counts, records when each
// message arrives, and on request turns that into latencies against the check-ins' response times.
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

const SUBSCRIPTION = `subscription($e: ID!) { checkInCountChanged(eventId: $e) { sequence checkedIn onSiteNow ticketsSold doors { door checkedIn onSiteNow } } }`;
const now = () => performance.timeOrigin + performance.now();

interface Subscriber {
  client: Client;
  stop: () => void;
  /** Arrival time per sequence number received (the first arrival of each). */
  arrivals: { sequence: number; at: number }[];
  ready: boolean;
}

type Command =
  | { type: "open"; url: string; token: string; eventId: string; count: number; perConnection: number }
  | { type: "latencies"; responses: { sequence: number; at: number }[] }
  | { type: "close" };

let subscribers: Subscriber[] = [];
let clients: Client[] = [];

async function open(command: Extract<Command, { type: "open" }>): Promise<void> {
  const connections = Math.ceil(command.count / command.perConnection);
  for (let batch = 0; batch < connections; batch += 100) {
    const opening: Promise<void>[] = [];
    for (let c = batch; c < Math.min(batch + 100, connections); c++) {
      const client = createClient({
        url: command.url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${command.token}` },
        retryAttempts: 0,
        lazy: false,
        keepAlive: 0,
      });
      clients.push(client);
      for (let s = 0; s < command.perConnection && subscribers.length < command.count; s++) {
        const subscriber: Subscriber = { client, stop: () => undefined, arrivals: [], ready: false };
        opening.push(
          new Promise<void>((resolve, reject) => {
            subscriber.stop = client.subscribe(
              { query: SUBSCRIPTION, variables: { e: command.eventId } },
              {
                next: (value) => {
                  const sequence = (value.data as { checkInCountChanged: { sequence: number } } | undefined)
                    ?.checkInCountChanged.sequence;
                  if (typeof sequence === "number") subscriber.arrivals.push({ sequence, at: now() });
                  if (!subscriber.ready) {
                    subscriber.ready = true;
                    resolve();
                  }
                },
                error: (error) => reject(new Error(JSON.stringify(error))),
                complete: () => undefined,
              },
            );
          }),
        );
        subscribers.push(subscriber);
      }
    }
    await Promise.all(opening);
  }
}

/** For each check-in: time from its response to the first message at each subscriber that includes it. */
function latencies(responses: { sequence: number; at: number }[]) {
  const sortedResponses = [...responses].sort((a, b) => a.sequence - b.sequence);
  const values: number[] = [];
  let missing = 0;
  let delivered = 0;
  for (const subscriber of subscribers) {
    const arrivals = [...subscriber.arrivals].sort((a, b) => a.sequence - b.sequence);
    delivered += arrivals.length;
    let j = 0;
    for (const response of sortedResponses) {
      while (j < arrivals.length && (arrivals[j] as { sequence: number }).sequence < response.sequence) j++;
      const arrival = arrivals[j];
      if (!arrival) missing++;
      else values.push(Math.max(0, arrival.at - response.at));
    }
  }
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  return {
    samples: values.length,
    missing,
    messagesPerSubscriber: Number((delivered / Math.max(subscribers.length, 1)).toFixed(1)),
    p50ms: Number(at(0.5).toFixed(1)),
    p99ms: Number(at(0.99).toFixed(1)),
    maxMs: Number((values.at(-1) ?? 0).toFixed(1)),
  };
}

process.on("message", (command: Command) => {
  void (async () => {
    try {
      if (command.type === "open") {
        await open(command);
        process.send?.({ type: "opened", subscribers: subscribers.length, connections: clients.length });
      } else if (command.type === "latencies") {
        process.send?.({ type: "latencies", result: latencies(command.responses) });
      } else {
        for (const subscriber of subscribers) subscriber.stop();
        await Promise.all(clients.map((client) => client.dispose()));
        subscribers = [];
        clients = [];
        process.send?.({ type: "closed" });
      }
    } catch (error) {
      process.send?.({ type: "error", message: String(error) });
    }
  })();
});
