// The per-request context: verified viewer, fresh loaders and page loaders, and the services built on them.
import type { RequestContext, SubgraphDeps } from "@bilten/platform";
import type { TicketingSettings } from "./settings.js";
import { createLoaders, type TicketingLoaders } from "./loaders.js";
import { CheckInService } from "./admission/services/check-ins.js";
import { DoorStaff } from "./admission/services/door-staff.js";
import { LiveCountService } from "./admission/services/live-counts.js";
import { OfflineScanService } from "./admission/services/offline-scans.js";
import { DiscountCodeService } from "./sales/services/discounts.js";
import { Listings } from "./common/listings.js";
import { OrderService } from "./sales/services/orders.js";
import { createPageLoaders, type PageLoaders } from "./common/pages.js";
import { PurchaseService } from "./sales/services/purchases.js";
import { RefundService } from "./sales/services/refunds.js";
import { RegistrationService } from "./registration/services/registrations.js";
import { TicketTypeService } from "./sales/services/ticket-types.js";
import { TicketService } from "./admission/services/tickets.js";

export interface TicketingContext extends RequestContext {
  loaders: TicketingLoaders;
  pages: PageLoaders;
  ticketTypes: TicketTypeService;
  discountCodes: DiscountCodeService;
  purchases: PurchaseService;
  orders: OrderService;
  refunds: RefundService;
  tickets: TicketService;
  registrations: RegistrationService;
  checkIns: CheckInService;
  offlineScans: OfflineScanService;
  liveCounts: LiveCountService;
}

export function createContext(
  request: RequestContext,
  deps: SubgraphDeps,
  settings: TicketingSettings,
): TicketingContext {
  const { db, outbox } = deps;
  const loaders = createLoaders(db, request.viewer?.userId ?? null);
  const pages = createPageLoaders(db, loaders);
  const lists = new Listings(request.viewer, loaders, pages);
  const doors = new DoorStaff(request.viewer, loaders);
  const liveCounts = new LiveCountService(db, doors, deps.pubsub, request.log);
  const checkIns = new CheckInService(
    db,
    request.viewer,
    loaders,
    settings.signingKeys.publicKey,
    doors,
    liveCounts,
    outbox,
  );
  return {
    ...request,
    loaders,
    pages,
    ticketTypes: new TicketTypeService(db, request.viewer, loaders, outbox),
    discountCodes: new DiscountCodeService(db, request.viewer, loaders),
    purchases: new PurchaseService(db, request.viewer, loaders, settings, outbox, request.log),
    orders: new OrderService(db, request.viewer, loaders, lists, outbox),
    refunds: new RefundService(db, request.viewer, loaders, settings, outbox, request.log),
    tickets: new TicketService(request.viewer, loaders, lists, settings.signingKeys),
    registrations: new RegistrationService(db, request.viewer, loaders, lists, outbox),
    checkIns,
    offlineScans: new OfflineScanService(db, doors, checkIns, liveCounts),
    liveCounts,
  };
}
