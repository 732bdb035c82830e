// npm start: the whole supergraph in one process. With no environment: embedded PGlite under .data/, in-process
// pub/sub, demo data on first start. DATABASE_URL / REDIS_URL switch to PostgreSQL and Redis.
import { configOrExit, openDeps, stopOnSignals } from "@bilten/platform";
import { readSupergraph } from "@bilten/gateway";
import { readStackConfig } from "./config.js";
import { seedDemoIfEmpty } from "./demo.js";
import { openSubgraphs, startStack } from "./stack.js";

const config = configOrExit(() => readStackConfig());
const settings = await configOrExit(() => openSubgraphs(config));
const deps = await configOrExit(() => openDeps(config.platform, { name: "stack", needPrivateKey: true }));
const log = deps.log;
log.info({ database: deps.database.kind, pubsub: config.platform.redisUrl ? "redis" : "in-process" }, "storage ready");
await seedDemoIfEmpty(
  deps.db,
  { scryptLogN: settings.identity.scryptLogN, ticketing: settings.ticketing, analytics: settings.analytics },
  log,
);
const stack = await startStack({
  deps,
  supergraphSdl: readSupergraph(),
  ...settings,
  gateway: config.gateway,
  port: config.gateway.port,
  subgraphPorts: {
    identity: config.identity.port,
    events: config.events.port,
    speakers: config.speakers.port,
    ticketing: config.ticketing.port,
    analytics: config.analytics.port,
  },
  log,
});
log.info(`Bilten supergraph ready: Apollo Sandbox at http://localhost:${stack.port}/graphql`);
stopOnSignals(async () => {
  await stack.stop();
  await settings.speakers.media.close();
  await deps.close();
}, log);
