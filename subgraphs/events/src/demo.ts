// Demo data: a two-day BATbern-like conference with several rooms and a one-night Bilten concert, plus a draft.
import { EventCreated, EventPublished, SessionScheduled } from "@bilten/contracts";
import { recordEvent, type Db } from "@bilten/platform";
import type { SessionType } from "@bilten/platform/prisma";
import { eventColumns } from "./loaders.js";
import { eventState, sessionState } from "./services/domain-events.js";

export interface EventsDemo {
  conference: { eventId: string; sessionIds: string[]; venueId: string };
  concert: { eventId: string; venueId: string };
  draftEventId: string;
}

interface Owners {
  organizations: { bilten: string; batbern: string };
  users: { organizer: string; conferenceOrganizer: string };
}

const HOUR = 3_600_000;

/** Midnight UTC, `days` from now: demo events are always upcoming. */
function dayFromNow(days: number): number {
  const d = new Date(Date.now() + days * 24 * HOUR);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
const at = (day: number, hours: number) => new Date(day + hours * HOUR);

export async function seedEventsDemo(db: Db, owners: Owners): Promise<EventsDemo> {
  const existing = await db.event.findFirst({
    where: { title: "BATbern 57: Bauen im Bestand" },
    include: { sessions: true },
  });
  const concertExisting = await db.event.findFirst({ where: { title: "Bilten Live: Stiller Has" } });
  const draftExisting = await db.event.findFirst({ where: { title: "BATbern 58 (planning)" } });
  if (existing?.venueId && concertExisting?.venueId && draftExisting) {
    return {
      conference: { eventId: existing.id, sessionIds: existing.sessions.map((s) => s.id), venueId: existing.venueId },
      concert: { eventId: concertExisting.id, venueId: concertExisting.venueId },
      draftEventId: draftExisting.id,
    };
  }

  const kursaal = await db.venue.create({
    data: {
      organizationId: owners.organizations.batbern,
      name: "Kursaal Bern",
      address: "Kornhausstrasse 3",
      city: "Bern",
      country: "Switzerland",
      postalCode: "3013",
      capacity: 800,
      amenities: ["wifi", "wheelchair access", "catering", "cloakroom"],
      rooms: {
        create: [
          { name: "Arena", capacity: 600 },
          { name: "Szenario", capacity: 120 },
          { name: "Studio", capacity: 40 },
        ],
      },
    },
    include: { rooms: true },
  });
  const room = (name: string) => kursaal.rooms.find((r) => r.name === name)?.id ?? null;

  const day1 = dayFromNow(30);
  const day2 = day1 + 24 * HOUR;
  // Times in UTC; the conference runs in Europe/Zurich (UTC+1 or +2).
  const conference = await db.event.create({
    data: {
      title: "BATbern 57: Bauen im Bestand",
      description:
        "Two days on building in existing fabric: re-use, timber hybrids, energy retrofits and the law around them. " +
        "Keynotes, hands-on workshops and a panel with Bern's building authority.",
      organizationId: owners.organizations.batbern,
      organizerId: owners.users.conferenceOrganizer,
      venueId: kursaal.id,
      startsAt: at(day1, 7),
      endsAt: at(day2, 17),
      registrationDeadline: at(day1 - 7 * 24 * HOUR, 22),
      capacity: 500,
      topics: ["architecture", "renovation", "sustainability", "timber"],
      metadata: { series: "BATbern", edition: 57 },
      status: "REGISTRATION_OPEN",
      publishedAt: new Date(),
    },
  });
  const sessions: [number, number, number, string, SessionType, string | null, string[]][] = [
    [day1, 7, 7.5, "Registration and coffee", "NETWORKING", null, []],
    [day1, 7.5, 8.5, "Opening keynote: The city is already built", "KEYNOTE", "Arena", ["re-use"]],
    [day1, 8.5, 9, "Coffee break", "BREAK", null, []],
    [day1, 9, 10, "Timber on top: adding storeys to concrete frames", "PRESENTATION", "Arena", ["timber", "structure"]],
    [day1, 9, 10, "Energy retrofits that residents accept", "PRESENTATION", "Szenario", ["energy"]],
    [
      day1,
      9,
      11,
      "Workshop: surveying existing buildings with photogrammetry",
      "WORKSHOP",
      "Studio",
      ["survey", "digital"],
    ],
    [day1, 11, 12, "Lunch", "LUNCH", null, []],
    [day1, 12, 13.5, "Panel: permits for re-use, with Bern's building authority", "PANEL_DISCUSSION", "Arena", ["law"]],
    [day1, 16, 17, "Apéro", "NETWORKING", null, []],
    [day2, 7.5, 8.5, "Keynote: Materials passports in practice", "KEYNOTE", "Arena", ["circularity"]],
    [day2, 9, 10.5, "Workshop: designing for disassembly", "WORKSHOP", "Szenario", ["circularity"]],
    [day2, 9, 10, "Case study: the Lorraine school extension", "PRESENTATION", "Arena", ["timber", "schools"]],
    [day2, 11, 12, "Lunch", "LUNCH", null, []],
    [day2, 12, 13, "Closing panel: what we will build less of", "PANEL_DISCUSSION", "Arena", []],
  ];
  const sessionIds: string[] = [];
  for (const [day, from, to, title, sessionType, roomName, tags] of sessions) {
    const session = await db.session.create({
      data: {
        eventId: conference.id,
        title,
        sessionType,
        startsAt: at(day, from),
        endsAt: at(day, to),
        roomId: roomName ? room(roomName) : null,
        language: title.startsWith("Keynote: Materials") ? "en" : "de",
        tags,
        audienceLevels: sessionType === "WORKSHOP" ? ["INTERMEDIATE", "ADVANCED"] : [],
        prerequisites: sessionType === "WORKSHOP" ? ["Bring a laptop"] : [],
      },
    });
    sessionIds.push(session.id);
  }

  const bierhuebeli = await db.venue.create({
    data: {
      organizationId: owners.organizations.bilten,
      name: "Bierhübeli",
      address: "Neubrückstrasse 43",
      city: "Bern",
      country: "Switzerland",
      postalCode: "3012",
      capacity: 1000,
      amenities: ["bar", "cloakroom", "wheelchair access"],
      rooms: { create: [{ name: "Saal", capacity: 1000 }] },
    },
  });
  const concertDay = dayFromNow(14);
  const concert = await db.event.create({
    data: {
      title: "Bilten Live: Stiller Has",
      description: "Bernese mundart rock, one night only. Doors 19:00, show 20:00.",
      organizationId: owners.organizations.bilten,
      organizerId: owners.users.organizer,
      venueId: bierhuebeli.id,
      startsAt: at(concertDay, 18),
      endsAt: at(concertDay, 22.5),
      capacity: 900,
      topics: ["music", "concert"],
      metadata: { doorsOpen: "19:00", ageLimit: 16 },
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });

  const draft = await db.event.create({
    data: {
      title: "BATbern 58 (planning)",
      description: "Topic to be defined.",
      organizationId: owners.organizations.batbern,
      organizerId: owners.users.conferenceOrganizer,
      startsAt: at(dayFromNow(200), 7),
      endsAt: at(dayFromNow(200), 17),
      status: "DRAFT",
    },
  });

  // The same domain events the API would have written, so other subgraphs' read models learn the demo events.
  const rows = await db.event.findMany({
    where: { id: { in: [conference.id, concert.id, draft.id] } },
    select: eventColumns,
  });
  for (const row of rows) {
    await recordEvent(db, EventCreated, eventState(row));
    if (row.publishedAt) await recordEvent(db, EventPublished, eventState(row));
  }
  for (const session of await db.session.findMany({
    where: { eventId: conference.id },
    orderBy: { startsAt: "asc" },
  })) {
    await recordEvent(db, SessionScheduled, sessionState(session));
  }

  return {
    conference: { eventId: conference.id, sessionIds, venueId: kursaal.id },
    concert: { eventId: concert.id, venueId: bierhuebeli.id },
    draftEventId: draft.id,
  };
}
