// Session.speakers, contributed to the events subgraph's Session entity (the parent is the stub { id }).
import type { SessionResolvers } from "../generated/resolvers.js";

export const Session: SessionResolvers = {
  speakers: (session, _, ctx) => ctx.sessionSpeakers.forSession(session.id),
};
