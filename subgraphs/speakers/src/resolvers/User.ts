// Fields this subgraph contributes to identity's User. `companyId` comes from identity (@requires); it is null
// when the viewer may not see the user's affiliation, and so is the company then.
import type { SpeakersContext } from "../context.js";

export const User = {
  company: (user: { id: string; companyId?: string | null }, _: unknown, ctx: SpeakersContext) =>
    user.companyId ? ctx.companies.byId(user.companyId) : null,
  speakerProfile: (user: { id: string }, _: unknown, ctx: SpeakersContext) => ctx.speakers.forUser(user.id),
};
