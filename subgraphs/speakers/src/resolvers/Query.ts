import type { QueryResolvers } from "../generated/resolvers.js";

export const Query: QueryResolvers = {
  company: (_, args, ctx) => ctx.companies.byId(args.id),
  companies: (_, args, ctx) => ctx.companies.list(args),
  partner: (_, args, ctx) => ctx.partners.byId(args.id),
  partners: (_, args, ctx) => ctx.partners.list(args),
  speaker: (_, args, ctx) => ctx.speakers.byId(args.id),
  speakers: (_, args, ctx) => ctx.speakers.list(args),
};
