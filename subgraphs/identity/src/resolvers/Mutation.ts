import { requireViewer } from "@bilten/platform";
import type { IdentityContext } from "../context.js";
import type { MutationResolvers } from "../generated/resolvers.js";
import type { Session } from "../services/sessions.js";

/** The session's user may see their own data in the response that created the session. */
async function asSignedIn(ctx: IdentityContext, session: Promise<Session>): Promise<Session> {
  const started = await session;
  ctx.users.signedIn(started.user.id);
  return started;
}

export const Mutation: MutationResolvers = {
  signUp: (_, args, ctx) => asSignedIn(ctx, ctx.sessions.signUp(args.input)),
  logIn: (_, args, ctx) => asSignedIn(ctx, ctx.sessions.logIn(args.email, args.password)),
  refreshSession: (_, args, ctx) => asSignedIn(ctx, ctx.sessions.refresh(args.refreshToken)),
  logOut: (_, args, ctx) => ctx.sessions.logOut(args.refreshToken),
  updateMyProfile: (_, args, ctx) => ctx.users.updateProfile(args.input),
  changePassword: (_, args, ctx) =>
    asSignedIn(ctx, ctx.sessions.changePassword(requireViewer(ctx.viewer), args.currentPassword, args.newPassword)),
  createOrganization: (_, args, ctx) => ctx.organizations.create(args.input),
  addMember: (_, args, ctx) => ctx.organizations.addMember(args.organizationId, args.email, args.role),
  removeMember: (_, args, ctx) => ctx.organizations.removeMember(args.organizationId, args.userId),
  changeMemberRole: (_, args, ctx) => ctx.organizations.changeRole(args.organizationId, args.userId, args.role),
};
