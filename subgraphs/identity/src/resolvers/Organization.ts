import type { OrganizationResolvers } from "../generated/resolvers.js";

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, ctx) => ctx.organizations.byId(ref.id),
  viewerRole: (org, _, ctx) => ctx.organizations.viewerRole(org.id),
  members: (org, args, ctx) => ctx.organizations.members(org.id, args),
};
