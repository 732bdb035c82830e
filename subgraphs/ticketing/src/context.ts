// The per-request context: verified viewer, fresh loaders and page loaders, and the services built on them.
import type DataLoader from "dataloader";
import type { Page, RequestContext, SubgraphDeps } from "@bilten/platform";
import type { TicketingSettings } from "./config.js";
import { createLoaders, type TicketingLoaders } from "./loaders.js";
import { CheckInService } from "./services/check-ins.js";
import { DiscountCodeService } from "./services/discounts.js";
import { ListingService } from "./services/listings.js";
import { OrderService } from "./services/orders.js";
import { PAGES, pageLoader, type PageKey } from "./services/pages.js";
import { PurchaseService } from "./services/purchases.js";
import { RefundService } from "./services/refunds.js";
import { RegistrationService } from "./services/registrations.js";
import { TicketTypeService } from "./services/ticket-types.js";
import { TicketService } from "./services/tickets.js";

export interface TicketingContext extends RequestContext {
  loaders: TicketingLoaders;
  pages: Record<keyof typeof PAGES, DataLoader<PageKey, Page<string>, string>>;
  ticketTypes: TicketTypeService;
  discountCodes: DiscountCodeService;
  purchases: PurchaseService;
  orders: OrderService;
  refunds: RefundService;
  tickets: TicketService;
  registrations: RegistrationService;
  listings: ListingService;
  checkIns: CheckInService;
}

export function createContext(request: RequestContext, deps: SubgraphDeps, settings: TicketingSettings): TicketingContext {
  const { db, outbox } = deps;
  const loaders = createLoaders(db, request.viewer?.userId ?? null);
  const pages = Object.fromEntries(Object.entries(PAGES).map(([name, spec]) => [name, pageLoader(db, spec)])) as TicketingContext["pages"];
  return {
    ...request,
    loaders,
    pages,
    ticketTypes: new TicketTypeService(db, request.viewer, loaders, outbox),
    discountCodes: new DiscountCodeService(db, request.viewer, loaders),
    purchases: new PurchaseService(db, request.viewer, loaders, settings, outbox, request.log),
    orders: new OrderService(db, request.viewer, loaders, outbox),
    refunds: new RefundService(db, request.viewer, loaders, settings, outbox, request.log),
    tickets: new TicketService(request.viewer, loaders, settings.signingKeys),
    registrations: new RegistrationService(db, request.viewer, loaders, outbox),
    listings: new ListingService(request.viewer, loaders, pages),
    checkIns: new CheckInService(db, request.viewer, loaders, settings.signingKeys.publicKey, deps.pubsub, outbox, request.log),
  };
}
