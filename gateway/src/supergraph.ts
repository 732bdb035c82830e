// The static supergraph: composed from every subgraph's schema.graphql with @apollo/composition and committed
// to schema/supergraph.graphql (a test fails when the committed file is stale).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPHS, defaultSubgraphUrl } from "@bilten/platform";

const ROOT = new URL("../../", import.meta.url);
export const SUPERGRAPH_FILE = fileURLToPath(new URL("schema/supergraph.graphql", ROOT));

export function subgraphSchemaFile(name: string): string {
  return fileURLToPath(new URL(`subgraphs/${name}/schema.graphql`, ROOT));
}

export class CompositionError extends Error {
  override name = "CompositionError";
}

export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((service) => ({
      name: service.name,
      url: defaultSubgraphUrl(service),
      typeDefs: parse(readFileSync(subgraphSchemaFile(service.name), "utf8")),
    })),
  );
  if (result.errors) {
    throw new CompositionError(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, "utf8");
}
