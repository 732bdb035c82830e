// Runs the ticketing subgraph alone (production: one process per service).
import { configOrExit, openDeps, readConfig, startSubgraph, stopOnSignals } from "@bilten/platform";
import { loadTicketingSettings, ticketingShape, ticketingSubgraph } from "./index.js";

const config = configOrExit(() => readConfig(ticketingShape));
const settings = await configOrExit(() => loadTicketingSettings());
const deps = await configOrExit(() => openDeps(config, { name: "ticketing", standalone: true }));
const service = await startSubgraph(ticketingSubgraph(settings), deps, { port: config.TICKETING_PORT, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
});
