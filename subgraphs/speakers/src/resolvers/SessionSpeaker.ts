import { loadExisting } from "@bilten/platform";
import type { SessionSpeakerResolvers } from "../generated/resolvers.js";

export const SessionSpeaker: SessionSpeakerResolvers = {
  speaker: (row, _, ctx) => loadExisting(ctx.loaders.speakerById, row.speakerId, "Speaker"),
  session: (row, _, ctx) => ctx.sessionSpeakers.session(row),
  sessionSummary: (row, _, ctx) => ctx.sessionSpeakers.summary(row),
  isConfirmed: (row) => row.status === "CONFIRMED",
  declineReason: (row, _, ctx) => ctx.sessionSpeakers.declineReason(row),
};
