import type { SpeakersContext } from "../context.js";
import type { CreateCompanyInput, UpdateCompanyInput } from "../companies/services/companies.js";
import type { LogoUpload } from "../companies/services/logo-files.js";
import type { CreatePartnerInput, UpdatePartnerInput } from "../companies/services/partners.js";
import type { InviteArgs } from "../speakers/services/session-speakers.js";
import type { CreateSpeakerInput, UpdateSpeakerInput } from "../speakers/services/speakers.js";

export const Mutation = {
  createCompany: (_: unknown, args: { input: CreateCompanyInput }, ctx: SpeakersContext) => ctx.companies.create(args.input),
  updateCompany: (_: unknown, args: { id: string; input: UpdateCompanyInput }, ctx: SpeakersContext) =>
    ctx.companies.update(args.id, args.input),
  uploadCompanyLogo: (_: unknown, args: { companyId: string; file: LogoUpload }, ctx: SpeakersContext) =>
    ctx.companies.uploadLogo(args.companyId, args.file),
  createPartner: (_: unknown, args: { input: CreatePartnerInput }, ctx: SpeakersContext) => ctx.partners.create(args.input),
  updatePartner: (_: unknown, args: { id: string; input: UpdatePartnerInput }, ctx: SpeakersContext) =>
    ctx.partners.update(args.id, args.input),
  addPartnerContact: (_: unknown, args: { partnerId: string; userId: string; role: string }, ctx: SpeakersContext) =>
    ctx.partners.addContact(args.partnerId, args.userId, args.role),
  removePartnerContact: (_: unknown, args: { partnerId: string; userId: string }, ctx: SpeakersContext) =>
    ctx.partners.removeContact(args.partnerId, args.userId),
  createSpeaker: (_: unknown, args: { input: CreateSpeakerInput }, ctx: SpeakersContext) => ctx.speakers.create(args.input),
  updateSpeaker: (_: unknown, args: { id: string; input: UpdateSpeakerInput }, ctx: SpeakersContext) =>
    ctx.speakers.update(args.id, args.input),
  inviteSpeaker: (_: unknown, args: InviteArgs, ctx: SpeakersContext) => ctx.sessionSpeakers.invite(args),
  confirmSpeakerInvitation: (_: unknown, args: { id: string }, ctx: SpeakersContext) => ctx.sessionSpeakers.confirm(args.id),
  declineSpeakerInvitation: (_: unknown, args: { id: string; reason?: string | null }, ctx: SpeakersContext) =>
    ctx.sessionSpeakers.decline(args.id, args.reason),
  resendSpeakerInvitation: (_: unknown, args: { id: string }, ctx: SpeakersContext) => ctx.sessionSpeakers.resend(args.id),
  withdrawSpeakerInvitation: (_: unknown, args: { id: string }, ctx: SpeakersContext) => ctx.sessionSpeakers.withdraw(args.id),
};
