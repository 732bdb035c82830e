// Builders for the ticketing tests, through the API as users would: org → venue → published event → ticket
// types → orders. Ticketing learns events from domain events, so builders wait until it knows them.
import { randomUUID } from "node:crypto";
import { signUp, signUpOrganizer, type GraphQLResult, type TestStack } from "@bilten/stack/testing";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * HOUR);
export const SUCCESS_CARD = "4242 4242 4242 4242";
export const DECLINED_CARD = "4000 0000 0000 0002";
export const ERROR_CARD = "4000 0000 0000 0119";

/** Polls until `check` holds (the read model and the mail worker are eventually consistent: milliseconds). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function must<T = Record<string, any>>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors ?? result));
  return result.data;
}

export type Organizer = Awaited<ReturnType<typeof signUpOrganizer>>;
export type Person = Awaited<ReturnType<typeof signUp>>;

export async function createVenue(stack: TestStack, organizer: Organizer): Promise<string> {
  const data = must(
    await stack.query(
      `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`,
      { input: { organizationId: organizer.organizationId, name: "Hall", address: "Main St 1", city: "Bern", country: "Switzerland" } },
      { token: organizer.accessToken },
    ),
  );
  return data.createVenue.id;
}

/** An event of the organizer's organization; published unless `draft`. Waits until ticketing knows it. */
export async function createEvent(
  stack: TestStack,
  organizer: Organizer,
  input: Record<string, unknown> = {},
  options: { draft?: boolean } = {},
): Promise<{ id: string; startsAt: string }> {
  const venueId = await createVenue(stack, organizer);
  const data = must(
    await stack.query(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id startsAt } }`,
      {
        input: {
          organizationId: organizer.organizationId,
          venueId,
          title: "Gig",
          description: "A night of music.",
          startsAt: inDays(10).toISOString(),
          endsAt: inDays(10, 4).toISOString(),
          ...input,
        },
      },
      { token: organizer.accessToken },
    ),
  );
  const event = data.createEvent as { id: string; startsAt: string };
  if (!options.draft) {
    must(await stack.query(`mutation($id: ID!) { changeEventStatus(id: $id, status: PUBLISHED) { id } }`, { id: event.id }, { token: organizer.accessToken }));
  }
  await eventually(async () => {
    const ref = await stack.db.prisma.ticketingEventRef.findUnique({ where: { id: event.id } });
    return ref && (options.draft || ref.publishedAt !== null);
  });
  return event;
}

export async function changeStatus(stack: TestStack, organizer: Organizer, eventId: string, status: string) {
  must(await stack.query(`mutation($id: ID!, $s: EventStatus!) { changeEventStatus(id: $id, status: $s) { id } }`, { id: eventId, s: status }, { token: organizer.accessToken }));
  await eventually(async () => (await stack.db.prisma.ticketingEventRef.findUnique({ where: { id: eventId } }))?.status === status);
}

export const TICKET_TYPE_FIELDS = `id name description price { amount currency } quantity sold remaining maxPerOrder salesStartAt salesEndAt active onSale refundCutoffHours`;

export function createTicketTypeRequest(stack: TestStack, token: string, eventId: string, input: Record<string, unknown> = {}) {
  return stack.query(
    `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { ${TICKET_TYPE_FIELDS} } }`,
    { input: { eventId, name: "Standing", price: { amount: "49.00", currency: "CHF" }, quantity: 100, ...input } },
    { token },
  );
}

export async function createTicketType(stack: TestStack, organizer: Organizer, eventId: string, input: Record<string, unknown> = {}) {
  return must(await createTicketTypeRequest(stack, organizer.accessToken, eventId, input)).createTicketType as { id: string; name: string };
}

export const ORDER_FIELDS = `id status email subtotal { amount } discount { amount } total { amount currency } discountCode
  paymentMethod failureReason paymentDueAt paidAt
  items { quantity unitPrice { amount } amount { amount } discount { amount } ticketType { id name } }
  payment { method provider amount { amount currency } transactionId items { itemType amount { amount } ticket { id } } }
  tickets { id number status price { amount } qrPayload ticketType { id } }`;

export interface PurchaseOptions {
  items?: { ticketTypeId: string; quantity: number }[];
  ticketTypeId?: string;
  quantity?: number;
  card?: string;
  method?: string;
  discountCode?: string | null;
  currency?: string | null;
  email?: string;
  idempotencyKey?: string;
  fields?: string;
}

export function purchase(stack: TestStack, buyer: { accessToken: string }, eventId: string, options: PurchaseOptions = {}) {
  const method = options.method ?? "CARD";
  return stack.query(
    `mutation($input: PurchaseTicketsInput!) { purchaseTickets(input: $input) { ${options.fields ?? ORDER_FIELDS} } }`,
    {
      input: {
        eventId,
        items: options.items ?? [{ ticketTypeId: options.ticketTypeId, quantity: options.quantity ?? 1 }],
        payment: method === "CARD" ? { method, card: options.card ?? SUCCESS_CARD } : { method },
        email: options.email ?? "buyer@test.example",
        idempotencyKey: options.idempotencyKey ?? randomUUID(),
        ...(options.discountCode !== undefined ? { discountCode: options.discountCode } : {}),
        ...(options.currency !== undefined ? { currency: options.currency } : {}),
      },
    },
    { token: buyer.accessToken },
  );
}

/** What the database says about a ticket type's inventory and its event's places. */
export async function inventory(stack: TestStack, ticketTypeId: string) {
  const type = await stack.db.prisma.ticketType.findUniqueOrThrow({ where: { id: ticketTypeId } });
  const places = await stack.db.prisma.eventPlaces.findUnique({ where: { eventId: type.eventId } });
  const validTickets = await stack.db.prisma.ticket.count({ where: { ticketTypeId, status: "VALID" } });
  const orders = await stack.db.prisma.order.count({ where: { items: { some: { ticketTypeId } } } });
  return { sold: type.sold, taken: places?.taken ?? 0, validTickets, orders };
}
