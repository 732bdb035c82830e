// Runs the events subgraph alone (production: one process per service).
import { configOrExit, openDeps, readConfig, startSubgraph, stopOnSignals } from "@bilten/platform";
import { eventsShape, eventsSubgraph } from "./index.js";

const config = configOrExit(() => readConfig(eventsShape));
const deps = await configOrExit(() => openDeps(config, { name: "events", standalone: true }));
const service = await startSubgraph(eventsSubgraph(), deps, { port: config.EVENTS_PORT, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
});
