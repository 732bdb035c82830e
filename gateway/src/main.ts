// Runs the gateway alone (production: subgraphs in their own processes, URLs from the environment).
import { configOrExit, loadTokenKeys, logger, stopOnSignals } from "@bilten/platform";
import { gatewaySettings } from "./config.js";
import { startGateway } from "./server.js";
import { readSupergraph } from "./supergraph.js";

const { config, settings } = configOrExit(() => gatewaySettings());
const keys = await configOrExit(() => loadTokenKeys(config, false));
const gateway = await startGateway({
  supergraphSdl: readSupergraph(),
  settings,
  keys,
  log: logger(),
  port: config.GATEWAY_PORT,
  host: "0.0.0.0",
});
stopOnSignals(() => gateway.stop());
