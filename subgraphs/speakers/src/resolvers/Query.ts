import type { PageArgs } from "@bilten/platform";
import type { PartnershipTier } from "@bilten/platform/prisma";
import type { SpeakersContext } from "../context.js";

export const Query = {
  company: (_: unknown, args: { id: string }, ctx: SpeakersContext) => ctx.companies.byId(args.id),
  companies: (_: unknown, args: PageArgs & { search?: string | null; partnersOnly?: boolean | null }, ctx: SpeakersContext) =>
    ctx.companies.list(args),
  partner: (_: unknown, args: { id: string }, ctx: SpeakersContext) => ctx.partners.byId(args.id),
  partners: (_: unknown, args: PageArgs & { tier?: PartnershipTier | null; includeInactive?: boolean | null }, ctx: SpeakersContext) =>
    ctx.partners.list(args),
  speaker: (_: unknown, args: { id: string }, ctx: SpeakersContext) => ctx.speakers.byId(args.id),
  speakers: (_: unknown, args: PageArgs & { search?: string | null; companyId?: string | null }, ctx: SpeakersContext) =>
    ctx.speakers.list(args),
};
