// Mail from the ticketing subgraph's own domain events (the platform's at-least-once, once-per-recipient mail
// path): the purchase confirmation with the tickets, refund notices, and registration notices — above all the
// one telling a waitlisted person they got a place. Addresses come from this subgraph's tables (the buyer's or
// registrant's contact e-mail), never from identity and never from the event stream.
import type { ContractEvent, OrderRefunded, RegistrationChanged, TicketsPurchased } from "@bilten/contracts";
import type { MailMessage, PrismaClient, TokenKeys } from "@bilten/platform";
import { money } from "../sales/services/money.js";
import { signTicketPayload } from "../admission/adapters/ticket-codes.js";

export function composeTicketingMail(db: PrismaClient, keys: TokenKeys) {
  const eventTitle = async (eventId: string) => {
    const rows = await db.$queryRawUnsafe<{ title: string; starts_at: Date }[]>(
      `SELECT title, starts_at FROM "ticketing"."event_refs" WHERE id = $1::uuid`,
      eventId,
    );
    return rows[0] ?? { title: "your event", starts_at: null };
  };

  return async function compose(
    event: ContractEvent<typeof TicketsPurchased | typeof OrderRefunded | typeof RegistrationChanged>,
  ): Promise<MailMessage[]> {
    if (event.eventType === "TicketsPurchased") {
      const data = event.data;
      // One read for the whole message: the order, its event and its valid tickets with their types.
      const rows = await db.$queryRawUnsafe<
        {
          email: string;
          total: string;
          currency: string;
          title: string | null;
          starts_at: Date | null;
          tickets: { id: string; number: string; version: number; eventId: string; type: string }[];
        }[]
      >(
        `SELECT o.email, o.total::text AS total, o.currency, e.title, e.starts_at,
                coalesce(json_agg(json_build_object('id', t.id, 'number', t.number, 'version', t.version, 'eventId', t.event_id, 'type', tt.name)
                                  ORDER BY t.issued_at, t.number) FILTER (WHERE t.id IS NOT NULL), '[]') AS tickets
           FROM "ticketing"."orders" o
           LEFT JOIN "ticketing"."event_refs" e ON e.id = o.event_id
           LEFT JOIN "ticketing"."tickets" t ON t.order_id = o.id AND t.status = 'VALID'
           LEFT JOIN "ticketing"."ticket_types" tt ON tt.id = t.ticket_type_id
          WHERE o.id = $1::uuid
          GROUP BY o.id, e.title, e.starts_at`,
        data.orderId,
      );
      const order = rows[0];
      if (!order) return [];
      const title = order.title ?? "your event";
      const total = money(order.total, order.currency);
      const lines = order.tickets.map((t) => {
        const payload = signTicketPayload(keys, {
          ticketId: t.id,
          number: t.number,
          eventId: t.eventId,
          version: t.version,
        });
        return { text: `${t.type} — ticket ${t.number}\n  QR: ${payload}`, payload, number: t.number };
      });
      const { orderId } = data;
      return [
        {
          to: order.email,
          subject: `Your tickets for ${title}`,
          text:
            `Thank you for your order (${total.amount} ${total.currency}).\n` +
            (order.starts_at ? `The event starts ${new Date(order.starts_at).toISOString()}.\n` : "") +
            `\nYour tickets (show the QR code at the door):\n\n${lines.map((l) => l.text).join("\n\n")}\n\nOrder ${orderId}`,
          attachments: [
            {
              filename: `tickets-${orderId}.txt`,
              contentType: "text/plain",
              content: lines.map((l) => `${l.number}\t${l.payload}`).join("\n") + "\n",
            },
          ],
        },
      ];
    }
    if (event.eventType === "OrderRefunded") {
      const data = event.data;
      const order = await db.order.findUnique({ where: { id: data.orderId } });
      if (!order) return [];
      const { title } = await eventTitle(order.eventId);
      const amount = `${data.amount} ${data.currency}`;
      return [
        {
          to: order.email,
          subject: `Refund for your order for ${title}`,
          text: `${data.ticketCount} ticket(s) of order ${order.id} were cancelled${Number(data.amount) > 0 ? `; ${amount} is on its way back to you` : ""}. Their QR codes are no longer valid.`,
        },
      ];
    }
    if (event.eventType === "RegistrationChanged") {
      const data = event.data;
      const registration = await db.registration.findUnique({ where: { id: data.registrationId } });
      if (!registration) return [];
      const { title } = await eventTitle(registration.eventId);
      const to = registration.email;
      if (data.promoted) {
        return [
          {
            to,
            subject: `A place is yours: ${title}`,
            text: `Good news: a place freed up and you moved up from the waitlist. You are registered for ${title}.`,
          },
        ];
      }
      if (data.to === "REGISTERED" && (data.from === null || data.from === "CANCELLED")) {
        return [
          {
            to,
            subject: `You are registered: ${title}`,
            text: `You are registered for ${title}. Please confirm your attendance closer to the date.`,
          },
        ];
      }
      if (data.to === "WAITLISTED") {
        return [
          {
            to,
            subject: `You are on the waitlist: ${title}`,
            text: `${title} is full. You are on the waitlist and will get an e-mail as soon as a place is yours.`,
          },
        ];
      }
      if (data.to === "CANCELLED") {
        return [
          { to, subject: `Registration cancelled: ${title}`, text: `Your registration for ${title} is cancelled.` },
        ];
      }
    }
    return [];
  };
}
