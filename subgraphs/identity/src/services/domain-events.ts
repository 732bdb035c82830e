// identity's domain events: only what other subgraphs need (company affiliation, consent, roles), never e-mail
// addresses or names.
import type { NewDomainEvent } from "@bilten/platform";
import type { Membership, User } from "@bilten/platform/prisma";

export const OUTBOX = "identity";

export function userEvent(eventType: "UserRegistered" | "UserProfileChanged", user: User): NewDomainEvent {
  return {
    aggregateType: "User",
    aggregateId: user.id,
    eventType,
    data: {
      userId: user.id,
      companyId: user.companyId,
      gdprConsentGiven: user.gdprConsentGiven,
      gdprConsentAt: user.gdprConsentAt?.toISOString() ?? null,
      newsletterSubscription: user.newsletterSubscription,
      updatedAt: user.updatedAt.toISOString(),
    },
  };
}

export function membershipEvent(membership: Pick<Membership, "organizationId" | "userId">, role: Membership["role"] | null): NewDomainEvent {
  return {
    aggregateType: "Organization",
    aggregateId: membership.organizationId,
    eventType: "MembershipChanged",
    data: { organizationId: membership.organizationId, userId: membership.userId, role, changedAt: new Date().toISOString() },
  };
}
