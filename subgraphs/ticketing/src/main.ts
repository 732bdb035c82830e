// Runs the ticketing subgraph alone (production: one process per service).
import { configOrExit, openDeps, startSubgraph, stopOnSignals } from "@bilten/platform";
import { openTicketing, readTicketingConfig, ticketingSubgraph } from "./index.js";

const config = configOrExit(() => readTicketingConfig());
const settings = await configOrExit(() => openTicketing(config));
const deps = await configOrExit(() => openDeps(config.platform, { name: "ticketing", standalone: true }));
const service = await startSubgraph(ticketingSubgraph(settings), deps, { port: config.port, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
}, deps.log);
