// Fields this subgraph contributes to identity's User. `companyId` comes from identity (@requires); it is null
// when the viewer may not see the user's affiliation, and so is the company then.
import type { UserResolvers } from "../generated/resolvers.js";

export const User: UserResolvers = {
  company: (user, _, ctx) => (user.companyId ? ctx.companies.byId(user.companyId) : null),
  speakerProfile: (user, _, ctx) => ctx.speakers.forUser(user.id),
};
