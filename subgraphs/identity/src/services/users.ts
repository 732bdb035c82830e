// Profiles and who may see a person's personal data.
import {
  inTransaction,
  optionalText,
  requireId,
  requireText,
  requireViewer,
  type Db,
  type OutboxRelay,
  type Viewer,
} from "@bilten/platform";
import { UserProfileChanged } from "@bilten/contracts";
import { userState } from "./domain-events.js";
import type { User } from "@bilten/platform/prisma";
import type { IdentityLoaders } from "../loaders.js";

export interface UpdateProfileInput {
  firstName?: string | null;
  lastName?: string | null;
  position?: string | null;
  companyId?: string | null;
  newsletterSubscription?: boolean | null;
  gdprConsent?: boolean | null;
}

/** Roles that may see the personal data of their organization's members. */
const STAFF_ROLES = new Set(["ADMIN", "ORGANIZER"]);

export class UserService {
  /** A user who signed in during this request (the request itself carried no token yet). */
  private signedInNow: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: IdentityLoaders,
    private readonly outbox?: OutboxRelay,
  ) {}

  /** After sign-up or log-in the response may show the new session's own user in full. */
  signedIn(userId: string): void {
    this.signedInNow = userId;
  }

  byId(id: string): Promise<User | null> {
    return this.loaders.userById.load(id);
  }

  /** The user, platform admins, and admins/organizers of an organization the user belongs to. */
  async canSeePersonalData(user: Pick<User, "id">): Promise<boolean> {
    if (this.signedInNow === user.id) return true;
    const viewer = this.viewer;
    if (!viewer) return false;
    if (viewer.userId === user.id || viewer.isPlatformAdmin) return true;
    const staffOf = Object.entries(viewer.roles).filter(([, role]) => STAFF_ROLES.has(role));
    if (staffOf.length === 0) return false;
    const memberships = await this.loaders.membershipsByUserId.load(user.id);
    return memberships.some((m) => STAFF_ROLES.has(viewer.roles[m.organizationId] ?? ""));
  }

  async updateProfile(input: UpdateProfileInput): Promise<User> {
    const viewer = requireViewer(this.viewer);
    const data: Parameters<Db["user"]["update"]>[0]["data"] = {};
    if (input.firstName !== undefined)
      data.firstName = requireText("input.firstName", input.firstName ?? "", { max: 100 });
    if (input.lastName !== undefined) data.lastName = requireText("input.lastName", input.lastName ?? "", { max: 100 });
    if (input.position !== undefined) data.position = optionalText("input.position", input.position, 255);
    if (input.companyId !== undefined)
      data.companyId = input.companyId ? requireId("input.companyId", input.companyId) : null;
    if (input.newsletterSubscription != null) data.newsletterSubscription = input.newsletterSubscription;
    if (input.gdprConsent != null) {
      const current = await this.db.user.findUnique({
        where: { id: viewer.userId },
        select: { gdprConsentGiven: true },
      });
      // Re-confirming keeps the original date; a new consent or a withdrawal changes it.
      if (current && current.gdprConsentGiven !== input.gdprConsent) {
        data.gdprConsentGiven = input.gdprConsent;
        data.gdprConsentAt = input.gdprConsent ? new Date() : null;
      }
    }
    const updated = await inTransaction(this.db, this.outbox, async (tx, record) => {
      const user = await tx.user.update({ where: { id: viewer.userId }, data });
      await record(UserProfileChanged, userState(user));
      return user;
    });
    this.loaders.userById.clear(updated.id);
    return updated;
  }
}
