// The speakers subgraph: companies and their logos, partners, speaker profiles and the session speaker workflow.
import { SpeakerInvited, eventsEvents } from "@bilten/contracts";
import { consumeEvents, startMailNotifications, type SubgraphDefinition } from "@bilten/platform";
import type { SpeakersSettings } from "./settings.js";
import { createContext, type SpeakersContext } from "./context.js";
import { mediaRoute } from "./companies/adapters/media-route.js";
import { resolvers } from "./resolvers/index.js";
import { OUTBOX } from "./common/domain-events.js";
import { applyToEventRefs } from "./common/event-refs.js";
import { invitationMail } from "./speakers/services/invitation-mail.js";

export { speakersShape, readSpeakersConfig, LOGO_MAX_BYTES_LIMIT, type SpeakersConfig } from "./config.js";
export { openSpeakers, type SpeakersSettings } from "./settings.js";
export {
  createLocalMediaStorage,
  createS3MediaStorage,
  isMediaKey,
  type MediaStorage,
} from "./companies/adapters/media-storage.js";
export { seedSpeakersDemo, type SpeakersDemo } from "./demo.js";

export function speakersSubgraph(settings: SpeakersSettings): SubgraphDefinition<SpeakersContext> {
  return {
    name: "speakers",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    outbox: OUTBOX,
    async background(deps) {
      return [
        await consumeEvents(
          deps.events,
          {
            group: "speakers-event-refs",
            contracts: eventsEvents,
            schema: OUTBOX,
            db: deps.db,
            log: deps.log,
            fromStart: true,
          },
          (event) => applyToEventRefs(deps.db, event),
        ),
        await startMailNotifications({
          group: "speakers-mail",
          stream: deps.events,
          mailer: deps.mailer,
          db: deps.db,
          schema: OUTBOX,
          log: deps.log,
          contracts: [SpeakerInvited],
          compose: invitationMail(deps.db),
        }),
      ];
    },
    routes: (deps) => [mediaRoute(deps.db, settings.media, deps.log)],
    createContext: (request, deps) => createContext(request, deps, settings),
  };
}
