// Runs the speakers subgraph alone (production: one process per service).
import { configOrExit, openDeps, startSubgraph, stopOnSignals } from "@bilten/platform";
import { openSpeakers, readSpeakersConfig, speakersSubgraph } from "./index.js";

const config = configOrExit(() => readSpeakersConfig());
const settings = await configOrExit(() => openSpeakers(config));
const deps = await configOrExit(() => openDeps(config.platform, { name: "speakers", standalone: true }));
const service = await startSubgraph(speakersSubgraph(settings), deps, { port: config.port, host: "0.0.0.0" });
stopOnSignals(async () => {
  await service.stop();
  await settings.media.close();
  await deps.close();
}, deps.log);
