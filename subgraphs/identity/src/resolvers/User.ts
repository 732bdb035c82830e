import type { User as UserRow } from "@bilten/platform/prisma";
import type { IdentityContext } from "../context.js";
import type { UserResolvers } from "../generated/resolvers.js";

/** Resolves a personal field only for viewers allowed to see the user's personal data. */
const personal =
  <T>(pick: (user: UserRow, ctx: IdentityContext) => T | Promise<T>) =>
  async (user: UserRow, _: unknown, ctx: IdentityContext) =>
    (await ctx.users.canSeePersonalData(user)) ? pick(user, ctx) : null;

export const User: UserResolvers = {
  __resolveReference: (ref, ctx) => ctx.users.byId(ref.id),
  displayName: (user) => `${user.firstName} ${user.lastName}`,
  email: personal((u) => u.email),
  position: personal((u) => u.position),
  companyId: personal((u) => u.companyId),
  newsletterSubscription: personal((u) => u.newsletterSubscription),
  gdprConsent: personal((u) => ({ given: u.gdprConsentGiven, givenAt: u.gdprConsentAt })),
  lastLoginAt: personal((u) => u.lastLoginAt),
  memberships: personal((u, ctx) => ctx.loaders.membershipsByUserId.load(u.id)),
};
