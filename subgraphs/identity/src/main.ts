// Runs the identity subgraph alone (production: one process per service).
import { configOrExit, openDeps, startSubgraph, stopOnSignals } from "@bilten/platform";
import { identitySubgraph, openIdentity, readIdentityConfig } from "./index.js";

const config = configOrExit(() => readIdentityConfig());
const settings = await configOrExit(() => openIdentity(config));
const deps = await configOrExit(() =>
  openDeps(config.platform, { name: "identity", needPrivateKey: true, standalone: true }),
);
const service = await startSubgraph(identitySubgraph(settings), deps, { port: config.port, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
}, deps.log);
