import type { PartnerResolvers } from "../generated/resolvers.js";

export const Partner: PartnerResolvers = {
  analytics: (partner, _, ctx) => ctx.partners.forPartner(partner.id),
};
