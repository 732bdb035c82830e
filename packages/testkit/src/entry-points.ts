// Runs a service's entry point from source (as `npm start` and `npm run start:<service>` do) with changed
// environment variables, for tests of what a process does at start-up.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnvironment } from "./config.js";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Node's arguments for running an entry point from source. */
export const SOURCE_ARGS = ["--conditions=source", "--import", "tsx"];

/** Runs the entry point (a path from the repository root) until it exits; empty values count as unset. */
export function runEntryPoint(
  entryPoint: string,
  env: Record<string, string>,
): { status: number | null; stderr: string[] } {
  const result = spawnSync(process.execPath, [...SOURCE_ARGS, entryPoint], {
    cwd: ROOT,
    env: childEnvironment(env),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr.trim().split("\n").filter(Boolean) };
}
