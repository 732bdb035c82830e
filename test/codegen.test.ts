// The committed resolver types are what GraphQL Code Generator makes of the subgraphs' schema.graphql now.
import { describe, expect, test } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as add from "@graphql-codegen/add";
import { generate } from "@graphql-codegen/cli";
import * as typescript from "@graphql-codegen/typescript";
import * as typescriptResolvers from "@graphql-codegen/typescript-resolvers";
import { SUBGRAPHS } from "@bilten/platform";
import config from "../codegen.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
// The plugins codegen.ts names, handed over loaded: the CLI's own loading (require, or concurrent imports) fails
// inside jest's module system.
const plugins = new Map<string, typeof add | typeof typescript | typeof typescriptResolvers>([
  ["@graphql-codegen/add", add],
  ["@graphql-codegen/typescript", typescript],
  ["@graphql-codegen/typescript-resolvers", typescriptResolvers],
]);
const pluginLoader = (name: string) => {
  const plugin = plugins.get(name);
  if (!plugin) throw new Error(`${name} is not a plugin of codegen.ts`);
  return plugin;
};
const generatedFile = (subgraph: string) => `subgraphs/${subgraph}/src/generated/resolvers.ts`;

describe("generated resolver types", () => {
  test("codegen.ts generates the resolver types of every subgraph", () => {
    expect(Object.keys(config.generates).sort()).toEqual(SUBGRAPHS.map((s) => generatedFile(s.name)).sort());
  });

  test("subgraphs/*/src/generated/resolvers.ts are up to date (run `npm run codegen`)", async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: ROOT, silent: true, pluginLoader },
      false,
    );
    expect(outputs.map((o) => o.filename).sort()).toEqual(Object.keys(config.generates).sort());
    const stale = outputs.filter(({ filename, content }) => {
      const file = `${ROOT}${filename}`;
      return !existsSync(file) || readFileSync(file, "utf8") !== content;
    });
    expect(stale.map((o) => o.filename)).toEqual([]);
  }, 60_000);
});
