import { loadExisting } from "@bilten/platform";
import type { MembershipResolvers } from "../generated/resolvers.js";

export const Membership: MembershipResolvers = {
  user: (m, _, ctx) => loadExisting(ctx.loaders.userById, m.userId, "User"),
  organization: (m, _, ctx) => loadExisting(ctx.loaders.organizationById, m.organizationId, "Organization"),
};
