// The speakers subgraph's domain events. Each carries the aggregate's current state; personal data (e-mail
// addresses) stays in its database.
import { z } from "zod";
import { defineEvent } from "./contract.js";
import { changed, day, id, instant } from "./fields.js";

export const PartnershipTier = z.enum(["BRONZE", "SILVER", "GOLD", "PLATINUM", "STRATEGIC"]);
export const SpeakerAvailability = z.enum(["AVAILABLE", "BUSY", "UNAVAILABLE", "INVITED", "CONFIRMED", "DECLINED"]);
export const SpeakerRole = z.enum(["PRIMARY_SPEAKER", "CO_SPEAKER", "MODERATOR", "PANELIST"]);
export const InvitationStatus = z.enum(["INVITED", "CONFIRMED", "DECLINED"]);

const company = {
  companyId: id,
  name: z.string(),
  displayName: z.string(),
  isPartner: z.boolean(),
  organizationId: id,
  updatedAt: instant,
};

export const CompanyCreated = defineEvent({
  source: "speakers",
  name: "CompanyCreated",
  version: 1,
  aggregateType: "Company",
  aggregateId: "companyId",
  payload: z.strictObject(company),
});

export const CompanyUpdated = defineEvent({
  source: "speakers",
  name: "CompanyUpdated",
  version: 1,
  aggregateType: "Company",
  aggregateId: "companyId",
  payload: z.strictObject({ ...company, changed }),
});

export const CompanyLogoChanged = defineEvent({
  source: "speakers",
  name: "CompanyLogoChanged",
  version: 1,
  aggregateType: "Company",
  aggregateId: "companyId",
  payload: z.strictObject({
    companyId: id,
    logoId: id,
    mimeType: z.string(),
    fileSizeBytes: z.int().nonnegative(),
    /** Path under the gateway's origin, /media/<key>. */
    url: z.string(),
    replacedLogoId: id.nullable(),
  }),
});

const partner = {
  partnerId: id,
  companyId: id,
  tier: PartnershipTier,
  startDate: day,
  endDate: day.nullable(),
  isActive: z.boolean(),
  benefits: z.array(z.string()),
  updatedAt: instant,
};

/** Every change of a partnership; what else it carries depends on `change`. */
export const PartnerChanged = defineEvent({
  source: "speakers",
  name: "PartnerChanged",
  version: 1,
  aggregateType: "Partner",
  aggregateId: "partnerId",
  payload: z.discriminatedUnion("change", [
    z.strictObject({ ...partner, change: z.literal("CREATED") }),
    z.strictObject({ ...partner, change: z.literal("UPDATED"), changed }),
    /** The contact added or removed. */
    z.strictObject({ ...partner, change: z.enum(["CONTACT_ADDED", "CONTACT_REMOVED"]), userId: id }),
  ]),
});

const speaker = {
  speakerId: id,
  firstName: z.string(),
  lastName: z.string(),
  companyId: id.nullable(),
  userId: id.nullable(),
  organizationId: id.nullable(),
  availability: SpeakerAvailability,
  updatedAt: instant,
};

export const SpeakerCreated = defineEvent({
  source: "speakers",
  name: "SpeakerCreated",
  version: 1,
  aggregateType: "Speaker",
  aggregateId: "speakerId",
  payload: z.strictObject(speaker),
});

export const SpeakerUpdated = defineEvent({
  source: "speakers",
  name: "SpeakerUpdated",
  version: 1,
  aggregateType: "Speaker",
  aggregateId: "speakerId",
  payload: z.strictObject({ ...speaker, changed }),
});

const invitation = {
  sessionSpeakerId: id,
  speakerId: id,
  sessionId: id,
  /** Null when the session had not reached this subgraph's read model. */
  eventId: id.nullable(),
  role: SpeakerRole,
  status: InvitationStatus,
  invitedAt: instant,
  confirmedAt: instant.nullable(),
  declinedAt: instant.nullable(),
  updatedAt: instant,
};

const ofInvitation = <const N extends string, S extends z.ZodType<{ sessionSpeakerId: string }>>(name: N, payload: S) =>
  defineEvent({
    source: "speakers",
    name,
    version: 1,
    aggregateType: "SessionSpeaker",
    aggregateId: "sessionSpeakerId",
    payload,
  });

/** A new invitation, or (resent) a declined one sent again. */
export const SpeakerInvited = ofInvitation(
  "SpeakerInvited",
  z.strictObject({ ...invitation, resent: z.literal(true).optional() }),
);
export const SpeakerConfirmed = ofInvitation("SpeakerConfirmed", z.strictObject(invitation));
export const SpeakerDeclined = ofInvitation(
  "SpeakerDeclined",
  z.strictObject({ ...invitation, reason: z.string().nullable() }),
);
export const SpeakerInvitationWithdrawn = ofInvitation("SpeakerInvitationWithdrawn", z.strictObject(invitation));

export const speakersEvents = [
  CompanyCreated,
  CompanyUpdated,
  CompanyLogoChanged,
  PartnerChanged,
  SpeakerCreated,
  SpeakerUpdated,
  SpeakerInvited,
  SpeakerConfirmed,
  SpeakerDeclined,
  SpeakerInvitationWithdrawn,
] as const;
