// Publish/subscribe behind one typed interface: Redis (separate publisher and subscriber connections, so a
// subscribed connection never blocks publishing) or in-process for the embedded default and unit tests.
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import type { Logger } from "./logging.js";

export type Topics = Record<string, unknown>;
export type Listener<T> = (message: T) => void;

export interface PubSub<T extends Topics = Topics> {
  publish<K extends keyof T & string>(channel: K, message: T[K]): Promise<void>;
  /** One upstream subscription per channel however many local listeners; resolves once it is active. */
  subscribe<K extends keyof T & string>(channel: K, listener: Listener<T[K]>): Promise<() => Promise<void>>;
  /** Called after the transport lost and regained its connection; messages may have been missed meanwhile. */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

export function createLocalPubSub<T extends Topics = Topics>(): PubSub<T> {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  return {
    async publish(channel, message) {
      // Deliver asynchronously and as a copy, like a network transport would.
      const copy = structuredClone(message);
      queueMicrotask(() => bus.emit(channel, copy));
    },
    async subscribe(channel, listener) {
      bus.on(channel, listener as Listener<unknown>);
      return async () => {
        bus.off(channel, listener as Listener<unknown>);
      };
    },
    onReconnect: () => () => undefined,
    async close() {
      bus.removeAllListeners();
    },
  };
}

export interface RedisPubSubOptions {
  url: string;
  /** Prepended to every channel (isolates tests and tenants sharing one Redis). */
  prefix?: string;
  log?: Logger;
}

export function createRedisPubSub<T extends Topics = Topics>(options: RedisPubSubOptions): PubSub<T> {
  const prefix = options.prefix ?? "";
  // Publishing fails fast while Redis is away (no offline queue): live updates are not the record, subscribers
  // get a fresh snapshot when the connection is back, and a request must never wait for Redis. The subscriber
  // connection keeps retrying and re-subscribes by itself.
  const publisher = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    enableAutoPipelining: true,
    connectionName: "bilten-pub",
  });
  const subscriber = new Redis(options.url, { maxRetriesPerRequest: null, connectionName: "bilten-sub" });
  const channels = new Map<string, { listeners: Set<Listener<unknown>>; active: Promise<void> }>();
  const reconnectListeners = new Set<() => void>();
  let everReady = false;
  let closed = false;

  for (const connection of [publisher, subscriber]) {
    connection.on("error", (error: Error) => options.log?.warn({ err: error }, "redis connection error"));
  }
  subscriber.on("ready", () => {
    // ioredis re-subscribes by itself; listeners only learn that messages may have been missed meanwhile.
    if (everReady && !closed) for (const listener of reconnectListeners) listener();
    everReady = true;
  });
  subscriber.on("message", (channel: string, raw: string) => {
    const set = channels.get(channel)?.listeners;
    if (!set) return;
    let message: unknown;
    try {
      message = JSON.parse(raw);
    } catch {
      options.log?.warn({ channel }, "dropped a pub/sub message that is not JSON");
      return;
    }
    for (const listener of set) listener(message);
  });

  return {
    async publish(channel, message) {
      await publisher.publish(prefix + channel, JSON.stringify(message));
    },
    async subscribe(channel, listener) {
      const key = prefix + channel;
      let entry = channels.get(key);
      if (!entry) {
        entry = { listeners: new Set(), active: subscriber.subscribe(key).then(() => undefined) };
        channels.set(key, entry);
      }
      entry.listeners.add(listener as Listener<unknown>);
      await entry.active;
      return async () => {
        const current = channels.get(key);
        if (!current?.listeners.delete(listener as Listener<unknown>) || current.listeners.size > 0) return;
        channels.delete(key);
        if (!closed) await subscriber.unsubscribe(key);
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    async close() {
      closed = true;
      channels.clear();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}

export function createPubSub<T extends Topics = Topics>(
  redisUrl: string | undefined,
  log?: Logger,
  prefix?: string,
): PubSub<T> {
  return redisUrl ? createRedisPubSub<T>({ url: redisUrl, log, prefix }) : createLocalPubSub<T>();
}
