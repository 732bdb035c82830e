// The subscription fields of the supergraph that this gateway serves (see live.ts). A subgraph that declares a
// Subscription field in its SDL adds its entry here: channel contract, snapshot query and the entity fields of its
// payload.
import { CheckInCountsChannel } from "@bilten/contracts";
import { messageSelection, type LiveFieldSpec } from "./live.js";

/** Exactly the fields ticketing publishes on `checkins:<eventId>`, from the channel's contract. */
const CHECK_IN_COUNT_FIELDS = messageSelection(CheckInCountsChannel.message);

export const LIVE_FIELDS: LiveFieldSpec[] = [
  {
    field: "checkInCountChanged",
    channel: (args) => CheckInCountsChannel.channel(String(args.eventId)),
    message: CheckInCountsChannel.message,
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
