// Demo data: BATbern's company directory with a partner of every tier, speakers, and the conference's session
// speakers in every state. The sessions themselves reach this subgraph's read model from the events subgraph's
// demo domain events once the stack runs; the domain events below are the ones the API would have written.
import {
  CompanyCreated,
  PartnerChanged,
  SpeakerConfirmed,
  SpeakerCreated,
  SpeakerDeclined,
  SpeakerInvited,
} from "@bilten/contracts";
import { recordEvent, type Db } from "@bilten/platform";
import type { InvitationStatus, PartnershipTier, SpeakerRole } from "@bilten/platform/prisma";
import { companyState, invitationState, partnerChange, speakerState } from "./common/domain-events.js";

export interface SpeakersDemo {
  companies: Record<string, string>;
  partners: Record<PartnershipTier, string>;
  speakers: Record<string, string>;
  /** Session speaker ids by status. */
  sessionSpeakers: Record<InvitationStatus, string[]>;
}

interface Owners {
  identity: { organizations: { batbern: string }; users: { conferenceOrganizer: string; attendees: string[] } };
  events: { conference: { eventId: string; sessionIds: string[] } };
}

const COMPANIES = [
  {
    key: "holzbau",
    name: "Holzbau Schweiz AG",
    industry: "Timber construction",
    employees: 420,
    city: "Bern",
    tier: "STRATEGIC",
  },
  {
    key: "reuse",
    name: "Re-Use Bauteilbörse GmbH",
    industry: "Circular construction",
    employees: 35,
    city: "Basel",
    tier: "PLATINUM",
  },
  { key: "energie", name: "Energiewerk Bern AG", industry: "Energy", employees: 1200, city: "Bern", tier: "GOLD" },
  { key: "scan", name: "ScanSpace AG", industry: "Surveying", employees: 60, city: "Zürich", tier: "SILVER" },
  {
    key: "atelier",
    name: "Atelier Aare Architekten",
    industry: "Architecture",
    employees: 18,
    city: "Thun",
    tier: "BRONZE",
  },
  {
    key: "beton",
    name: "Betonwerk Emmental AG",
    industry: "Building materials",
    employees: 240,
    city: "Burgdorf",
    tier: null,
  },
  { key: "uni", name: "Berner Fachhochschule", industry: "Education", employees: 2600, city: "Burgdorf", tier: null },
  {
    key: "stadt",
    name: "Stadt Bern, Bauinspektorat",
    industry: "Public administration",
    employees: 80,
    city: "Bern",
    tier: null,
  },
] as const;

const BENEFITS: Record<PartnershipTier, string[]> = {
  STRATEGIC: ["Keynote slot", "Topic voting", "Logo on every page", "10 conference passes", "Booth in the foyer"],
  PLATINUM: ["Logo on every page", "6 conference passes", "Booth in the foyer"],
  GOLD: ["Logo on the conference website", "4 conference passes"],
  SILVER: ["Logo on the conference website", "2 conference passes"],
  BRONZE: ["Name on the partner page", "1 conference pass"],
};

const SPEAKERS = [
  {
    key: "meret",
    first: "Meret",
    last: "Oppliger",
    company: "atelier",
    position: "Partner architect",
    topics: ["re-use", "housing"],
    langs: ["de", "en"],
  },
  {
    key: "jonas",
    first: "Jonas",
    last: "Zurbuchen",
    company: "holzbau",
    position: "Head of engineering",
    topics: ["timber", "structure"],
    langs: ["de"],
  },
  {
    key: "lea",
    first: "Lea",
    last: "Brunner",
    company: "energie",
    position: "Retrofit programme lead",
    topics: ["energy", "retrofit"],
    langs: ["de", "fr"],
  },
  {
    key: "samuel",
    first: "Samuel",
    last: "Kofler",
    company: "scan",
    position: "CTO",
    topics: ["photogrammetry", "BIM"],
    langs: ["de", "en"],
  },
  {
    key: "ines",
    first: "Ines",
    last: "Marti",
    company: "stadt",
    position: "Head of building permits",
    topics: ["law", "permits"],
    langs: ["de"],
  },
  {
    key: "david",
    first: "David",
    last: "Rossi",
    company: "reuse",
    position: "Founder",
    topics: ["circularity", "materials passports"],
    langs: ["en", "it"],
  },
  {
    key: "nora",
    first: "Nora",
    last: "Keller",
    company: "uni",
    position: "Professor of timber construction",
    topics: ["timber", "teaching"],
    langs: ["de", "en"],
  },
  {
    key: "urs",
    first: "Urs",
    last: "Gerber",
    company: "beton",
    position: "Managing director",
    topics: ["concrete", "low-carbon cement"],
    langs: ["de"],
  },
  {
    key: "chiara",
    first: "Chiara",
    last: "Conti",
    company: null,
    position: "Independent researcher",
    topics: ["schools", "timber"],
    langs: ["it", "de", "en"],
  },
] as const;
type SpeakerKey = (typeof SPEAKERS)[number]["key"];

