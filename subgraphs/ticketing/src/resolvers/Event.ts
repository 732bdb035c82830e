// Fields ticketing contributes to the events subgraph's Event (the parent is the reference `{ id }`).
import type { PageArgs } from "@bilten/platform";
import type { TicketingContext } from "../context.js";

type Ref = { id: string };
type Filtered = PageArgs & { status?: string[] | null };

export const Event = {
  ticketTypes: (event: Ref, _: unknown, ctx: TicketingContext) => ctx.ticketTypes.forEvent(event.id),
  availability: (event: Ref, _: unknown, ctx: TicketingContext) => ctx.ticketTypes.availability(event.id),
  orders: (event: Ref, args: Filtered, ctx: TicketingContext) => ctx.orders.forEvent(event.id, args),
  attendees: (event: Ref, args: PageArgs, ctx: TicketingContext) => ctx.tickets.attendees(event.id, args),
  registrations: (event: Ref, args: Filtered, ctx: TicketingContext) => ctx.registrations.forEvent(event.id, args),
  discountCodes: (event: Ref, _: unknown, ctx: TicketingContext) => ctx.discountCodes.forEvent(event.id),
  myRegistration: (event: Ref, _: unknown, ctx: TicketingContext) => ctx.loaders.myRegistrationByEventId.load(event.id),
};
