// Session.speakers, contributed to the events subgraph's Session entity (the parent is the stub { id }).
import type { SpeakersContext } from "../context.js";

export const Session = {
  speakers: (session: { id: string }, _: unknown, ctx: SpeakersContext) => ctx.sessionSpeakers.forSession(session.id),
};
