// Contracts between processes: every subgraph's domain events and every live channel, versioned, as zod schemas
// with their TypeScript types. Producers and consumers import them from here (see docs/domain-events.md).
import { eventsEvents } from "./events.js";
import { identityEvents } from "./identity.js";
import { speakersEvents } from "./speakers.js";
import { ticketingEvents } from "./ticketing.js";

export * from "./contract.js";
export * from "./identity.js";
export * from "./events.js";
export * from "./speakers.js";
export * from "./ticketing.js";
export * from "./live.js";

/** Every domain event contract, every version. */
export const eventContracts = [...identityEvents, ...eventsEvents, ...speakersEvents, ...ticketingEvents] as const;
