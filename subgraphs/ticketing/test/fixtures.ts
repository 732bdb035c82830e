// What the ticketing tests share on top of the testkit's builders: the purchase and ticket-type requests whose
// answers they examine, the test provider's cards, and what the database says about inventory.
import { randomUUID } from "node:crypto";
import { SUCCESS_CARD, type TestStack } from "@bilten/testkit";

export { SUCCESS_CARD };
export const DECLINED_CARD = "4000 0000 0000 0002";
export const ERROR_CARD = "4000 0000 0000 0119";

export const TICKET_TYPE_FIELDS = `id name description price { amount currency } quantity sold remaining maxPerOrder salesStartAt salesEndAt active onSale refundCutoffHours`;

export function createTicketTypeRequest(
  stack: TestStack,
  token: string,
  eventId: string,
  input: Record<string, unknown> = {},
) {
  return stack.query(
    `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { ${TICKET_TYPE_FIELDS} } }`,
    { input: { eventId, name: "Standing", price: { amount: "49.00", currency: "CHF" }, quantity: 100, ...input } },
    { token },
  );
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

export function purchase(
  stack: TestStack,
  buyer: { accessToken: string },
  eventId: string,
  options: PurchaseOptions = {},
) {
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
