import type { Speaker as SpeakerRow } from "@bilten/platform/prisma";
import type { SpeakersContext } from "../context.js";

/** Resolves a personal field only for viewers allowed to see the speaker's personal data. */
const personal =
  <T>(pick: (speaker: SpeakerRow) => T) =>
  async (speaker: SpeakerRow, _: unknown, ctx: SpeakersContext) =>
    (await ctx.speakers.canSeePersonal(speaker)) ? pick(speaker) : null;

export const Speaker = {
  __resolveReference: (ref: { id: string }, ctx: SpeakersContext) => ctx.speakers.byId(ref.id),
  displayName: (speaker: SpeakerRow) => `${speaker.firstName} ${speaker.lastName}`,
  email: personal((s) => s.email),
  user: personal((s) => (s.userId ? { __typename: "User", id: s.userId } : null)),
  communicationPreferences: personal((s) => ({ channel: s.contactChannel, phone: s.phone, language: s.preferredLanguage })),
  company: (speaker: SpeakerRow, _: unknown, ctx: SpeakersContext) => (speaker.companyId ? ctx.loaders.companyById.load(speaker.companyId) : null),
  sessions: (speaker: SpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.speakers.sessions(speaker),
  invitations: (speaker: SpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.speakers.invitations(speaker),
  speakingHistory: (speaker: SpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.speakers.history(speaker),
};
