// Fields ticketing contributes to identity's User: the user's own tickets, orders and registrations.
import type { UserResolvers } from "../generated/resolvers.js";

export const User: UserResolvers = {
  tickets: (user, args, ctx) => ctx.tickets.forHolder(user.id, args),
  orders: (user, args, ctx) => ctx.orders.forBuyer(user.id, args),
  registrations: (user, args, ctx) => ctx.registrations.forUser(user.id, args),
};
