// Waiting for what happens after a response: `eventually` for a condition that will hold, `settle` for "everything
// already set in motion is done" — the way to check that something did NOT happen, without a fixed sleep.
import type { DomainEventStream, OutboxRelay } from "@bilten/platform";

/**
 * Polls `read` until its value is truthy, or `ok` holds for it, and fails with the last value after `timeoutMs`
 * (domain events reaching a read model, a message reaching a subscriber).
 */
export async function eventually<T>(
  read: () => T | Promise<T>,
  ok?: undefined,
  timeoutMs?: number,
): Promise<NonNullable<T>>;
export async function eventually<T>(
  read: () => T | Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs?: number,
): Promise<T>;
export async function eventually<T>(
  read: () => T | Promise<T>,
  ok: (value: T) => boolean = Boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A stream that counts what was appended through it, so that `settle` can tell whether a round added anything. */
export interface CountingStream extends DomainEventStream {
  appended(): number;
}

export function countAppends(stream: DomainEventStream): CountingStream {
  let appended = 0;
  return {
    ...stream,
    async append(events) {
      await stream.append(events);
      appended += events.length;
    },
    appended: () => appended,
  };
}

/**
 * Waits until the outboxes are relayed and every consumer of the stream has handled everything appended so far,
 * including what handling wrote to an outbox in turn: settled is a round that starts with idle consumers and whose
 * relay passes append nothing.
 */
export async function settle(
  work: { stream: CountingStream; relays?: (OutboxRelay | undefined)[] },
  timeoutMs = 20_000,
): Promise<void> {
  const relays = (work.relays ?? []).filter((relay) => relay !== undefined);
  const idle = () => work.stream.idle().catch(() => false);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const appended = work.stream.appended();
    if (await idle()) {
      await Promise.all(relays.map((relay) => relay.flush()));
      if (work.stream.appended() === appended && (await idle())) return;
    }
    if (Date.now() > end) throw new Error(`domain events still being handled after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
