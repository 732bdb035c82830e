import type { Membership as MembershipRow } from "@bilten/platform/prisma";
import type { IdentityContext } from "../context.js";

export const Membership = {
  user: (m: MembershipRow, _: unknown, ctx: IdentityContext) => ctx.loaders.userById.load(m.userId),
  organization: (m: MembershipRow, _: unknown, ctx: IdentityContext) => ctx.loaders.organizationById.load(m.organizationId),
};
