// npm run analytics:rebuild: recomputes every aggregate from analytics' own log of consumed domain events.
import { configOrExit, createLogger, openDatabase } from "@bilten/platform";
import { join } from "node:path";
import { readAnalyticsConfig } from "./config.js";
import { EventIngestor } from "./services/ingest.js";

const { platform } = configOrExit(() => readAnalyticsConfig());
const log = createLogger({ level: platform.logLevel });
const database = await openDatabase({ url: platform.databaseUrl, dataDir: join(platform.dataDir, "pglite"), log });
try {
  const replayed = await new EventIngestor(database.prisma, log).rebuild();
  process.stdout.write(`Rebuilt analytics from ${replayed} domain events.\n`);
} finally {
  await database.close();
}
