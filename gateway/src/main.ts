// Runs the gateway alone (production: subgraphs in their own processes, URLs from the environment).
import { configOrExit, createPubSub, loadTokenKeys, logger, stopOnSignals } from "@bilten/platform";
import { LIVE_FIELDS } from "./live-fields.js";
import { gatewaySettings } from "./config.js";
import { startGateway } from "./server.js";
import { readSupergraph } from "./supergraph.js";

const { config, settings } = configOrExit(() => gatewaySettings());
const keys = await configOrExit(() => loadTokenKeys(config, false));
// Live updates reach every gateway instance through Redis; without it only this process's publishers are heard.
const pubsub = createPubSub(config.REDIS_URL, logger());
const gateway = await startGateway({
  supergraphSdl: readSupergraph(),
  settings,
  keys,
  log: logger(),
  port: config.GATEWAY_PORT,
  host: "0.0.0.0",
  live: { pubsub, specs: LIVE_FIELDS },
});
stopOnSignals(async () => {
  await gateway.stop();
  await pubsub.close();
});
