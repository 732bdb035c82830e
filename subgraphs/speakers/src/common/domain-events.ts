// The payloads of the speakers subgraph's domain events (contracts in @bilten/contracts). Each carries the
// aggregate's current state; personal data (e-mail addresses) stays in the database.
import type {
  CompanyCreated,
  CompanyLogoChanged,
  PartnerChanged,
  PayloadInput,
  SpeakerConfirmed,
  SpeakerCreated,
} from "@bilten/contracts";
import type { Company, CompanyLogo, Partner, SessionSpeaker, Speaker } from "@bilten/platform/prisma";

export const OUTBOX = "speakers";

const day = (date: Date) => date.toISOString().slice(0, 10);

export function companyState(company: Company): PayloadInput<typeof CompanyCreated> {
  return {
    companyId: company.id,
    name: company.name,
    displayName: company.displayName,
    isPartner: company.isPartner,
    organizationId: company.organizationId,
    updatedAt: company.updatedAt.toISOString(),
  };
}

export function logoChange(logo: CompanyLogo, replaced: CompanyLogo | null): PayloadInput<typeof CompanyLogoChanged> {
  return {
    companyId: logo.companyId,
    logoId: logo.id,
    mimeType: logo.mimeType,
    fileSizeBytes: Number(logo.fileSizeBytes),
    url: `/media/${logo.storageKey}`,
    replacedLogoId: replaced?.id ?? null,
  };
}

type PartnerChange = PayloadInput<typeof PartnerChanged>;
type WithoutState<T> = T extends unknown ? Omit<T, keyof ReturnType<typeof partnerState>> : never;
/** What a PartnerChanged adds to the partnership's state: the kind of change and what goes with it. */
type PartnerChangeDetail = WithoutState<PartnerChange>;

function partnerState(partner: Partner) {
  return {
    partnerId: partner.id,
    companyId: partner.companyId,
    tier: partner.tier,
    startDate: day(partner.startDate),
    endDate: partner.endDate ? day(partner.endDate) : null,
    isActive: partner.isActive,
    benefits: partner.benefits,
    updatedAt: partner.updatedAt.toISOString(),
  };
}

export function partnerChange(partner: Partner, detail: PartnerChangeDetail): PartnerChange {
  return { ...partnerState(partner), ...detail };
}

export function speakerState(speaker: Speaker): PayloadInput<typeof SpeakerCreated> {
  return {
    speakerId: speaker.id,
    firstName: speaker.firstName,
    lastName: speaker.lastName,
    companyId: speaker.companyId,
    userId: speaker.userId,
    organizationId: speaker.organizationId,
    availability: speaker.availability,
    updatedAt: speaker.updatedAt.toISOString(),
  };
}

/** The invitation's state, as SpeakerInvited, SpeakerConfirmed, SpeakerDeclined and SpeakerInvitationWithdrawn carry it. */
export function invitationState(row: SessionSpeaker, eventId: string | null): PayloadInput<typeof SpeakerConfirmed> {
  return {
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
  };
}
