// npm start: the whole supergraph in one process. With no environment: embedded PGlite under .data/, in-process
// pub/sub, demo data on first start. DATABASE_URL / REDIS_URL switch to PostgreSQL and Redis.
import { configOrExit, logger, openDeps, readConfig, stopOnSignals } from "@bilten/platform";
import { gatewaySettings, readSupergraph } from "@bilten/gateway";
import { identitySettings } from "@bilten/identity";
import { speakersSettings } from "@bilten/speakers";
import { loadTicketingSettings } from "@bilten/ticketing";
import { seedDemoIfEmpty } from "./demo.js";
import { startStack } from "./stack.js";

const { config, settings } = configOrExit(() => gatewaySettings());
const identity = configOrExit(() => identitySettings());
const speakers = configOrExit(() => speakersSettings());
const ticketing = await configOrExit(() => loadTicketingSettings());
const log = logger();
const deps = await configOrExit(() => openDeps(config, { name: "stack", needPrivateKey: true }));
log.info({ database: deps.database.kind, pubsub: config.REDIS_URL ? "redis" : "in-process" }, "storage ready");
await seedDemoIfEmpty(deps.db, { scryptLogN: identity.scryptLogN, ticketing, log });
const stack = await startStack({
  deps,
  supergraphSdl: readSupergraph(),
  identity,
  speakers,
  ticketing,
  gateway: settings,
  port: config.GATEWAY_PORT,
  log,
});
log.info(`Bilten supergraph ready: Apollo Sandbox at http://localhost:${stack.port}/graphql`);
stopOnSignals(async () => {
  await stack.stop();
  await speakers.media.close();
  await deps.close();
});
