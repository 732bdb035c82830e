import type { RegistrationResolvers } from "../generated/resolvers.js";

export const Registration: RegistrationResolvers = {
  __resolveReference: (ref, ctx) => ctx.registrations.visible(ref.id),
  event: (registration) => ({ __typename: "Event", id: registration.eventId }),
  user: (registration) => ({ __typename: "User", id: registration.userId }),
  waitlistPosition: (registration, _, ctx) =>
    registration.status === "WAITLISTED" ? ctx.loaders.waitlistPositionById.load(registration.id) : null,
  sessionPreferences: (registration, _, ctx) => ctx.registrations.sessionPreferences(registration),
};
