// Runs the speakers subgraph alone (production: one process per service).
import { ConfigError, configOrExit, openDeps, readConfig, startSubgraph, stopOnSignals } from "@bilten/platform";
import { speakersSettings, speakersShape, speakersSubgraph } from "./index.js";

const config = configOrExit(() => {
  const values = readConfig(speakersShape);
  // Its read model of events and sessions comes from the events subgraph's domain events: a stream both share.
  if (!values.REDIS_URL) throw new ConfigError("invalid configuration: REDIS_URL: required to run speakers on its own (npm start runs everything embedded)");
  return values;
});
const settings = configOrExit(() => speakersSettings());
const deps = await configOrExit(() => openDeps(config, { name: "speakers", requireServerDatabase: true }));
const service = await startSubgraph(speakersSubgraph(settings), deps, { port: config.SPEAKERS_PORT, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await settings.media.close();
  await deps.close();
});
