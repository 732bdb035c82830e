import type { Partner as PartnerRow, PartnerContact as PartnerContactRow } from "@bilten/platform/prisma";
import type { SpeakersContext } from "../context.js";

export const Partner = {
  __resolveReference: (ref: { id: string }, ctx: SpeakersContext) => ctx.partners.byId(ref.id),
  company: (partner: PartnerRow, _: unknown, ctx: SpeakersContext) => ctx.loaders.companyById.load(partner.companyId),
  benefits: (partner: PartnerRow, _: unknown, ctx: SpeakersContext) => ctx.partners.benefits(partner),
  contacts: (partner: PartnerRow, _: unknown, ctx: SpeakersContext) => ctx.partners.contacts(partner),
};

export const PartnerContact = {
  user: (contact: PartnerContactRow) => ({ __typename: "User", id: contact.userId }),
  addedAt: (contact: PartnerContactRow) => contact.createdAt,
};
