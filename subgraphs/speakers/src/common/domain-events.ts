// The payloads of the speakers subgraph's domain events (the seed's envelope; written through the outbox). Each
// carries the aggregate's current state; personal data (e-mail addresses) stays in the database.
import type { NewDomainEvent } from "@bilten/platform";
import type { Company, CompanyLogo, Partner, SessionSpeaker, Speaker } from "@bilten/platform/prisma";

export const OUTBOX = "speakers";

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

export function companyEvent(eventType: string, company: Company, extra: Record<string, unknown> = {}): NewDomainEvent {
  return {
    aggregateType: "Company",
    aggregateId: company.id,
    eventType,
    data: {
      companyId: company.id,
      name: company.name,
      displayName: company.displayName,
      isPartner: company.isPartner,
      organizationId: company.organizationId,
      updatedAt: company.updatedAt.toISOString(),
      ...extra,
    },
  };
}

export function logoEvent(logo: CompanyLogo, replaced: CompanyLogo | null): NewDomainEvent {
  return {
    aggregateType: "Company",
    aggregateId: logo.companyId,
    eventType: "CompanyLogoChanged",
    data: {
      companyId: logo.companyId,
      logoId: logo.id,
      mimeType: logo.mimeType,
      fileSizeBytes: Number(logo.fileSizeBytes),
      url: `/media/${logo.storageKey}`,
      replacedLogoId: replaced?.id ?? null,
    },
  };
}

export type PartnerChange = "CREATED" | "UPDATED" | "CONTACT_ADDED" | "CONTACT_REMOVED";

export function partnerEvent(partner: Partner, change: PartnerChange, extra: Record<string, unknown> = {}): NewDomainEvent {
  return {
    aggregateType: "Partner",
    aggregateId: partner.id,
    eventType: "PartnerChanged",
    data: {
      partnerId: partner.id,
      companyId: partner.companyId,
      tier: partner.tier,
      startDate: day(partner.startDate),
      endDate: day(partner.endDate),
      isActive: partner.isActive,
      benefits: partner.benefits,
      change,
      updatedAt: partner.updatedAt.toISOString(),
      ...extra,
    },
  };
}

export function speakerEvent(eventType: string, speaker: Speaker, extra: Record<string, unknown> = {}): NewDomainEvent {
  return {
    aggregateType: "Speaker",
    aggregateId: speaker.id,
    eventType,
    data: {
      speakerId: speaker.id,
      firstName: speaker.firstName,
      lastName: speaker.lastName,
      companyId: speaker.companyId,
      userId: speaker.userId,
      organizationId: speaker.organizationId,
      availability: speaker.availability,
      updatedAt: speaker.updatedAt.toISOString(),
      ...extra,
    },
  };
}

/** SpeakerInvited, SpeakerConfirmed, SpeakerDeclined, SpeakerInvitationWithdrawn. */
export function invitationEvent(eventType: string, row: SessionSpeaker, eventId: string | null, extra: Record<string, unknown> = {}): NewDomainEvent {
  return {
    aggregateType: "SessionSpeaker",
    aggregateId: row.id,
    eventType,
    data: {
      sessionSpeakerId: row.id,
      speakerId: row.speakerId,
      sessionId: row.sessionId,
      eventId,
      role: row.role,
      status: row.status,
      invitedAt: row.invitedAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      declinedAt: row.declinedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      ...extra,
    },
  };
}
