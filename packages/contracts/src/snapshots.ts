// The version guard: each contract's schema (as JSON Schema) is committed under schemas/, one file per name@version.
// A schema that differs from its file changed under an existing version, which breaks consumers of stored and
// in-flight messages: that needs a new version instead. New versions are recorded with `npm run contracts:record`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { contractLabel, type AnyEventContract, type ChannelContract } from "./contract.js";

export const SNAPSHOT_DIR = fileURLToPath(new URL("../schemas/", import.meta.url));

export interface ContractSnapshot {
  /** Path under schemas/. */
  file: string;
  label: string;
  /** The schema as JSON text, as committed. */
  json: string;
}

export function snapshotOf(contract: AnyEventContract | ChannelContract): ContractSnapshot {
  const isEvent = "payload" in contract;
  const schema = isEvent ? contract.payload : contract.message;
  const label = isEvent ? `event ${contract.source}.${contractLabel(contract)}` : `channel ${contractLabel(contract)}`;
  const file = isEvent
    ? `events/${contract.source}.${contractLabel(contract)}.json`
    : `channels/${contractLabel(contract)}.json`;
  return { file, label, json: `${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n` };
}

/** What is wrong between the contracts and the committed schemas; empty when they agree. */
export function snapshotProblems(snapshots: ContractSnapshot[], dir = SNAPSHOT_DIR): string[] {
  const problems: string[] = [];
  for (const snapshot of snapshots) {
    const path = join(dir, snapshot.file);
    if (!existsSync(path)) {
      problems.push(
        `${snapshot.label} has no committed schema: record it with \`npm run contracts:record\` (writes schemas/${snapshot.file})`,
      );
    } else if (readFileSync(path, "utf8") !== snapshot.json) {
      problems.push(
        `${snapshot.label} changed under an existing version: give the new shape a new version (a new contract next to this ` +
          `one), keep this version for consumers reading old events, and record the new one with \`npm run contracts:record\``,
      );
    }
  }
  const expected = new Set(snapshots.map((s) => s.file));
  for (const folder of ["events", "channels"]) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder))) {
      const file = `${folder}/${name}`;
      if (!expected.has(file))
        problems.push(`schemas/${file} has no contract any more: old versions stay for consumers reading old messages`);
    }
  }
  return problems;
}
