// npm run seed: adds the demo data to DATABASE_URL, or to the embedded database under DATA_DIR.
import { join } from "node:path";
import { baseShape, configOrExit, logger, openDatabase, readConfig } from "@bilten/platform";
import { identitySettings } from "@bilten/identity";
import { loadTicketingSettings } from "@bilten/ticketing";
import { seedDemo } from "@bilten/stack";

const config = configOrExit(() => readConfig(baseShape));
const { scryptLogN } = configOrExit(() => identitySettings());
const ticketing = await configOrExit(() => loadTicketingSettings());
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: join(config.DATA_DIR, "pglite"), log: logger() });
try {
  await seedDemo(database.prisma, scryptLogN, ticketing);
  process.stdout.write("Demo data is in place.\n");
} finally {
  await database.close();
}
