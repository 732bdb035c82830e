// Runs the events subgraph alone (production: one process per service).
import { configOrExit, openDeps, startSubgraph, stopOnSignals } from "@bilten/platform";
import { eventsSubgraph, openEvents, readEventsConfig } from "./index.js";

const config = configOrExit(() => readEventsConfig());
const settings = await configOrExit(() => openEvents(config));
const deps = await configOrExit(() => openDeps(config.platform, { name: "events", standalone: true }));
const service = await startSubgraph(eventsSubgraph(settings), deps, { port: config.port, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
}, deps.log);
