// Fields ticketing contributes to identity's User: the user's own tickets, orders and registrations.
import type { PageArgs } from "@bilten/platform";
import type { TicketingContext } from "../context.js";

type Ref = { id: string };

export const User = {
  tickets: (user: Ref, args: PageArgs, ctx: TicketingContext) => ctx.tickets.forHolder(user.id, args),
  orders: (user: Ref, args: PageArgs, ctx: TicketingContext) => ctx.orders.forBuyer(user.id, args),
  registrations: (user: Ref, args: PageArgs, ctx: TicketingContext) => ctx.registrations.forUser(user.id, args),
};
