// Rules about configuration across the repository: the process environment is read only in `config.ts` files, and
// every variable they read is documented in the README's table (and the table names no variable nobody reads).
import { describe, expect, test } from "@jest/globals";
import { readFileSync, readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "@bilten/testkit/infrastructure";

/** Where service code lives: workspaces' sources, benchmarks and database tools. */
const SERVICE_CODE = ["packages", "subgraphs", "gateway", "bench", "prisma"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ["node_modules", "dist", "generated", "test"].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = SERVICE_CODE.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const configFiles = files.filter((file) => basename(file) === "config.ts");

describe("configuration", () => {
  test("only config.ts files read the process environment", () => {
    const readers = files
      .filter((file) => basename(file) !== "config.ts")
      .filter((file) => readFileSync(file, "utf8").includes("process.env"))
      .map((file) => relative(ROOT, file));
    expect(readers).toEqual([]);
  });

  test("every variable a service reads has its row in the README's table, and every row is read", async () => {
    const variables = new Set<string>();
    for (const file of configFiles) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (name.endsWith("Shape")) for (const variable of Object.keys(value as object)) variables.add(variable);
      }
    }
    expect(variables.size).toBeGreaterThan(40);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("## Environment variables"),
      readme.indexOf("\n## ", readme.indexOf("## Environment variables") + 1),
    );
    const rows = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1]);
    expect([...variables].filter((variable) => !rows.includes(variable)).sort()).toEqual([]);
    expect(rows.filter((row) => !variables.has(row!))).toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
