import type { CheckInInput } from "../admission/services/check-ins.js";
import type { OfflineScanInput } from "../admission/services/offline-scans.js";
import type { TicketingContext } from "../context.js";
import type { CreateDiscountCodeInput, UpdateDiscountCodeInput } from "../sales/services/discounts.js";
import type { PurchaseTicketsInput } from "../sales/services/purchase-requests.js";
import type { RefundOrderInput } from "../sales/services/refunds.js";
import type { RegisterInput, UpdateRegistrationInput } from "../registration/services/registrations.js";
import type { CreateTicketTypeInput, UpdateTicketTypeInput } from "../sales/services/ticket-types.js";

type Ctx = TicketingContext;
type ById = { id: string };

export const Mutation = {
  createTicketType: (_: unknown, args: { input: CreateTicketTypeInput }, ctx: Ctx) => ctx.ticketTypes.create(args.input),
  updateTicketType: (_: unknown, args: ById & { input: UpdateTicketTypeInput }, ctx: Ctx) => ctx.ticketTypes.update(args.id, args.input),
  setPlaceLimit: (_: unknown, args: { eventId: string; limit?: number | null }, ctx: Ctx) => ctx.ticketTypes.setPlaceLimit(args.eventId, args.limit),
  createDiscountCode: (_: unknown, args: { input: CreateDiscountCodeInput }, ctx: Ctx) => ctx.discountCodes.create(args.input),
  updateDiscountCode: (_: unknown, args: ById & { input: UpdateDiscountCodeInput }, ctx: Ctx) => ctx.discountCodes.update(args.id, args.input),
  purchaseTickets: (_: unknown, args: { input: PurchaseTicketsInput }, ctx: Ctx) => ctx.purchases.purchase(args.input),
  markOrderPaid: (_: unknown, args: ById & { reference?: string | null }, ctx: Ctx) => ctx.orders.markPaid(args.id, args.reference),
  cancelOrder: (_: unknown, args: ById, ctx: Ctx) => ctx.orders.cancel(args.id),
  refundOrder: (_: unknown, args: { input: RefundOrderInput }, ctx: Ctx) => ctx.refunds.refund(args.input),
  register: (_: unknown, args: { input: RegisterInput }, ctx: Ctx) => ctx.registrations.register(args.input),
  updateRegistration: (_: unknown, args: ById & { input: UpdateRegistrationInput }, ctx: Ctx) => ctx.registrations.update(args.id, args.input),
  confirmRegistration: (_: unknown, args: ById, ctx: Ctx) => ctx.registrations.confirm(args.id),
  cancelRegistration: (_: unknown, args: ById, ctx: Ctx) => ctx.registrations.cancel(args.id),
  markRegistrationAttended: (_: unknown, args: ById, ctx: Ctx) => ctx.registrations.markAttended(args.id),
  checkIn: (_: unknown, args: { input: CheckInInput }, ctx: Ctx) => ctx.checkIns.checkIn(args.input),
  uploadOfflineCheckIns: (_: unknown, args: { input: { eventId: string; deviceId: string; scans: OfflineScanInput[] } }, ctx: Ctx) =>
    ctx.offlineScans.upload(args.input),
};
