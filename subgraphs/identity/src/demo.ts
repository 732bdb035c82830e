// Demo data for the embedded default: two organizations, their staff and a few attendees.
import type { Db } from "@bilten/platform";
import type { MembershipRole } from "@bilten/platform/prisma";
import { hashPassword } from "./services/passwords.js";

/** Every demo account signs in with this password (README lists the accounts). */
export const DEMO_PASSWORD = "bilten-demo-2026";

export interface IdentityDemo {
  organizations: { bilten: string; batbern: string };
  users: { admin: string; organizer: string; conferenceOrganizer: string; doorStaff: string; attendees: string[] };
}

const PEOPLE = [
  { key: "admin", email: "admin@bilten.example", firstName: "Ada", lastName: "Admin", isPlatformAdmin: true },
  { key: "organizer", email: "organizer@bilten.example", firstName: "Olga", lastName: "Organizer" },
  { key: "conferenceOrganizer", email: "program@batbern.example", firstName: "Peter", lastName: "Programm" },
  { key: "doorStaff", email: "door@bilten.example", firstName: "Dario", lastName: "Door" },
  { key: "attendee", email: "anna@attendee.example", firstName: "Anna", lastName: "Attendee" },
  { key: "attendee", email: "ben@attendee.example", firstName: "Ben", lastName: "Besucher" },
  { key: "attendee", email: "chiara@attendee.example", firstName: "Chiara", lastName: "Conti" },
  { key: "attendee", email: "deniz@attendee.example", firstName: "Deniz", lastName: "Demir" },
] as const;

/** True once the identity demo accounts exist (the embedded default seeds only on its first start). */
export async function hasIdentityDemo(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { email: PEOPLE[0].email } })) > 0;
}

export async function seedIdentityDemo(db: Db, scryptLogN: number): Promise<IdentityDemo> {
  const passwordHash = await hashPassword(DEMO_PASSWORD, scryptLogN);
  const ids = new Map<string, string>();
  for (const person of PEOPLE) {
    const { key: _key, ...data } = person;
    const user = await db.user.upsert({
      where: { email: person.email },
      update: {},
      create: { ...data, passwordHash, gdprConsentGiven: true, gdprConsentAt: new Date() },
    });
    ids.set(person.email, user.id);
  }
  const id = (email: string) => ids.get(email) as string;
  const org = async (name: string, description: string, website: string, members: [string, MembershipRole][]) => {
    const existing = await db.organization.findFirst({ where: { name } });
    const organization = existing ?? (await db.organization.create({ data: { name, description, website } }));
    for (const [email, role] of members) {
      await db.membership.upsert({
        where: { organizationId_userId: { organizationId: organization.id, userId: id(email) } },
        update: {},
        create: { organizationId: organization.id, userId: id(email), role },
      });
    }
    return organization.id;
  };
  const bilten = await org("Bilten Live", "Concerts and club nights in Bern.", "https://bilten.example", [
    ["organizer@bilten.example", "ADMIN"],
    ["door@bilten.example", "CHECK_IN_STAFF"],
  ]);
  const batbern = await org(
    "BATbern",
    "Berner Architekten Treffen: the architecture conference.",
    "https://batbern.example",
    [
      ["program@batbern.example", "ADMIN"],
      ["organizer@bilten.example", "ORGANIZER"],
      ["door@bilten.example", "CHECK_IN_STAFF"],
      ["anna@attendee.example", "ATTENDEE"],
    ],
  );
  return {
    organizations: { bilten, batbern },
    users: {
      admin: id("admin@bilten.example"),
      organizer: id("organizer@bilten.example"),
      conferenceOrganizer: id("program@batbern.example"),
      doorStaff: id("door@bilten.example"),
      attendees: PEOPLE.filter((p) => p.key === "attendee").map((p) => id(p.email)),
    },
  };
}
