import type { AnalyticsContext } from "../context.js";

export const Partner = {
  analytics: (partner: { id: string }, _: unknown, ctx: AnalyticsContext) => ctx.partners.forPartner(partner.id),
};
