// identity's domain events (contracts in @bilten/contracts): only what other subgraphs need (company affiliation,
// consent, roles), never e-mail addresses or names.
import type { MembershipChanged, PayloadInput, UserRegistered } from "@bilten/contracts";
import type { Membership, User } from "@bilten/platform/prisma";

export const OUTBOX = "identity";

/** The payload of UserRegistered and UserProfileChanged. */
export function userState(user: User): PayloadInput<typeof UserRegistered> {
  return {
    userId: user.id,
    companyId: user.companyId,
    gdprConsentGiven: user.gdprConsentGiven,
    gdprConsentAt: user.gdprConsentAt?.toISOString() ?? null,
    newsletterSubscription: user.newsletterSubscription,
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** The payload of MembershipChanged; a null role is a membership taken away. */
export function membershipChange(
  membership: Pick<Membership, "organizationId" | "userId">,
  role: Membership["role"] | null,
): PayloadInput<typeof MembershipChanged> {
  return {
    organizationId: membership.organizationId,
    userId: membership.userId,
    role,
    changedAt: new Date().toISOString(),
  };
}
