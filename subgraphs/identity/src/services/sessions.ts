// Sign-up, sign-in and the session lifecycle: short-lived access tokens, rotating refresh tokens stored hashed,
// reuse detection that revokes the whole token family.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  badInput,
  conflict,
  isUniqueViolation,
  requireEmail,
  requireText,
  optionalText,
  inTransaction,
  requireId,
  signAccessToken,
  unauthenticated,
  type Db,
  type Logger,
  type OrgRole,
  type OutboxRelay,
  type TokenKeys,
  type Viewer,
} from "@bilten/platform";
import type { User } from "@bilten/platform/prisma";
import type { IdentitySettings } from "../settings.js";
import { UserRegistered } from "@bilten/contracts";
import { userState } from "./domain-events.js";
import { assertStrongPassword, hashPassword, verifyPassword } from "./passwords.js";

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

export interface SignUpInput {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  position?: string | null;
  companyId?: string | null;
  newsletterSubscription?: boolean | null;
  gdprConsent?: boolean | null;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const INVALID_LOGIN = "The e-mail address or password is not correct";

export class SessionService {
  /** Verifying against this when the account does not exist keeps response times alike (no user enumeration). */
  private static dummyHash: Promise<string> | undefined;

  constructor(
    private readonly db: Db,
    private readonly keys: TokenKeys,
    private readonly settings: IdentitySettings,
    private readonly log: Logger,
    private readonly outbox?: OutboxRelay,
  ) {}

  async signUp(input: SignUpInput): Promise<Session> {
    const email = requireEmail("input.email", input.email);
    const firstName = requireText("input.firstName", input.firstName, { max: 100 });
    const lastName = requireText("input.lastName", input.lastName, { max: 100 });
    const position = optionalText("input.position", input.position, 255);
    const companyId = input.companyId ? requireId("input.companyId", input.companyId) : null;
    assertStrongPassword("input.password", input.password, { email, firstName, lastName });
    const passwordHash = await hashPassword(input.password, this.settings.scryptLogN);
    const consent = input.gdprConsent === true;
    try {
      const user = await inTransaction(this.db, this.outbox, async (tx, record) => {
        const created = await tx.user.create({
          data: {
            email,
            passwordHash,
            firstName,
            lastName,
            position: position ?? null,
            companyId,
            newsletterSubscription: input.newsletterSubscription === true,
            gdprConsentGiven: consent,
            gdprConsentAt: consent ? new Date() : null,
            lastLoginAt: new Date(),
          },
        });
        await record(UserRegistered, userState(created));
        return created;
      });
      this.log.info({ userId: user.id }, "user signed up");
      return this.startSession(user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict("EMAIL_TAKEN", "An account with this e-mail address already exists", { field: "input.email" });
      }
      throw error;
    }
  }

  async logIn(emailInput: string, password: string): Promise<Session> {
    const email = emailInput.trim().toLowerCase();
    const user = email ? await this.db.user.findUnique({ where: { email } }) : null;
    if (!user) {
      SessionService.dummyHash ??= hashPassword("not-a-real-password", this.settings.scryptLogN);
      await verifyPassword(password, await SessionService.dummyHash);
      throw unauthenticated(INVALID_LOGIN);
    }
    if (!(await verifyPassword(password, user.passwordHash)) || !user.isActive) throw unauthenticated(INVALID_LOGIN);
    const updated = await this.db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    return this.startSession(updated);
  }

  async refresh(refreshToken: string): Promise<Session> {
    const stored = await this.db.refreshToken.findUnique({ where: { tokenHash: hashToken(refreshToken) } });
    if (!stored || stored.revokedAt || stored.expiresAt <= new Date()) {
      throw unauthenticated("The refresh token is not valid; sign in again");
    }
    // Only one caller can rotate a token: the conditional update decides, not a prior read.
    const rotated = await this.db.refreshToken.updateMany({
      where: { id: stored.id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: new Date() },
    });
    if (rotated.count === 0) {
      await this.revokeFamily(stored.familyId);
      this.log.warn(
        { userId: stored.userId, familyId: stored.familyId },
        "refresh token reuse; session family revoked",
      );
      throw unauthenticated("This refresh token was already used; the session has been signed out");
    }
    const user = await this.db.user.findUnique({ where: { id: stored.userId } });
    if (!user?.isActive) {
      await this.revokeFamily(stored.familyId);
      throw unauthenticated("The account is not active");
    }
    return this.issue(user, stored.familyId);
  }

  async logOut(refreshToken: string): Promise<boolean> {
    const stored = await this.db.refreshToken.findUnique({ where: { tokenHash: hashToken(refreshToken) } });
    if (!stored) return false;
    await this.revokeFamily(stored.familyId);
    return true;
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<Session> {
    const user = await this.db.user.findUnique({ where: { id: viewer.userId } });
    if (!user) throw unauthenticated();
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw badInput("currentPassword", "The current password is not correct");
    }
    if (currentPassword === newPassword)
      throw badInput("newPassword", "The new password must differ from the current one");
    assertStrongPassword("newPassword", newPassword, user);
    const passwordHash = await hashPassword(newPassword, this.settings.scryptLogN);
    // A changed password ends every existing session; the caller continues in a fresh one.
    const [updated] = await this.db.$transaction([
      this.db.user.update({ where: { id: user.id }, data: { passwordHash } }),
      this.db.refreshToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } }),
    ]);
    return this.startSession(updated);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  private startSession(user: User): Promise<Session> {
    return this.issue(user, randomUUID());
  }

  private async issue(user: User, familyId: string): Promise<Session> {
    const memberships = await this.db.membership.findMany({ where: { userId: user.id } });
    const roles: Record<string, OrgRole> = Object.fromEntries(memberships.map((m) => [m.organizationId, m.role]));
    const access = await signAccessToken(
      this.keys,
      { userId: user.id, isPlatformAdmin: user.isPlatformAdmin, roles },
      this.settings.accessTokenTtl,
    );
    const refreshToken = randomBytes(32).toString("base64url");
    const refreshTokenExpiresAt = new Date(Date.now() + this.settings.refreshTokenTtl * 1000);
    await this.db.refreshToken.create({
      data: { familyId, userId: user.id, tokenHash: hashToken(refreshToken), expiresAt: refreshTokenExpiresAt },
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      user,
    };
  }
}
