// Demo data: ticket types and a discount code for the concert, a few orders through the purchase service (so the
// domain events and mails exist as they would after real purchases), and registrations with a waitlist for the
// conference. Needs ticketing's read model of the demo events (the stack's seeder projects them first).
import { createLogger, type Db, type Viewer } from "@bilten/platform";
import type { TicketingSettings } from "./settings.js";
import { createLoaders } from "./loaders.js";
import { Listings } from "./common/listings.js";
import { createPageLoaders } from "./common/pages.js";
import { DiscountCodeService } from "./sales/services/discounts.js";
import { PurchaseService } from "./sales/services/purchases.js";
import { RegistrationService } from "./registration/services/registrations.js";
import { TicketTypeService } from "./sales/services/ticket-types.js";

export interface TicketingDemo {
  ticketTypeIds: { standing: string; seated: string; vip: string };
  orderIds: string[];
  registrationIds: string[];
}

interface Owners {
  organizations: { bilten: string; batbern: string };
  users: { organizer: string; conferenceOrganizer: string; attendees: string[] };
  concert: { eventId: string };
  conference: { eventId: string; sessionIds: string[] };
}

/** The demo attendees' addresses, in the order identity seeds them (README lists them). */
const ATTENDEE_EMAILS = [
  "anna@attendee.example",
  "ben@attendee.example",
  "chiara@attendee.example",
  "deniz@attendee.example",
];

/** Talks and workshops each demo registrant prefers: indexes into the conference's sessions in agenda order. */
const PREFERRED_SESSIONS = [
  [1, 3],
  [4, 9],
  [5, 10],
  [7, 11],
];

const viewer = (userId: string, roles: Viewer["roles"] = {}): Viewer => ({
  userId,
  isPlatformAdmin: false,
  roles,
  expiresAt: new Date(Date.now() + 3_600_000),
});

export async function seedTicketingDemo(db: Db, settings: TicketingSettings, owners: Owners): Promise<TicketingDemo> {
  const existing = await db.ticketType.findMany({ where: { eventId: owners.concert.eventId } });
  if (existing.length > 0) {
    const id = (name: string) => existing.find((t) => t.name === name)?.id ?? "";
    const orders = await db.order.findMany({ where: { eventId: owners.concert.eventId }, select: { id: true } });
    const registrations = await db.registration.findMany({
      where: { eventId: owners.conference.eventId },
      select: { id: true },
    });
    return {
      ticketTypeIds: { standing: id("Standing"), seated: id("Seated"), vip: id("VIP") },
      orderIds: orders.map((o) => o.id),
      registrationIds: registrations.map((r) => r.id),
    };
  }
  const log = createLogger({ level: "silent" });
  const as = (who: Viewer) => {
    const loaders = createLoaders(db, who.userId);
    return {
      ticketTypes: new TicketTypeService(db, who, loaders, undefined),
      codes: new DiscountCodeService(db, who, loaders),
      purchases: new PurchaseService(db, who, loaders, settings, undefined, log),
      registrations: new RegistrationService(
        db,
        who,
        loaders,
        new Listings(who, loaders, createPageLoaders(db, loaders)),
        undefined,
      ),
    };
  };

  const biltenAdmin = as(viewer(owners.users.organizer, { [owners.organizations.bilten]: "ADMIN" }));
  const concert = owners.concert.eventId;
  const chf = (amount: string) => ({ amount, currency: "CHF" });
  const standing = await biltenAdmin.ticketTypes.create({
    eventId: concert,
    name: "Standing",
    description: "Standing room in the hall.",
    price: chf("49.00"),
    quantity: 600,
    maxPerOrder: 10,
  });
  const seated = await biltenAdmin.ticketTypes.create({
    eventId: concert,
    name: "Seated",
    description: "Numbered seat on the balcony.",
    price: chf("69.00"),
    quantity: 250,
    maxPerOrder: 6,
  });
  const vip = await biltenAdmin.ticketTypes.create({
    eventId: concert,
    name: "VIP",
    description: "Best seats, meet & greet after the show.",
    price: chf("149.00"),
    quantity: 40,
    maxPerOrder: 2,
    refundCutoffHours: null,
  });
  await biltenAdmin.codes.create({
    eventId: concert,
    code: "STILLER10",
    kind: "PERCENTAGE",
    percentOff: 10,
    maxUses: 100,
    ticketTypeIds: [standing.id],
  });

  const [anna, ben, chiara, deniz] = owners.users.attendees;
  const card = { method: "CARD" as const, card: "4242 4242 4242 4242" };
  const purchases: [
    string | undefined,
    number,
    Parameters<PurchaseService["purchase"]>[0]["items"],
    Partial<Parameters<PurchaseService["purchase"]>[0]>,
  ][] = [
    [anna, 0, [{ ticketTypeId: standing.id, quantity: 2 }], { payment: card }],
    [ben, 1, [{ ticketTypeId: vip.id, quantity: 1 }], { payment: card }],
    [chiara, 2, [{ ticketTypeId: seated.id, quantity: 2 }], { payment: { method: "INVOICE" } }],
    [deniz, 3, [{ ticketTypeId: standing.id, quantity: 1 }], { payment: card, discountCode: "stiller10" }],
  ];
  const orderIds: string[] = [];
  for (const [buyer, index, items, extra] of purchases) {
    if (!buyer) continue;
    const order = await as(viewer(buyer)).purchases.purchase({
      eventId: concert,
      items,
      email: ATTENDEE_EMAILS[index] as string,
      idempotencyKey: `demo-purchase-${index}`,
      payment: card,
      ...extra,
    });
    orderIds.push(order.id);
  }

  // BATbern 57 keeps three places for the demo, so the fourth registrant waits.
  const conference = owners.conference.eventId;
  const batbernAdmin = as(viewer(owners.users.conferenceOrganizer, { [owners.organizations.batbern]: "ADMIN" }));
  await batbernAdmin.ticketTypes.setPlaceLimit(conference, 3);
  const registrationIds: string[] = [];
  const registrants = [anna, ben, chiara, deniz];
  for (const [index, userId] of registrants.entries()) {
    if (!userId) continue;
    const registration = await as(viewer(userId)).registrations.register({
      eventId: conference,
      email: ATTENDEE_EMAILS[index] as string,
      specialRequests: index === 0 ? "Vegetarian lunch, please" : null,
      sessionIds: (PREFERRED_SESSIONS[index] ?? []).flatMap((i) => owners.conference.sessionIds[i] ?? []),
    });
    registrationIds.push(registration.id);
    if (index === 2) await as(viewer(userId)).registrations.confirm(registration.id);
  }
  return { ticketTypeIds: { standing: standing.id, seated: seated.id, vip: vip.id }, orderIds, registrationIds };
}