/** [session index in the conference's schedule, speaker, role, status, decline reason]. */
const LINEUP: [number, SpeakerKey, SpeakerRole, InvitationStatus, string?][] = [
  [1, "meret", "PRIMARY_SPEAKER", "CONFIRMED"],
  [3, "jonas", "PRIMARY_SPEAKER", "CONFIRMED"],
  [3, "nora", "CO_SPEAKER", "CONFIRMED"],
  [4, "lea", "PRIMARY_SPEAKER", "CONFIRMED"],
  [5, "samuel", "PRIMARY_SPEAKER", "INVITED"],
  [7, "meret", "MODERATOR", "CONFIRMED"],
  [7, "ines", "PANELIST", "CONFIRMED"],
  [7, "urs", "PANELIST", "DECLINED", "Travelling that week; happy to join next year."],
  [7, "david", "PANELIST", "INVITED"],
  [9, "david", "PRIMARY_SPEAKER", "CONFIRMED"],
  [10, "david", "CO_SPEAKER", "CONFIRMED"],
  [10, "urs", "PRIMARY_SPEAKER", "DECLINED", "A client deadline; please ask again for the next edition."],
  [11, "chiara", "PRIMARY_SPEAKER", "INVITED"],
  [13, "nora", "MODERATOR", "CONFIRMED"],
];

const DAY = 24 * 3_600_000;
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z]+/g, "");

