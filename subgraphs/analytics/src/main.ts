// Runs the analytics subgraph alone (production: one process per service).
import { ConfigError, configOrExit, openDeps, readConfig, startSubgraph, stopOnSignals } from "@bilten/platform";
import { analyticsShape, analyticsSubgraph } from "./index.js";

const config = configOrExit(() => {
  const read = readConfig(analyticsShape);
  if (read.NODE_ENV === "production" && !read.ANALYTICS_VISITOR_SECRET) {
    throw new ConfigError("invalid configuration: ANALYTICS_VISITOR_SECRET: required in production");
  }
  return read;
});
const deps = await configOrExit(() => openDeps(config, { name: "analytics", standalone: true }));
const service = await startSubgraph(analyticsSubgraph({ visitorSecret: config.ANALYTICS_VISITOR_SECRET }), deps, {
  port: config.ANALYTICS_PORT,
  host: "0.0.0.0",
});
stopOnSignals(async () => {
  await service.stop();
  await deps.close();
});
