// The subscription fields of the supergraph that this gateway serves (see live.ts). A subgraph that declares a
// Subscription field in its SDL adds its entry here: channel, snapshot query and the entity fields of its payload.
import type { LiveFieldSpec } from "./live.js";

/** Exactly the fields ticketing publishes on `checkins:<eventId>` (subgraphs/ticketing/src/services/check-ins.ts). */
const CHECK_IN_COUNT_FIELDS = `eventId sequence checkedIn onSiteNow ticketsSold capacity lastCheckInAt
  doors { door checkedIn exits onSiteNow } sessions { sessionId checkedIn onSiteNow }`;

export const LIVE_FIELDS: LiveFieldSpec[] = [
  {
    field: "checkInCountChanged",
    channel: (args) => `checkins:${String(args.eventId)}`,
    snapshot: {
      // Ticketing answers only the event organization's staff: that is who may subscribe.
      query: `query CheckInSnapshot($eventId: ID!) { checkInCounts(eventId: $eventId) { ${CHECK_IN_COUNT_FIELDS} } }`,
      variables: (args) => ({ eventId: args.eventId }),
      pick: (data) => data.checkInCounts as { sequence: number },
    },
    entities: {
      "CheckInCount.event": { query: "event", idFrom: "eventId" },
      "SessionCount.session": { query: "session", idFrom: "sessionId" },
    },
  },
];
