import type { PageArgs } from "@bilten/platform";
import type { Organization as OrganizationRow } from "@bilten/platform/prisma";
import type { IdentityContext } from "../context.js";

export const Organization = {
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => ctx.organizations.byId(ref.id),
  viewerRole: (org: OrganizationRow, _: unknown, ctx: IdentityContext) => ctx.organizations.viewerRole(org.id),
  members: (org: OrganizationRow, args: PageArgs, ctx: IdentityContext) => ctx.organizations.members(org.id, args),
};
