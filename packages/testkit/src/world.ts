// Builders of the world a test needs, made through the API (GraphQL via the gateway) as users would make it, in
// steps that chain the way the feature reads:
//
//   const order = await world(stack).organizer().event({ published: true }).ticketType({ price: "49.00" }).order({ quantity: 2 });
//   const scan = await order.checkIn({ door: "North" });
//
// Every step can be awaited for what later assertions need (ids, tokens, tickets) and continued from, also after it
// was awaited: `const organizer = await world(stack).organizer(); await organizer.event();`. A step runs once, when
// first awaited, so one step value shared by several chains is one thing in the database. Steps that other subgraphs
// learn about through domain events (events, their status, sessions) return once the stack has settled, so the next
// step can rely on every read model.
import { randomUUID } from "node:crypto";
import type { GraphQLResult } from "./client.js";
import type { TestStack } from "./stack.js";

/** A step of a chain: awaited, it makes its thing once and yields it. */
export class Step<T> implements PromiseLike<T> {
  #made: Promise<T> | undefined;

  constructor(private readonly make: () => Promise<T>) {}

  then<A = T, B = never>(
    fulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    rejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#made ??= this.make();
    return this.#made.then(fulfilled, rejected);
  }
}

export type MembershipRole = "ADMIN" | "ORGANIZER" | "CHECK_IN_STAFF" | "SPEAKER" | "PARTNER_CONTACT" | "ATTENDEE";

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** A signed-up user with a session. */
export interface Person extends Tokens {
  userId: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface PersonDetails {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  gdprConsent: boolean;
}

/** What every builder input takes besides its own options: more fields of the mutation's input. */
type MoreInput = { [field: string]: unknown };

export interface EventInput extends MoreInput {
  /** Published right away (default: a draft). */
  published?: boolean;
  startsAt?: Date | string;
  endsAt?: Date | string;
}

export interface EventOptions extends EventInput {
  /** Where it takes place (default: a new venue of the organization); null for none. */
  venue?: Venue | null;
}

export interface SessionOptions extends MoreInput {
  title?: string;
  /** Default: when the event starts, for an hour. */
  startsAt?: Date | string;
  endsAt?: Date | string;
  /** A room of the event's venue, by name. */
  room?: string;
}

export interface TicketTypeOptions extends MoreInput {
  name?: string;
  /** Default "49.00". */
  price?: string;
  /** Default "CHF". */
  currency?: string;
  quantity?: number;
}

export interface OrderOptions {
  quantity?: number;
  /** Default: a new user. */
  buyer?: Person;
  /** Default: a card the test provider accepts. */
  method?: "CARD" | "INVOICE";
  card?: string;
  email?: string;
  discountCode?: string;
}

export interface CheckInOptions {
  /** Which of the order's tickets (default the first). */
  ticket?: number;
  door?: string;
  direction?: "IN" | "OUT";
  /** A session's door instead of the event's. */
  sessionId?: string;
  /** Who scans (default: the event's organizer). */
  by?: Tokens;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A time `days` (and `hours`) from now. */
export const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * HOUR);
const iso = (at: Date | string) => (typeof at === "string" ? at : at.toISOString());

export const SUCCESS_CARD = "4242 4242 4242 4242";

let people = 0;

/** The entry to the builders for one stack. */
export function world(stack: TestStack): World {
  return new World(stack);
}

export class World {
  constructor(readonly stack: TestStack) {}

  /** A request that must succeed, answered with its data. */
  async ask<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const result: GraphQLResult<T> = await this.stack.query<T>(query, variables, { token: token ?? null });
    if (result.errors?.length || !result.data)
      throw new Error(`builder request failed: ${JSON.stringify(result.errors ?? result)}\n${query}`);
    return result.data;
  }

