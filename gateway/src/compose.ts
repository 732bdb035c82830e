// npm run compose: writes schema/supergraph.graphql from the subgraphs' SDL.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { CompositionError, SUPERGRAPH_FILE, composeSupergraph } from "./supergraph.js";

try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  process.stdout.write(`Wrote ${relative(process.cwd(), SUPERGRAPH_FILE)}\n`);
} catch (error) {
  if (!(error instanceof CompositionError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
