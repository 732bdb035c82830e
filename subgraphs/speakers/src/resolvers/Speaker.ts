import type { Speaker as SpeakerRow } from "@bilten/platform/prisma";
import type { SpeakersContext } from "../context.js";
import type { SpeakerResolvers } from "../generated/resolvers.js";

/** Resolves a personal field only for viewers allowed to see the speaker's personal data. */
const personal =
  <T>(pick: (speaker: SpeakerRow) => T) =>
  async (speaker: SpeakerRow, _: unknown, ctx: SpeakersContext) =>
    (await ctx.speakers.canSeePersonal(speaker)) ? pick(speaker) : null;

export const Speaker: SpeakerResolvers = {
  __resolveReference: (ref, ctx) => ctx.speakers.byId(ref.id),
  displayName: (speaker) => `${speaker.firstName} ${speaker.lastName}`,
  email: personal((s) => s.email),
  user: personal((s) => (s.userId ? { __typename: "User", id: s.userId } : null)),
  communicationPreferences: personal((s) => ({
    channel: s.contactChannel,
    phone: s.phone,
    language: s.preferredLanguage,
  })),
  company: (speaker, _, ctx) => (speaker.companyId ? ctx.loaders.companyById.load(speaker.companyId) : null),
  sessions: (speaker, _, ctx) => ctx.speakers.sessions(speaker),
  invitations: (speaker, _, ctx) => ctx.speakers.invitations(speaker),
  speakingHistory: (speaker, _, ctx) => ctx.speakers.history(speaker),
};