  /** A new account, signed in, with GDPR consent unless told otherwise. */
  user(details: Partial<PersonDetails> = {}): Step<Person> {
    return new Step(async () => {
      people += 1;
      const input = {
        email: `person${people}.${Date.now()}@test.example`,
        password: "correct horse battery staple",
        firstName: "Test",
        lastName: `Person${people}`,
        gdprConsent: true,
        ...details,
      };
      const { signUp } = await this.ask<{ signUp: Tokens & { user: { id: string } } }>(
        `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
        { input },
      );
      const { email, password, firstName, lastName } = input;
      return {
        userId: signUp.user.id,
        email,
        password,
        firstName,
        lastName,
        accessToken: signUp.accessToken,
        refreshToken: signUp.refreshToken,
      };
    });
  }

  /** A new user who is admin of a new organization, with a token that already carries the role. */
  organizer(organizationName = "Test Events AG"): OrganizerStep {
    return new OrganizerStep(async () => {
      const person = await this.user();
      const { createOrganization } = await this.ask<{ createOrganization: { id: string } }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        { input: { name: organizationName } },
        person.accessToken,
      );
      return new Organizer(this, { ...person, ...(await this.refresh(person)) }, createOrganization.id);
    });
  }

  /** New tokens for the person (e.g. to carry a role given since they signed in). */
  async refresh(person: Tokens): Promise<Tokens> {
    const { refreshSession } = await this.ask<{ refreshSession: Tokens }>(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`,
      { t: person.refreshToken },
    );
    return refreshSession;
  }
}

export class Organizer implements Person {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly accessToken: string;
  readonly refreshToken: string;

  constructor(
    readonly world: World,
    person: Person,
    readonly organizationId: string,
  ) {
    ({
      userId: this.userId,
      email: this.email,
      password: this.password,
      firstName: this.firstName,
      lastName: this.lastName,
    } = person);
    ({ accessToken: this.accessToken, refreshToken: this.refreshToken } = person);
  }

  /** A member of the organization with `role` — a new user, or `person` — with a token that carries the role. */
  member(role: MembershipRole, person?: Person): Step<Person> {
    return new Step(async () => {
      const member = person ?? (await this.world.user());
      await this.world.ask(
        `mutation($org: ID!, $email: String!, $role: MembershipRole!) { addMember(organizationId: $org, email: $email, role: $role) { id } }`,
        { org: this.organizationId, email: member.email, role },
        this.accessToken,
      );
      return { ...member, ...(await this.world.refresh(member)) };
    });
  }

  /** A venue of the organization, with a hall for 300 and a lab for 30 unless told otherwise. */
  venue(input: MoreInput = {}): VenueStep {
    return new VenueStep(async () => {
      const { createVenue } = await this.world.ask<{ createVenue: { id: string; name: string; rooms: Room[] } }>(
        `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id name rooms { id name capacity } } }`,
        {
          input: {
            organizationId: this.organizationId,
            name: "Test Venue",
            address: "Main St 1",
            city: "Bern",
            country: "Switzerland",
            capacity: 500,
            rooms: [
              { name: "Hall", capacity: 300 },
              { name: "Lab", capacity: 30 },
            ],
            ...input,
          },
        },
        this.accessToken,
      );
      return new Venue(this, createVenue.id, createVenue.name, createVenue.rooms);
    });
  }

  /** An event of the organization, ten days from now for a day; a draft unless `published`. */
  event(options: EventOptions = {}): EventStep {
    return new EventStep(async () => {
      const { published = false, venue: given, startsAt = inDays(10), endsAt, ...input } = options;
      const venue = given === undefined ? await this.venue() : given;
      const starts = iso(startsAt);
      const { createEvent } = await this.world.ask<{ createEvent: EventFields }>(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`,
        {
          input: {
            organizationId: this.organizationId,
            title: "Test conference",
            description: "A day of talks.",
            venueId: venue?.id ?? null,
            startsAt: starts,
            endsAt: iso(endsAt ?? new Date(Date.parse(starts) + DAY)),
            ...input,
          },
        },
        this.accessToken,
      );
      const event = new Event(this, venue, createEvent);
      if (published) return await event.changeStatus("PUBLISHED");
      await this.world.stack.settle();
      return event;
    });
  }
}

export class OrganizerStep extends Step<Organizer> {
  member(role: MembershipRole, person?: Person): Step<Person> {
    return new Step(async () => (await this).member(role, person));
  }
  venue(input?: MoreInput): VenueStep {
    return new VenueStep(async () => (await this).venue(input));
  }
  event(options?: EventOptions): EventStep {
    return new EventStep(async () => (await this).event(options));
  }
}

export interface Room {
  id: string;
  name: string;
  capacity: number | null;
}

export class Venue {
  constructor(
    readonly organizer: Organizer,
    readonly id: string,
    readonly name: string,
    readonly rooms: Room[],
  ) {}

  /** The id of the room with this name. */
  room(name: string): string {
    const room = this.rooms.find((r) => r.name === name);
    if (!room) throw new Error(`venue ${this.name} has no room ${name}`);
    return room.id;
  }

  /** An event of the venue's organization here. */
  event(options: EventInput = {}): EventStep {
    return this.organizer.event({ ...options, venue: this });
  }
}

export class VenueStep extends Step<Venue> {
  event(options?: EventInput): EventStep {
    return new EventStep(async () => (await this).event(options));
  }
}

const EVENT_FIELDS = "id eventNumber title status startsAt endsAt";
interface EventFields {
  id: string;
  eventNumber: number;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
}

export class Event implements EventFields {
  readonly id: string;
  readonly eventNumber: number;
  readonly title: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;

  constructor(
    readonly organizer: Organizer,
    readonly venue: Venue | null,
    fields: EventFields,
  ) {
    ({
      id: this.id,
      eventNumber: this.eventNumber,
      title: this.title,
      status: this.status,
      startsAt: this.startsAt,
      endsAt: this.endsAt,
    } = fields);
  }

  private get world(): World {
    return this.organizer.world;
  }

  /** The event moved to another status by its organizer (e.g. "PUBLISHED", or "CANCELLED" with a reason). */
  changeStatus(status: string, reason?: string): EventStep {
    return new EventStep(async () => {
      const { changeEventStatus } = await this.world.ask<{ changeEventStatus: EventFields }>(
        `mutation($id: ID!, $s: EventStatus!, $r: String) { changeEventStatus(id: $id, status: $s, reason: $r) { ${EVENT_FIELDS} } }`,
        { id: this.id, s: status, r: reason ?? null },
        this.organizer.accessToken,
      );
      await this.world.stack.settle();
      return new Event(this.organizer, this.venue, changeEventStatus);
    });
  }

  /** A session of the event (a presentation, when the event starts, for an hour, unless told otherwise). */
  session(options: SessionOptions = {}): Step<Session> {
    return new Step(async () => {
      const { title = "Talk", startsAt = this.startsAt, endsAt, room, ...input } = options;
      const starts = iso(startsAt);
      const { scheduleSession } = await this.world.ask<{ scheduleSession: Omit<Session, "eventId"> }>(
        `mutation($e: ID!, $input: ScheduleSessionInput!) { scheduleSession(eventId: $e, input: $input) { id title startsAt endsAt } }`,
        {
          e: this.id,
          input: {
            title,
            sessionType: "PRESENTATION",
            startsAt: starts,
            endsAt: iso(endsAt ?? new Date(Date.parse(starts) + HOUR)),
            ...(room ? { roomId: this.venue?.room(room) } : {}),
            ...input,
          },
        },
        this.organizer.accessToken,
      );
      await this.world.stack.settle();
      return { ...scheduleSession, eventId: this.id };
    });
  }

  /** A ticket type on sale now: "Standing", 49.00 CHF, 100 of them, unless told otherwise. */
  ticketType(options: TicketTypeOptions = {}): TicketTypeStep {
    return new TicketTypeStep(async () => {
      const { name = "Standing", price = "49.00", currency = "CHF", quantity = 100, ...input } = options;
      const { createTicketType } = await this.world.ask<{
        createTicketType: { id: string; name: string; price: Money; quantity: number };
      }>(
        `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { id name price { amount currency } quantity } }`,
        { input: { eventId: this.id, name, price: { amount: price, currency }, quantity, ...input } },
        this.organizer.accessToken,
      );
      return new TicketType(this, createTicketType);
    });
  }
}

export class EventStep extends Step<Event> {
  changeStatus(status: string, reason?: string): EventStep {
    return new EventStep(async () => (await this).changeStatus(status, reason));
  }
  session(options?: SessionOptions): Step<Session> {
    return new Step(async () => (await this).session(options));
  }
  ticketType(options?: TicketTypeOptions): TicketTypeStep {
    return new TicketTypeStep(async () => (await this).ticketType(options));
  }
}

export interface Session {
  id: string;
  eventId: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

export interface Money {
  amount: string;
  currency: string;
}

export class TicketType {
  readonly id: string;
  readonly name: string;
  readonly price: Money;
  readonly quantity: number;

  constructor(
    readonly event: Event,
    fields: { id: string; name: string; price: Money; quantity: number },
  ) {
    ({ id: this.id, name: this.name, price: this.price, quantity: this.quantity } = fields);
  }

  /** A paid order of this ticket type (one ticket, bought by a new user with a card, unless told otherwise). */
  order(options: OrderOptions = {}): OrderStep {
    return new OrderStep(async () => {
      const world = this.event.organizer.world;
      const buyer = options.buyer ?? (await world.user());
      const method = options.method ?? "CARD";
      const { purchaseTickets } = await world.ask<{
        purchaseTickets: { id: string; status: string; total: Money; tickets: Ticket[] };
      }>(
        `mutation($input: PurchaseTicketsInput!) { purchaseTickets(input: $input) {
          id status total { amount currency } tickets { id number qrPayload status } } }`,
        {
          input: {
            eventId: this.event.id,
            items: [{ ticketTypeId: this.id, quantity: options.quantity ?? 1 }],
            payment: method === "CARD" ? { method, card: options.card ?? SUCCESS_CARD } : { method },
            email: options.email ?? "buyer@test.example",
            idempotencyKey: randomUUID(),
            ...(options.discountCode ? { discountCode: options.discountCode } : {}),
          },
        },
        buyer.accessToken,
      );
      return new Order(this, buyer, purchaseTickets);
    });
  }
}

export class TicketTypeStep extends Step<TicketType> {
  order(options?: OrderOptions): OrderStep {
    return new OrderStep(async () => (await this).order(options));
  }
}

export interface Ticket {
  id: string;
  number: string;
  qrPayload: string;
  status: string;
}

export interface CheckInCounts {
  sequence: number;
  checkedIn: number;
  onSiteNow: number;
  ticketsSold: number;
  doors: { door: string; checkedIn: number; exits: number; onSiteNow: number }[];
}

export interface CheckIn {
  ticket: Ticket;
  door: string;
  direction: "IN" | "OUT";
  counts: CheckInCounts;
}

export class Order {
  readonly id: string;
  readonly status: string;
  readonly total: Money;
  readonly tickets: Ticket[];

  constructor(
    readonly ticketType: TicketType,
    readonly buyer: Person,
    fields: { id: string; status: string; total: Money; tickets: Ticket[] },
  ) {
    ({ id: this.id, status: this.status, total: this.total, tickets: this.tickets } = fields);
  }

  get event(): Event {
    return this.ticketType.event;
  }

  /** One of the order's tickets scanned at a door (the first, in at "Main", by the event's organizer by default). */
  checkIn(options: CheckInOptions = {}): Step<CheckIn> {
    return new Step(async () => {
      const ticket = this.tickets[options.ticket ?? 0];
      if (!ticket) throw new Error(`order ${this.id} has no ticket ${options.ticket}`);
      const door = options.door ?? "Main";
      const direction = options.direction ?? "IN";
      const { checkIn } = await this.event.organizer.world.ask<{ checkIn: { counts: CheckInCounts } }>(
        `mutation($input: CheckInInput!) { checkIn(input: $input) {
          counts { sequence checkedIn onSiteNow ticketsSold doors { door checkedIn exits onSiteNow } } } }`,
        {
          input: {
            eventId: this.event.id,
            ticketNumber: ticket.number,
            door,
            direction,
            ...(options.sessionId ? { sessionId: options.sessionId } : {}),
          },
        },
        (options.by ?? this.event.organizer).accessToken,
      );
      return { ticket, door, direction, counts: checkIn.counts };
    });
  }
}

export class OrderStep extends Step<Order> {
  checkIn(options?: CheckInOptions): Step<CheckIn> {
    return new Step(async () => (await this).checkIn(options));
  }
}
