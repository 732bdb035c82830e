// Fields this subgraph contributes to identity's entities.
import { pageSize } from "@bilten/platform";
import type { OrganizationResolvers, UserResolvers } from "../generated/resolvers.js";
import { isEventStaff } from "../services/access.js";

export const User: UserResolvers = {
  /** Drafts only for the organizer themself (and platform admins); staff see drafts under Organization.events. */
  organizedEvents: (user, args, ctx) =>
    ctx.pages.byOrganizer.load({
      ownerId: user.id,
      after: args.after ?? null,
      first: pageSize(args),
      includeDrafts: !!ctx.viewer && (ctx.viewer.userId === user.id || ctx.viewer.isPlatformAdmin),
    }),
};

export const Organization: OrganizationResolvers = {
  events: (org, args, ctx) =>
    ctx.pages.byOrganization.load({
      ownerId: org.id,
      after: args.after ?? null,
      first: pageSize(args),
      includeDrafts: isEventStaff(ctx.viewer, org.id),
    }),
};
