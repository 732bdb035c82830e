import type { CheckIn as CheckInRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import type { SessionCount as SessionCountRow } from "../admission/services/live-counts.js";

export const CheckIn = {
  ticket: (row: CheckInRow, _: unknown, ctx: TicketingContext) => ctx.loaders.ticketById.load(row.ticketId),
  session: (row: CheckInRow) => (row.sessionId ? { __typename: "Session", id: row.sessionId } : null),
};

export const CheckInCount = {
  event: (counts: { eventId: string }) => ({ __typename: "Event", id: counts.eventId }),
};

export const SessionCount = {
  session: (count: SessionCountRow) => ({ __typename: "Session", id: count.sessionId }),
};
