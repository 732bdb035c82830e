// Cursor pages of orders, tickets and registrations per owner (an event or a user), for many owners in one
// statement (the platform's owner pages), their rows read through the by-id loaders: a list of events with their
// orders costs two statements, however long.
import { ownerPageLoader, type DbClient, type OwnerList, type OwnerPageKey, type Page } from "@bilten/platform";
import { Prisma, type Order, type Registration, type Ticket } from "@bilten/platform/prisma";
import type DataLoader from "dataloader";
import type { TicketingLoaders } from "../loaders.js";

export interface PageKey extends OwnerPageKey {
  /** Only rows in these statuses; null for all. */
  statuses: string[] | null;
}

const list = (
  table: "orders" | "tickets" | "registrations",
  owner: "event_id" | "buyer_id" | "holder_id" | "user_id",
  sort: "created_at" | "issued_at" | "registered_at" | "queue_number",
  order: { sortType: "timestamptz" | "bigint"; ascending?: boolean } = { sortType: "timestamptz" },
): OwnerList<PageKey> => ({
  table: `"ticketing"."${table}"`,
  owner,
  sort,
  ...order,
  filter: {
    value: (k) => Prisma.sql`${k.statuses}::text[]`,
    where: Prisma.sql`(k.filter IS NULL OR t.status::text = ANY(k.filter))`,
  },
});

/** Pages run newest first, except an event's registrations: in queue order. */
const PAGES = {
  ordersByEvent: list("orders", "event_id", "created_at"),
  ordersByBuyer: list("orders", "buyer_id", "created_at"),
  ticketsByEvent: list("tickets", "event_id", "issued_at"),
  ticketsByHolder: list("tickets", "holder_id", "issued_at"),
  registrationsByEvent: list("registrations", "event_id", "queue_number", { sortType: "bigint", ascending: true }),
  registrationsByUser: list("registrations", "user_id", "registered_at"),
};

/** The rows of each kind of list. */
export interface PageRows {
  ordersByEvent: Order;
  ordersByBuyer: Order;
  ticketsByEvent: Ticket;
  ticketsByHolder: Ticket;
  registrationsByEvent: Registration;
  registrationsByUser: Registration;
}

export type PageLoaders = { [L in keyof PageRows]: DataLoader<PageKey, Page<PageRows[L]>, string> };

/** One page loader per kind of list, for one request. */
export function createPageLoaders(db: DbClient, loaders: TicketingLoaders): PageLoaders {
  const orders = (ids: string[]) => loaders.orderById.loadMany(ids);
  const tickets = (ids: string[]) => loaders.ticketById.loadMany(ids);
  const registrations = (ids: string[]) => loaders.registrationById.loadMany(ids);
  return {
    ordersByEvent: ownerPageLoader(db, PAGES.ordersByEvent, orders),
    ordersByBuyer: ownerPageLoader(db, PAGES.ordersByBuyer, orders),
    ticketsByEvent: ownerPageLoader(db, PAGES.ticketsByEvent, tickets),
    ticketsByHolder: ownerPageLoader(db, PAGES.ticketsByHolder, tickets),
    registrationsByEvent: ownerPageLoader(db, PAGES.registrationsByEvent, registrations),
    registrationsByUser: ownerPageLoader(db, PAGES.registrationsByUser, registrations),
  };
}
