// The Prisma schema and the committed migrations agree (what `npm run migrate:check` checks in CI), and each
// subgraph keeps to its own PostgreSQL namespace.
import { describe, expect, test } from "@jest/globals";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { SUBGRAPHS } from "@bilten/platform";
import { SCHEMA_DIR, pendingSchemaChanges } from "../tools/engine.js";

describe("prisma schema", () => {
  test("every change of the schema has a migration", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  }, 120_000);

  test("each subgraph's file puts all its models and enums in its own namespace", async () => {
    const files = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith(".prisma") && f !== "base.prisma");
    expect(files.sort()).toEqual(SUBGRAPHS.map((s) => `${s.name}.prisma`).sort());
    for (const file of files) {
      const text = await readFile(join(SCHEMA_DIR, file), "utf8");
      const blocks = text.match(/^(model|enum) \w+ \{[\s\S]*?^\}/gm) ?? [];
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect(block).toContain(`@@schema("${file.replace(".prisma", "")}")`);
    }
  });
});
