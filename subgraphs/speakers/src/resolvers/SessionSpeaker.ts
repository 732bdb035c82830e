import type { SessionSpeaker as SessionSpeakerRow } from "@bilten/platform/prisma";
import type { SpeakersContext } from "../context.js";

export const SessionSpeaker = {
  speaker: (row: SessionSpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.loaders.speakerById.load(row.speakerId),
  session: (row: SessionSpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.sessionSpeakers.session(row),
  sessionSummary: (row: SessionSpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.sessionSpeakers.summary(row),
  isConfirmed: (row: SessionSpeakerRow) => row.status === "CONFIRMED",
  declineReason: (row: SessionSpeakerRow, _: unknown, ctx: SpeakersContext) => ctx.sessionSpeakers.declineReason(row),
};
