import { loadExisting } from "@bilten/platform";
import type { RoomResolvers, VenueResolvers } from "../generated/resolvers.js";

export const Venue: VenueResolvers = {
  __resolveReference: (ref, ctx) => ctx.venues.byId(ref.id),
  rooms: (venue, _, ctx) => ctx.loaders.roomsByVenueId.load(venue.id),
};

export const Room: RoomResolvers = {
  venue: (room, _, ctx) => loadExisting(ctx.loaders.venueById, room.venueId, "Venue"),
};
