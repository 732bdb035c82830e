// Runs the identity subgraph alone (production: one process per service).
import { configOrExit, openDeps, readConfig, startSubgraph, stopOnSignals } from "@bilten/platform";
import { identityShape, identitySettings, identitySubgraph } from "./index.js";

const config = configOrExit(() => readConfig(identityShape));
const settings = configOrExit(() => identitySettings());
const deps = await configOrExit(() => openDeps(config, { name: "identity", needPrivateKey: true, standalone: true }));
const service = await startSubgraph(identitySubgraph(settings), deps, { port: config.IDENTITY_PORT, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
});
