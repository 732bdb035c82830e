import { requireViewer } from "@bilten/platform";
import type { MembershipRole } from "@bilten/platform/prisma";
import type { IdentityContext } from "../context.js";
import type { CreateOrganizationInput } from "../services/organizations.js";
import type { Session, SignUpInput } from "../services/sessions.js";
import type { UpdateProfileInput } from "../services/users.js";

type MemberArgs = { organizationId: string; userId: string };

/** The session's user may see their own data in the response that created the session. */
async function asSignedIn(ctx: IdentityContext, session: Promise<Session>): Promise<Session> {
  const started = await session;
  ctx.users.signedIn(started.user.id);
  return started;
}

export const Mutation = {
  signUp: (_: unknown, args: { input: SignUpInput }, ctx: IdentityContext) => asSignedIn(ctx, ctx.sessions.signUp(args.input)),
  logIn: (_: unknown, args: { email: string; password: string }, ctx: IdentityContext) =>
    asSignedIn(ctx, ctx.sessions.logIn(args.email, args.password)),
  refreshSession: (_: unknown, args: { refreshToken: string }, ctx: IdentityContext) => asSignedIn(ctx, ctx.sessions.refresh(args.refreshToken)),
  logOut: (_: unknown, args: { refreshToken: string }, ctx: IdentityContext) => ctx.sessions.logOut(args.refreshToken),
  updateMyProfile: (_: unknown, args: { input: UpdateProfileInput }, ctx: IdentityContext) =>
    ctx.users.updateProfile(args.input),
  changePassword: (_: unknown, args: { currentPassword: string; newPassword: string }, ctx: IdentityContext) =>
    asSignedIn(ctx, ctx.sessions.changePassword(requireViewer(ctx.viewer), args.currentPassword, args.newPassword)),
  createOrganization: (_: unknown, args: { input: CreateOrganizationInput }, ctx: IdentityContext) =>
    ctx.organizations.create(args.input),
  addMember: (_: unknown, args: { organizationId: string; email: string; role: MembershipRole }, ctx: IdentityContext) =>
    ctx.organizations.addMember(args.organizationId, args.email, args.role),
  removeMember: (_: unknown, args: MemberArgs, ctx: IdentityContext) =>
    ctx.organizations.removeMember(args.organizationId, args.userId),
  changeMemberRole: (_: unknown, args: MemberArgs & { role: MembershipRole }, ctx: IdentityContext) =>
    ctx.organizations.changeRole(args.organizationId, args.userId, args.role),
};
