// The ticketing subgraph: ticket types and availability, purchases with pluggable payment providers, tickets with
// signed QR payloads, refunds, discount codes, registrations with a waitlist.
import { OrderRefunded, RegistrationChanged, TicketsPurchased, eventsEvents } from "@bilten/contracts";
import { consumeEvents, startMailNotifications, type SubgraphDefinition } from "@bilten/platform";
import type { TicketingSettings } from "./settings.js";
import { createContext, type TicketingContext } from "./context.js";
import { resolvers } from "./resolvers/index.js";
import { OUTBOX } from "./common/domain-events.js";
import { applyToEventRefs } from "./common/event-refs.js";
import { composeTicketingMail } from "./common/notifications.js";
import { startSweeper } from "./sales/services/sweeper.js";
import { promoteAfterEventChange } from "./registration/services/waitlist.js";

export { ticketingShape, readTicketingConfig, type TicketingConfig } from "./config.js";
export { openTicketing, type TicketingSettings } from "./settings.js";
export { seedTicketingDemo, type TicketingDemo } from "./demo.js";
export {
  TestCardProvider,
  InvoiceProvider,
  type PaymentProvider,
  type ChargeResult,
} from "./sales/adapters/payment-providers.js";
export { verifyTicketPayload, signTicketPayload, type TicketClaims } from "./admission/adapters/ticket-codes.js";
export { admissionRefusal } from "./admission/services/tickets.js";
export { sweepOnce } from "./sales/services/sweeper.js";
export { applyToEventRefs } from "./common/event-refs.js";

export function ticketingSubgraph(settings: TicketingSettings): SubgraphDefinition<TicketingContext> {
  return {
    name: "ticketing",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    outbox: OUTBOX,
    async background(deps) {
      const log = deps.log.child({ worker: "ticketing" });
      return [
        // The read model of events and sessions; a changed event may have more places for the waitlist.
        await consumeEvents(
          deps.events,
          { group: "ticketing-event-refs", contracts: eventsEvents, schema: OUTBOX, db: deps.db, log, fromStart: true },
          async (event) => {
            await applyToEventRefs(deps.db, event);
            if (event.eventType === "EventUpdated") await promoteAfterEventChange(deps.db, event, deps.outbox);
          },
        ),
        await startMailNotifications({
          group: "ticketing-mail",
          stream: deps.events,
          mailer: deps.mailer,
          db: deps.db,
          schema: OUTBOX,
          log,
          contracts: [TicketsPurchased, OrderRefunded, RegistrationChanged],
          compose: composeTicketingMail(deps.db, settings.signingKeys),
        }),
        startSweeper(deps.db, settings, log, deps.outbox),
      ];
    },
    createContext: (request, deps) => createContext(request, deps, settings),
  };
}
