import type { Room as RoomRow, Venue as VenueRow } from "@bilten/platform/prisma";
import type { EventsContext } from "../context.js";

export const Venue = {
  __resolveReference: (ref: { id: string }, ctx: EventsContext) => ctx.venues.byId(ref.id),
  rooms: (venue: VenueRow, _: unknown, ctx: EventsContext) => ctx.loaders.roomsByVenueId.load(venue.id),
};

export const Room = {
  venue: (room: RoomRow, _: unknown, ctx: EventsContext) => ctx.loaders.venueById.load(room.venueId),
};
