// Runs the analytics subgraph alone (production: one process per service).
import { configOrExit, openDeps, startSubgraph, stopOnSignals } from "@bilten/platform";
import { analyticsSubgraph, openAnalytics, readAnalyticsConfig } from "./index.js";

const config = configOrExit(() => readAnalyticsConfig());
const settings = await configOrExit(() => openAnalytics(config));
const deps = await configOrExit(() => openDeps(config.platform, { name: "analytics", standalone: true }));
const service = await startSubgraph(analyticsSubgraph(settings), deps, { port: config.port, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
}, deps.log);
