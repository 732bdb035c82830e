// npm run seed: adds the demo data to DATABASE_URL, or to the embedded database under DATA_DIR, with the settings
// `npm start` would use (password cost, ticket signing keys, the visitor key).
import { join } from "node:path";
import { configOrExit, createLogger, openDatabase } from "@bilten/platform";
import { openAnalytics } from "@bilten/analytics";
import { openIdentity } from "@bilten/identity";
import { openTicketing } from "@bilten/ticketing";
import { readStackConfig } from "./config.js";
import { seedDemo } from "./demo.js";

const config = configOrExit(() => readStackConfig());
const { scryptLogN } = await openIdentity(config.identity);
const ticketing = await configOrExit(() => openTicketing(config.ticketing));
const analytics = await openAnalytics(config.analytics);
const log = createLogger({ level: config.platform.logLevel });
const database = await openDatabase({
  url: config.platform.databaseUrl,
  dataDir: join(config.platform.dataDir, "pglite"),
  log,
});
try {
  await seedDemo(database.prisma, { scryptLogN, ticketing, analytics });
  process.stdout.write("Demo data is in place.\n");
} finally {
  await database.close();
}
