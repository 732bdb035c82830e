import type { IdentityContext } from "../context.js";

export const Query = {
  me: (_: unknown, __: unknown, ctx: IdentityContext) => (ctx.viewer ? ctx.users.byId(ctx.viewer.userId) : null),
  user: (_: unknown, args: { id: string }, ctx: IdentityContext) => ctx.users.byId(args.id),
  organization: (_: unknown, args: { id: string }, ctx: IdentityContext) => ctx.organizations.byId(args.id),
};
