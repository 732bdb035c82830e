import type { EventStatus } from "@bilten/platform/prisma";
import type { EventsContext } from "../context.js";
import type { CreateEventInput, UpdateEventInput } from "../services/events.js";
import type { ScheduleSessionInput, UpdateSessionInput } from "../services/sessions.js";
import type { CreateVenueInput, RoomInput, UpdateVenueInput } from "../services/venues.js";

export const Mutation = {
  createEvent: (_: unknown, args: { input: CreateEventInput }, ctx: EventsContext) => ctx.events.create(args.input),
  updateEvent: (_: unknown, args: { id: string; input: UpdateEventInput }, ctx: EventsContext) =>
    ctx.events.update(args.id, args.input),
  changeEventStatus: (_: unknown, args: { id: string; status: EventStatus; reason?: string | null }, ctx: EventsContext) =>
    ctx.events.changeStatus(args.id, args.status, args.reason),
  createVenue: (_: unknown, args: { input: CreateVenueInput }, ctx: EventsContext) => ctx.venues.create(args.input),
  updateVenue: (_: unknown, args: { id: string; input: UpdateVenueInput }, ctx: EventsContext) =>
    ctx.venues.update(args.id, args.input),
  addRoom: (_: unknown, args: { venueId: string; input: RoomInput }, ctx: EventsContext) =>
    ctx.venues.addRoom(args.venueId, args.input),
  scheduleSession: (_: unknown, args: { eventId: string; input: ScheduleSessionInput }, ctx: EventsContext) =>
    ctx.sessions.schedule(args.eventId, args.input),
  updateSession: (_: unknown, args: { id: string; input: UpdateSessionInput }, ctx: EventsContext) =>
    ctx.sessions.update(args.id, args.input),
  removeSession: (_: unknown, args: { id: string }, ctx: EventsContext) => ctx.sessions.remove(args.id),
};
