// Fields ticketing contributes to the events subgraph's Event (the parent is the reference `{ id }`).
import type { EventResolvers } from "../generated/resolvers.js";

export const Event: EventResolvers = {
  ticketTypes: (event, _, ctx) => ctx.ticketTypes.forEvent(event.id),
  availability: (event, _, ctx) => ctx.ticketTypes.availability(event.id),
  orders: (event, args, ctx) => ctx.orders.forEvent(event.id, args),
  attendees: (event, args, ctx) => ctx.tickets.attendees(event.id, args),
  registrations: (event, args, ctx) => ctx.registrations.forEvent(event.id, args),
  discountCodes: (event, _, ctx) => ctx.discountCodes.forEvent(event.id),
  myRegistration: (event, _, ctx) => ctx.loaders.myRegistrationByEventId.load(event.id),
};
