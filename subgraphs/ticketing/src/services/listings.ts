// The lists of the API: an event's orders, attendees and registrations for its staff, and a user's own tickets,
// orders and registrations. Pages of ids come from the batched page loaders, rows from the by-id loaders.
import DataLoader from "dataloader";
import { forbidden, pageSize, requireViewer, type Page, type PageArgs, type Viewer } from "@bilten/platform";
import type { Order, Registration, Ticket } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../loaders.js";
import { EventRefs, isEventStaff } from "./access.js";
import { loadPage, type PAGES, type PageKey } from "./pages.js";

type PageLoaders = Record<keyof typeof PAGES, DataLoader<PageKey, Page<string>, string>>;

export class ListingService {
  private readonly events: EventRefs;

  constructor(
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly pages: PageLoaders,
  ) {
    this.events = new EventRefs(loaders, viewer);
  }

  async eventOrders(eventId: string, args: PageArgs & { status?: string[] | null }): Promise<Page<Order>> {
    await this.staffOf(eventId, "orders");
    const page = await this.pages.ordersByEvent.load(this.key(eventId, args, args.status));
    return loadPage(page, (ids) => this.loaders.orderById.loadMany(ids));
  }

  /** One entry per valid ticket. */
  async eventAttendees(eventId: string, args: PageArgs): Promise<Page<Ticket>> {
    await this.staffOf(eventId, "attendees");
    const page = await this.pages.ticketsByEvent.load(this.key(eventId, args, ["VALID"]));
    return loadPage(page, (ids) => this.loaders.ticketById.loadMany(ids));
  }

  async eventRegistrations(eventId: string, args: PageArgs & { status?: string[] | null }): Promise<Page<Registration>> {
    await this.staffOf(eventId, "registrations");
    const page = await this.pages.registrationsByEvent.load(this.key(eventId, args, args.status));
    return loadPage(page, (ids) => this.loaders.registrationById.loadMany(ids));
  }

  async userTickets(userId: string, args: PageArgs): Promise<Page<Ticket>> {
    this.self(userId, "tickets");
    const page = await this.pages.ticketsByHolder.load(this.key(userId, args, null));
    return loadPage(page, (ids) => this.loaders.ticketById.loadMany(ids));
  }

  async userOrders(userId: string, args: PageArgs): Promise<Page<Order>> {
    this.self(userId, "orders");
    const page = await this.pages.ordersByBuyer.load(this.key(userId, args, null));
    return loadPage(page, (ids) => this.loaders.orderById.loadMany(ids));
  }

  async userRegistrations(userId: string, args: PageArgs): Promise<Page<Registration>> {
    this.self(userId, "registrations");
    const page = await this.pages.registrationsByUser.load(this.key(userId, args, null));
    return loadPage(page, (ids) => this.loaders.registrationById.loadMany(ids));
  }

  /** Personal lists are the user's own (platform admins may look too). */
  private self(userId: string, what: string): void {
    const viewer = requireViewer(this.viewer);
    if (viewer.userId !== userId && !viewer.isPlatformAdmin) throw forbidden(`Only the user themself sees their ${what}`);
  }

  async staffOf(eventId: string, what: string): Promise<void> {
    const event = await this.events.visible(eventId);
    if (!event || !isEventStaff(this.viewer, event)) throw forbidden(`Only the event's admins and organizers see its ${what}`);
  }

  private key(ownerId: string, args: PageArgs, statuses: string[] | null | undefined): PageKey {
    return { ownerId, first: pageSize(args), after: args.after ?? null, statuses: statuses?.length ? [...statuses].sort() : null };
  }
}
