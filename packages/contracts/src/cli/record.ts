// npm run contracts:record: writes the committed schema of every contract version that has none yet. It never
// rewrites an existing one: a changed shape is a new version (see ../snapshots.ts).
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { eventContracts, liveChannels } from "../index.js";
import { SNAPSHOT_DIR, snapshotOf } from "../snapshots.js";

let written = 0;
for (const snapshot of [...eventContracts, ...liveChannels].map(snapshotOf)) {
  const path = join(SNAPSHOT_DIR, snapshot.file);
  if (existsSync(path)) continue;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, snapshot.json);
  process.stdout.write(`recorded schemas/${snapshot.file}\n`);
  written += 1;
}
process.stdout.write(
  written ? `${written} new contract version(s) recorded\n` : "every contract version is recorded already\n",
);
