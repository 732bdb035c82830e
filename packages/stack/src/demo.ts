// Demo data for the embedded default, created on the first start (each subgraph seeds its own tables).
import type { Db, Logger } from "@bilten/platform";
import { hasIdentityDemo, seedIdentityDemo } from "@bilten/identity";
import { seedEventsDemo } from "@bilten/events";
import { seedSpeakersDemo } from "@bilten/speakers";

/** Seeds once: a database that already has the demo accounts is left alone. */
export async function seedDemoIfEmpty(db: Db, options: { scryptLogN: number; log: Logger }): Promise<boolean> {
  if (await hasIdentityDemo(db)) return false;
  await seedDemo(db, options.scryptLogN);
  options.log.info("demo data created (accounts in README.md, password bilten-demo-2026)");
  return true;
}

export async function seedDemo(db: Db, scryptLogN: number) {
  const identity = await seedIdentityDemo(db, scryptLogN);
  const events = await seedEventsDemo(db, identity);
  const speakers = await seedSpeakersDemo(db, { identity, events });
  return { identity, events, speakers };
}
