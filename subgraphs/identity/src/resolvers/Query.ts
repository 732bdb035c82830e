import type { QueryResolvers } from "../generated/resolvers.js";

export const Query: QueryResolvers = {
  me: (_, __, ctx) => (ctx.viewer ? ctx.users.byId(ctx.viewer.userId) : null),
  user: (_, args, ctx) => ctx.users.byId(args.id),
  organization: (_, args, ctx) => ctx.organizations.byId(args.id),
};
