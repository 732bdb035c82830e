// The identity subgraph's domain events: only what other subgraphs need (company affiliation, consent, roles), never
// e-mail addresses or names.
import { z } from "zod";
import { defineEvent } from "./contract.js";
import { id, instant } from "./fields.js";

export const MembershipRole = z.enum([
  "ADMIN",
  "ORGANIZER",
  "CHECK_IN_STAFF",
  "SPEAKER",
  "PARTNER_CONTACT",
  "ATTENDEE",
]);

const user = {
  userId: id,
  companyId: id.nullable(),
  gdprConsentGiven: z.boolean(),
  gdprConsentAt: instant.nullable(),
  newsletterSubscription: z.boolean(),
  updatedAt: instant,
};

export const UserRegistered = defineEvent({
  source: "identity",
  name: "UserRegistered",
  version: 1,
  aggregateType: "User",
  aggregateId: "userId",
  payload: z.strictObject(user),
});

export const UserProfileChanged = defineEvent({
  source: "identity",
  name: "UserProfileChanged",
  version: 1,
  aggregateType: "User",
  aggregateId: "userId",
  payload: z.strictObject(user),
});

export const OrganizationCreated = defineEvent({
  source: "identity",
  name: "OrganizationCreated",
  version: 1,
  aggregateType: "Organization",
  aggregateId: "organizationId",
  payload: z.strictObject({ organizationId: id, name: z.string(), createdBy: id }),
});

/** A role given, changed or (role null) taken away. */
export const MembershipChanged = defineEvent({
  source: "identity",
  name: "MembershipChanged",
  version: 1,
  aggregateType: "Organization",
  aggregateId: "organizationId",
  payload: z.strictObject({ organizationId: id, userId: id, role: MembershipRole.nullable(), changedAt: instant }),
});

export const identityEvents = [UserRegistered, UserProfileChanged, OrganizationCreated, MembershipChanged] as const;
