// npm run analytics:rebuild: recomputes every aggregate from analytics' own log of consumed domain events.
import { baseShape, configOrExit, logger, openDatabase, readConfig } from "@bilten/platform";
import { join } from "node:path";
import { EventIngestor } from "./services/ingest.js";

const config = configOrExit(() => readConfig(baseShape));
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: join(config.DATA_DIR, "pglite"), log: logger() });
try {
  const replayed = await new EventIngestor(database.prisma, logger()).rebuild();
  process.stdout.write(`Rebuilt analytics from ${replayed} domain events.\n`);
} finally {
  await database.close();
}
