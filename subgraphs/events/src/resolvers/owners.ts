// Fields this subgraph contributes to identity's entities.
import { pageSize, type PageArgs } from "@bilten/platform";
import type { EventsContext } from "../context.js";
import { isEventStaff } from "../services/access.js";

export const User = {
  /** Drafts only for the organizer themself (and platform admins); staff see drafts under Organization.events. */
  organizedEvents: (user: { id: string }, args: PageArgs, ctx: EventsContext) =>
    ctx.pages.byOrganizer.load({
      ownerId: user.id,
      after: args.after ?? null,
      first: pageSize(args),
      includeDrafts: !!ctx.viewer && (ctx.viewer.userId === user.id || ctx.viewer.isPlatformAdmin),
    }),
};

export const Organization = {
  events: (org: { id: string }, args: PageArgs, ctx: EventsContext) =>
    ctx.pages.byOrganization.load({
      ownerId: org.id,
      after: args.after ?? null,
      first: pageSize(args),
      includeDrafts: isEventStaff(ctx.viewer, org.id),
    }),
};
