// What the events subgraph runs with, opened from its configuration at start.
import type { EventsConfig } from "./config.js";

/** Events runs on the shared deps alone; the empty settings keep every subgraph started the same way. */
export type EventsSettings = Record<string, never>;

export async function openEvents(_config: EventsConfig): Promise<EventsSettings> {
  return {};
}
