// Bounded contexts: a subgraph's code touches only the models (and the PostgreSQL schema) of its own Prisma file.
import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SUBGRAPHS } from "@bilten/platform";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OPERATIONS =
  "findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy";
const ACCESS = new RegExp(`\\b(?:db|tx|prisma)\\.(\\w+)\\.(?:${OPERATIONS})\\(`, "g");
const RAW_SCHEMA = /"(\w+)"\."\w+"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const allModels = new Map<string, string>();
for (const service of SUBGRAPHS) {
  const text = readFileSync(join(ROOT, "prisma/schema", `${service.name}.prisma`), "utf8");
  for (const [, model] of text.matchAll(/^model (\w+) \{/gm)) {
    allModels.set((model as string)[0]?.toLowerCase() + (model as string).slice(1), service.name);
  }
}

describe.each(SUBGRAPHS.map((s) => s.name))("subgraph %s", (name) => {
  test("uses only its own Prisma models and its own PostgreSQL schema", () => {
    const foreign: string[] = [];
    for (const file of sourceFiles(join(ROOT, "subgraphs", name, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const [, accessor] of text.matchAll(ACCESS)) {
        const owner = allModels.get(accessor as string);
        if (owner && owner !== name) foreign.push(`${file}: ${accessor} belongs to ${owner}`);
      }
      for (const [, schema] of text.matchAll(RAW_SCHEMA)) {
        if (SUBGRAPHS.some((s) => s.name === schema) && schema !== name)
          foreign.push(`${file}: raw SQL on schema ${schema}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

test("the guard recognizes model accessors at all", () => {
  expect([..."await tx.session.findMany({})".matchAll(ACCESS)].map((m) => m[1])).toEqual(["session"]);
  expect(allModels.get("user")).toBe("identity");
  expect(allModels.get("session")).toBe("events");
});
