import type { Session as SessionRow } from "@bilten/platform/prisma";
import type { EventsContext } from "../context.js";

export const Session = {
  __resolveReference: (ref: { id: string }, ctx: EventsContext) => ctx.sessions.visible(ref.id),
  event: (session: SessionRow, _: unknown, ctx: EventsContext) => ctx.loaders.eventById.load(session.eventId),
  room: (session: SessionRow, _: unknown, ctx: EventsContext) => (session.roomId ? ctx.loaders.roomById.load(session.roomId) : null),
};
