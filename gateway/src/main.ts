// Runs the gateway alone (production: subgraphs in their own processes, URLs from the environment).
import { configOrExit, createLogger, createPubSub, loadTokenKeys, stopOnSignals } from "@bilten/platform";
import { LIVE_FIELDS } from "./live-fields.js";
import { readGatewayConfig } from "./config.js";
import { startGateway } from "./server.js";
import { readSupergraph } from "./supergraph.js";

const config = configOrExit(() => readGatewayConfig());
const keys = await configOrExit(() => loadTokenKeys(config.platform, false));
const log = createLogger({ level: config.platform.logLevel });
// Live updates reach every gateway instance through Redis; without it only this process's publishers are heard.
const pubsub = createPubSub(config.platform.redisUrl, log);
const gateway = await startGateway({
  supergraphSdl: readSupergraph(),
  settings: config,
  keys,
  log,
  port: config.port,
  host: "0.0.0.0",
  live: { pubsub, specs: LIVE_FIELDS },
});
stopOnSignals(async () => {
  await gateway.stop();
  await pubsub.close();
}, log);
