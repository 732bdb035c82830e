import { loadExisting } from "@bilten/platform";
import type { CheckInCountResolvers, CheckInResolvers, SessionCountResolvers } from "../generated/resolvers.js";

export const CheckIn: CheckInResolvers = {
  ticket: (row, _, ctx) => loadExisting(ctx.loaders.ticketById, row.ticketId, "Ticket"),
  session: (row) => (row.sessionId ? { __typename: "Session", id: row.sessionId } : null),
};

export const CheckInCount: CheckInCountResolvers = {
  event: (counts) => ({ __typename: "Event", id: counts.eventId }),
};

export const SessionCount: SessionCountResolvers = {
  session: (count) => ({ __typename: "Session", id: count.sessionId }),
};
