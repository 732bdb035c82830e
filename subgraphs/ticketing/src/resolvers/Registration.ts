import type { Registration as RegistrationRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";

export const Registration = {
  __resolveReference: (ref: { id: string }, ctx: TicketingContext) => ctx.registrations.visible(ref.id),
  event: (registration: RegistrationRow) => ({ __typename: "Event", id: registration.eventId }),
  user: (registration: RegistrationRow) => ({ __typename: "User", id: registration.userId }),
  waitlistPosition: (registration: RegistrationRow, _: unknown, ctx: TicketingContext) =>
    registration.status === "WAITLISTED" ? ctx.loaders.waitlistPositionById.load(registration.id) : null,
  sessionPreferences: (registration: RegistrationRow, _: unknown, ctx: TicketingContext) => ctx.registrations.sessionPreferences(registration),
};
