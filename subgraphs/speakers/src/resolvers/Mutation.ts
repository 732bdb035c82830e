import type { MutationResolvers } from "../generated/resolvers.js";

export const Mutation: MutationResolvers = {
  createCompany: (_, args, ctx) => ctx.companies.create(args.input),
  updateCompany: (_, args, ctx) => ctx.companies.update(args.id, args.input),
  uploadCompanyLogo: (_, args, ctx) => ctx.companies.uploadLogo(args.companyId, args.file),
  createPartner: (_, args, ctx) => ctx.partners.create(args.input),
  updatePartner: (_, args, ctx) => ctx.partners.update(args.id, args.input),
  addPartnerContact: (_, args, ctx) => ctx.partners.addContact(args.partnerId, args.userId, args.role),
  removePartnerContact: (_, args, ctx) => ctx.partners.removeContact(args.partnerId, args.userId),
  createSpeaker: (_, args, ctx) => ctx.speakers.create(args.input),
  updateSpeaker: (_, args, ctx) => ctx.speakers.update(args.id, args.input),
  inviteSpeaker: (_, args, ctx) => ctx.sessionSpeakers.invite(args),
  confirmSpeakerInvitation: (_, args, ctx) => ctx.sessionSpeakers.confirm(args.id),
  declineSpeakerInvitation: (_, args, ctx) => ctx.sessionSpeakers.decline(args.id, args.reason),
  resendSpeakerInvitation: (_, args, ctx) => ctx.sessionSpeakers.resend(args.id),
  withdrawSpeakerInvitation: (_, args, ctx) => ctx.sessionSpeakers.withdraw(args.id),
};
