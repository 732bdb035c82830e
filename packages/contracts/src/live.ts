// Live channels: published by a subgraph after its transaction commits, subscribed to by the gateway for its
// subscription fields.
import { z } from "zod";
import { defineChannel } from "./contract.js";
import { id, instant } from "./fields.js";

/**
 * `checkins:<eventId>`: an event's check-in counts after each scan, in exactly the shape of ticketing's
 * `CheckInCount` (without its entity fields), so a snapshot query and a message are interchangeable.
 */
export const CheckInCountsChannel = defineChannel({
  name: "checkins",
  version: 1,
  key: "eventId",
  message: z.strictObject({
    eventId: id,
    /** Goes up with every scan of the event: older or repeated messages are dropped. */
    sequence: z.int(),
    checkedIn: z.int(),
    onSiteNow: z.int(),
    ticketsSold: z.int(),
    capacity: z.int().nullable(),
    lastCheckInAt: instant.nullable(),
    doors: z.array(z.strictObject({ door: z.string(), checkedIn: z.int(), exits: z.int(), onSiteNow: z.int() })),
    sessions: z.array(z.strictObject({ sessionId: id, checkedIn: z.int(), onSiteNow: z.int() })),
  }),
});

export const liveChannels = [CheckInCountsChannel] as const;
