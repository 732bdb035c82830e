import { loadExisting } from "@bilten/platform";
import type { PartnerContactResolvers, PartnerResolvers } from "../generated/resolvers.js";

export const Partner: PartnerResolvers = {
  __resolveReference: (ref, ctx) => ctx.partners.byId(ref.id),
  company: (partner, _, ctx) => loadExisting(ctx.loaders.companyById, partner.companyId, "Company"),
  benefits: (partner, _, ctx) => ctx.partners.benefits(partner),
  contacts: (partner, _, ctx) => ctx.partners.contacts(partner),
};

export const PartnerContact: PartnerContactResolvers = {
  user: (contact) => ({ __typename: "User", id: contact.userId }),
  addedAt: (contact) => contact.createdAt,
};
