import type { MutationResolvers } from "../generated/resolvers.js";

export const Mutation: MutationResolvers = {
  createTicketType: (_, args, ctx) => ctx.ticketTypes.create(args.input),
  updateTicketType: (_, args, ctx) => ctx.ticketTypes.update(args.id, args.input),
  setPlaceLimit: (_, args, ctx) => ctx.ticketTypes.setPlaceLimit(args.eventId, args.limit),
  createDiscountCode: (_, args, ctx) => ctx.discountCodes.create(args.input),
  updateDiscountCode: (_, args, ctx) => ctx.discountCodes.update(args.id, args.input),
  purchaseTickets: (_, args, ctx) => ctx.purchases.purchase(args.input),
  markOrderPaid: (_, args, ctx) => ctx.orders.markPaid(args.id, args.reference),
  cancelOrder: (_, args, ctx) => ctx.orders.cancel(args.id),
  refundOrder: (_, args, ctx) => ctx.refunds.refund(args.input),
  register: (_, args, ctx) => ctx.registrations.register(args.input),
  updateRegistration: (_, args, ctx) => ctx.registrations.update(args.id, args.input),
  confirmRegistration: (_, args, ctx) => ctx.registrations.confirm(args.id),
  cancelRegistration: (_, args, ctx) => ctx.registrations.cancel(args.id),
  markRegistrationAttended: (_, args, ctx) => ctx.registrations.markAttended(args.id),
  checkIn: (_, args, ctx) => ctx.checkIns.checkIn(args.input),
  uploadOfflineCheckIns: (_, args, ctx) => ctx.offlineScans.upload(args.input),
};
