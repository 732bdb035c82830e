// Runs the speakers subgraph alone (production: one process per service).
import { configOrExit, openDeps, readConfig, startSubgraph, stopOnSignals } from "@bilten/platform";
import { speakersSettings, speakersShape, speakersSubgraph } from "./index.js";

const config = configOrExit(() => readConfig(speakersShape));
const settings = configOrExit(() => speakersSettings());
const deps = await configOrExit(() => openDeps(config, { name: "speakers", standalone: true }));
const service = await startSubgraph(speakersSubgraph(settings), deps, { port: config.SPEAKERS_PORT, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await settings.media.close();
  await deps.close();
});
