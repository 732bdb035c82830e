// Per-request DataLoaders: every entity and every list of the speakers subgraph is read through one of these, so a
// request costs one statement per kind of row, whatever the number of parents.
import type DataLoader from "dataloader";
import { byIdLoader, groupLoader, type DbClient } from "@bilten/platform";
import type {
  Company,
  CompanyLogo,
  Partner,
  PartnerContact,
  SessionSpeaker,
  Speaker,
  SpeakersEventRef,
  SpeakersSessionRef,
  SpeakingEngagement,
} from "@bilten/platform/prisma";

/** One row (or none) per key, from a loader of groups. */
function firstOf<V>(loader: DataLoader<string, V[]>) {
  return {
    load: async (key: string): Promise<V | null> => (await loader.load(key))[0] ?? null,
    clear: (key: string) => loader.clear(key),
  };
}

export function createLoaders(db: DbClient) {
  const partnersByCompanyId = groupLoader<Partner>(
    (ids) => db.partner.findMany({ where: { companyId: { in: ids } } }),
    (p) => p.companyId,
  );
  const currentLogosByCompanyId = groupLoader<CompanyLogo>(
    (ids) => db.companyLogo.findMany({ where: { companyId: { in: ids }, isCurrent: true } }),
    (logo) => logo.companyId,
  );
  const speakersByUserId = groupLoader<Speaker>(
    (ids) => db.speaker.findMany({ where: { userId: { in: ids } } }),
    (s) => s.userId ?? "",
  );
  return {
    companyById: byIdLoader<Company>((ids) => db.company.findMany({ where: { id: { in: ids } } })),
    partnerById: byIdLoader<Partner>((ids) => db.partner.findMany({ where: { id: { in: ids } } })),
    partnerByCompanyId: firstOf(partnersByCompanyId),
    contactsByPartnerId: groupLoader<PartnerContact>(
      (ids) =>
        db.partnerContact.findMany({
          where: { partnerId: { in: ids } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
      (c) => c.partnerId,
    ),
    currentLogoByCompanyId: firstOf(currentLogosByCompanyId),
    speakerById: byIdLoader<Speaker>((ids) => db.speaker.findMany({ where: { id: { in: ids } } })),
    speakerByUserId: firstOf(speakersByUserId),
    speakersByCompanyId: groupLoader<Speaker>(
      (ids) =>
        db.speaker.findMany({
          where: { companyId: { in: ids } },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        }),
      (s) => s.companyId ?? "",
    ),
    pastEngagementsBySpeakerId: groupLoader<SpeakingEngagement>(
      (ids) =>
        db.speakingEngagement.findMany({
          where: { speakerId: { in: ids } },
          orderBy: [{ heldOn: "desc" }, { id: "asc" }],
        }),
      (e) => e.speakerId,
    ),
    assignmentsBySessionId: groupLoader<SessionSpeaker>(
      (ids) =>
        db.sessionSpeaker.findMany({
          where: { sessionId: { in: ids } },
          orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
        }),
      (a) => a.sessionId,
    ),
    assignmentsBySpeakerId: groupLoader<SessionSpeaker>(
      (ids) =>
        db.sessionSpeaker.findMany({
          where: { speakerId: { in: ids } },
          orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
        }),
      (a) => a.speakerId,
    ),
    sessionSpeakerById: byIdLoader<SessionSpeaker>((ids) => db.sessionSpeaker.findMany({ where: { id: { in: ids } } })),
    sessionRefById: byIdLoader<SpeakersSessionRef>((ids) =>
      db.speakersSessionRef.findMany({ where: { id: { in: ids } } }),
    ),
    eventRefById: byIdLoader<SpeakersEventRef>((ids) => db.speakersEventRef.findMany({ where: { id: { in: ids } } })),
  };
}

export type SpeakersLoaders = ReturnType<typeof createLoaders>;