export async function seedSpeakersDemo(db: Db, owners: Owners): Promise<SpeakersDemo> {
  const organizationId = owners.identity.organizations.batbern;
  const organizer = owners.identity.users.conferenceOrganizer;
  const [, partnerContact, chiara] = owners.identity.users.attendees;
  const existing = await db.company.findFirst({ where: { name: COMPANIES[0].name } });
  if (existing) return describe(db);

  const companies: Record<string, string> = {};
  for (const c of COMPANIES) {
    const company = await db.company.create({
      data: {
        name: c.name,
        displayName: c.name.replace(/ (AG|GmbH)$/, ""),
        industry: c.industry,
        employeeCount: c.employees,
        headquartersCity: c.city,
        headquartersCountry: "Switzerland",
        website: `https://${slug(c.name).slice(0, 20)}.example`,
        description: `${c.industry} from ${c.city}.`,
        socialLinks: { linkedIn: `https://www.linkedin.com/company/${slug(c.name).slice(0, 20)}` },
        isPartner: c.tier !== null,
        organizationId,
        createdBy: organizer,
      },
    });
    companies[c.key] = company.id;
    await recordEvent(db, CompanyCreated, companyState(company));
    if (c.tier) {
      const partner = await db.partner.create({
        data: {
          companyId: company.id,
          tier: c.tier,
          startDate: new Date(Date.UTC(2020 + COMPANIES.indexOf(c), 0, 1)),
          benefits: BENEFITS[c.tier],
          ...(c.tier === "STRATEGIC" && partnerContact
            ? { contacts: { create: [{ userId: partnerContact, role: "Head of Marketing" }] } }
            : {}),
        },
      });
      await recordEvent(db, PartnerChanged, partnerChange(partner, { change: "CREATED" }));
    }
  }

  const speakers: Record<string, string> = {};
  for (const s of SPEAKERS) {
    const speaker = await db.speaker.create({
      data: {
        email: `${s.first.toLowerCase()}.${slug(s.last)}@speakers.example`,
        firstName: s.first,
        lastName: s.last,
        companyId: s.company ? companies[s.company] : null,
        position: s.position,
        shortBio: `${s.first} ${s.last} works on ${s.topics.join(" and ")}.`,
        detailedBio: `${s.first} ${s.last} (${s.position}) speaks about ${s.topics.join(", ")} at conferences across Switzerland.`,
        expertiseAreas: [...s.topics],
        speakingTopics: [...s.topics],
        languages: [...s.langs],
        certifications: s.key === "jonas" ? ["SIA structural engineer"] : [],
        linkedInUrl: `https://www.linkedin.com/in/${slug(s.first + s.last)}`,
        // Chiara (an attendee account) has her own profile and answers her invitation herself.
        userId: s.key === "chiara" ? (chiara ?? null) : null,
        organizationId: s.key === "chiara" ? null : organizationId,
        createdBy: s.key === "chiara" && chiara ? chiara : organizer,
        ...(s.key === "david"
          ? {
              pastEngagements: {
                create: [
                  {
                    title: "Materials passports in practice",
                    eventName: "Circular Building Days 2025",
                    heldOn: new Date(Date.UTC(2025, 9, 14)),
                  },
                ],
              },
            }
          : {}),
      },
    });
    speakers[s.key] = speaker.id;
    await recordEvent(db, SpeakerCreated, speakerState(speaker));
  }

  const sessionIds = owners.events.conference.sessionIds;
  const now = Date.now();
  for (const [index, key, role, status, reason] of LINEUP) {
    const sessionId = sessionIds[index];
    const speakerId = speakers[key];
    if (!sessionId || !speakerId) continue;
    const invitedAt = new Date(now - (20 - index) * DAY);
    const row = await db.sessionSpeaker.create({
      data: {
        sessionId,
        speakerId,
        role,
        status,
        invitedAt,
        invitedBy: organizer,
        confirmedAt: status === "CONFIRMED" ? new Date(invitedAt.getTime() + 2 * DAY) : null,
        declinedAt: status === "DECLINED" ? new Date(invitedAt.getTime() + 3 * DAY) : null,
        declineReason: reason ?? null,
        answeredBy: status === "INVITED" ? null : organizer,
      },
    });
    const eventId = owners.events.conference.eventId;
    await recordEvent(
      db,
      SpeakerInvited,
      invitationState({ ...row, status: "INVITED", confirmedAt: null, declinedAt: null }, eventId),
    );
    if (status === "CONFIRMED") await recordEvent(db, SpeakerConfirmed, invitationState(row, eventId));
    if (status === "DECLINED")
      await recordEvent(db, SpeakerDeclined, { ...invitationState(row, eventId), reason: reason ?? null });
  }
  return describe(db);
}

/** The ids of what the demo created (also when it was created by an earlier start). */
async function describe(db: Db): Promise<SpeakersDemo> {
  const companies = await db.company.findMany({
    where: { name: { in: COMPANIES.map((c) => c.name) } },
    include: { partner: true },
  });
  const byName = new Map(companies.map((c) => [c.name, c]));
  const speakers = await db.speaker.findMany({ where: { email: { endsWith: "@speakers.example" } } });
  const rows = await db.sessionSpeaker.findMany({ where: { speakerId: { in: speakers.map((s) => s.id) } } });
  const partners = {} as Record<PartnershipTier, string>;
  for (const company of companies) if (company.partner) partners[company.partner.tier] = company.partner.id;
  return {
    companies: Object.fromEntries(COMPANIES.map((c) => [c.key, byName.get(c.name)?.id ?? ""])),
    partners,
    speakers: Object.fromEntries(
      SPEAKERS.map((s) => [
        s.key,
        speakers.find((row) => row.firstName === s.first && row.lastName === s.last)?.id ?? "",
      ]),
    ),
    sessionSpeakers: {
      INVITED: rows.filter((r) => r.status === "INVITED").map((r) => r.id),
      CONFIRMED: rows.filter((r) => r.status === "CONFIRMED").map((r) => r.id),
      DECLINED: rows.filter((r) => r.status === "DECLINED").map((r) => r.id),
    },
  };
}
