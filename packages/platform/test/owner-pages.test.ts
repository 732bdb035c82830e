// Pages of one list per owner for many owners in one statement: each owner's own cursor, order and filter, on
// PGlite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { Prisma } from "../src/generated/prisma/client.js";
import { loadPage, ownerPageLoader, ownerPages, type OwnerList, type OwnerPageKey } from "../src/owner-pages.js";
import { encodeKeyset, toKeysetPage, type Page } from "../src/pagination.js";
import { createTestDatabase, type TestDatabase } from "@bilten/testkit/infrastructure";

interface Key extends OwnerPageKey {
  statuses: string[] | null;
}

const filter = {
  value: (k: Key) => Prisma.sql`${k.statuses}::text[]`,
  where: Prisma.sql`(k.filter IS NULL OR t.status = ANY(k.filter))`,
};
const newestFirst: OwnerList<Key> = {
  table: `"pagetest"."items"`,
  owner: "owner_id",
  sort: "created_at",
  sortType: "timestamptz",
  filter,
};
const inQueue: OwnerList<Key> = { ...newestFirst, sort: "queue", sortType: "bigint", ascending: true };

interface Item {
  id: string;
  owner: string;
  createdAt: string;
  queue: number;
  status: string;
}

const ann = randomUUID();
const bob = randomUUID();
const cid = randomUUID();
// Ann's items: two share a timestamp (the id decides), two differ by a microsecond only.
const items: Item[] = [
  { owner: ann, createdAt: "2030-01-01T10:00:00.000001Z", queue: 3, status: "OPEN" },
  { owner: ann, createdAt: "2030-01-01T10:00:00.000002Z", queue: 1, status: "DONE" },
  { owner: ann, createdAt: "2030-01-02T09:00:00Z", queue: 5, status: "OPEN" },
  { owner: ann, createdAt: "2030-01-02T09:00:00Z", queue: 2, status: "OPEN" },
  { owner: ann, createdAt: "2030-01-03T12:30:00Z", queue: 4, status: "DONE" },
  { owner: bob, createdAt: "2030-02-01T08:00:00Z", queue: 1, status: "OPEN" },
  { owner: bob, createdAt: "2030-02-02T08:00:00Z", queue: 2, status: "OPEN" },
].map((item) => ({ ...item, id: randomUUID() }));

const micros = (timestamp: string) => {
  const [, fraction = ""] = /\.(\d+)/.exec(timestamp) ?? [];
  return new Date(timestamp.replace(/\.\d+/, "")).getTime() * 1000 + Number(fraction.padEnd(6, "0"));
};
/** What the list should hold for an owner: newest first, the id breaking ties, as PostgreSQL compares them. */
const expected = (owner: string, statuses: string[] | null = null) =>
  items
    .filter((i) => i.owner === owner && (!statuses || statuses.includes(i.status)))
    .sort((x, y) => micros(y.createdAt) - micros(x.createdAt) || (y.id > x.id ? 1 : -1))
    .map((i) => i.id);

const key = (ownerId: string, first: number, after: string | null = null, statuses: string[] | null = null): Key => ({
  ownerId,
  first,
  after,
  statuses,
});

let db: TestDatabase;
const statements: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await db.prisma.$executeRawUnsafe(`CREATE SCHEMA pagetest`);
  await db.prisma.$executeRawUnsafe(
    `CREATE TABLE pagetest.items (id uuid PRIMARY KEY, owner_id uuid NOT NULL, created_at timestamptz NOT NULL, queue bigint NOT NULL, status text NOT NULL)`,
  );
  for (const item of items) {
    await db.prisma
      .$executeRaw`INSERT INTO pagetest.items VALUES (${item.id}::uuid, ${item.owner}::uuid, ${item.createdAt}::timestamptz, ${item.queue}, ${item.status})`;
  }
});
afterAll(async () => {
  await db?.drop();
});

const pageStatements = () => statements.filter((sql) => sql.includes(`"pagetest"."items"`)).length;

describe("owner pages", () => {
  test("many owners in one statement, each walked to its end by its own cursors", async () => {
    const before = pageStatements();
    const [annPage, bobPage, nobody] = await ownerPages(db.prisma, newestFirst, [
      key(ann, 2),
      key(bob, 5),
      key(cid, 3),
    ]);
    expect(pageStatements() - before).toBe(1);
    expect(annPage).toMatchObject({ nodes: expected(ann).slice(0, 2), pageInfo: { hasNextPage: true } });
    expect(bobPage).toEqual({ nodes: expected(bob), pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
    expect(nobody).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });

    // Page by page (one row each), Ann's and Bob's cursors side by side in each statement.
    const walked: Record<string, string[]> = { [ann]: [], [bob]: [] };
    let cursors: Record<string, string | null> = { [ann]: null, [bob]: null };
    for (let round = 0; round < 6; round++) {
      const owners = [ann, bob].filter((owner) => round === 0 || cursors[owner]);
      if (owners.length === 0) break;
      const pages = await ownerPages(
        db.prisma,
        newestFirst,
        owners.map((owner) => key(owner, 1, cursors[owner] ?? null)),
      );
      cursors = { ...cursors };
      pages.forEach((page, i) => {
        const owner = owners[i] as string;
        walked[owner]?.push(...page.nodes);
        cursors[owner] = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      });
    }
    expect(walked[ann]).toEqual(expected(ann));
    expect(walked[bob]).toEqual(expected(bob));
  });

  test("each key's own filter, and an ascending order by a number", async () => {
    const [done, open, all] = await ownerPages(db.prisma, newestFirst, [
      key(ann, 10, null, ["DONE"]),
      key(ann, 10, null, ["OPEN"]),
      key(ann, 10),
    ]);
    expect(done?.nodes).toEqual(expected(ann, ["DONE"]));
    expect(open?.nodes).toEqual(expected(ann, ["OPEN"]));
    expect(all?.nodes).toEqual(expected(ann));

    const queue = items
      .filter((i) => i.owner === ann)
      .sort((x, y) => x.queue - y.queue)
      .map((i) => i.id);
    const [first] = await ownerPages(db.prisma, inQueue, [key(ann, 3)]);
    expect(first?.nodes).toEqual(queue.slice(0, 3));
    const [rest] = await ownerPages(db.prisma, inQueue, [key(ann, 3, first?.pageInfo.endCursor ?? null)]);
    expect(rest).toMatchObject({ nodes: queue.slice(3), pageInfo: { hasNextPage: false } });
  });

  test("a cursor this API did not make is BAD_USER_INPUT", async () => {
    const forged = Buffer.from("not json").toString("base64url");
    await expect(ownerPages(db.prisma, newestFirst, [key(ann, 2, forged)])).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
  });

  test("the loader batches the keys of a request into one statement and reads the rows through `load`", async () => {
    const loads: string[][] = [];
    const rows = async (ids: string[]) => {
      loads.push(ids);
      // One id has vanished since the page was read: it is dropped, the page keeps its cursor.
      return ids.map((id) => (id === expected(ann)[1] ? null : { id, name: `item ${id}` }));
    };
    const loader = ownerPageLoader(db.prisma, newestFirst, rows);
    const before = pageStatements();
    const [annPage, bobPage, again] = await Promise.all([
      loader.load(key(ann, 2)),
      loader.load(key(bob, 1)),
      loader.load(key(ann, 2)),
    ]);
    expect(pageStatements() - before).toBe(1);
    expect(annPage?.nodes).toEqual([{ id: expected(ann)[0], name: `item ${expected(ann)[0]}` }]);
    expect(annPage?.pageInfo.hasNextPage).toBe(true);
    expect(bobPage?.nodes.map((n) => n.id)).toEqual(expected(bob).slice(0, 1));
    expect(again).toBe(annPage);
    expect(loads).toEqual([expected(ann).slice(0, 2), expected(bob).slice(0, 1)]);
  });
});

describe("pages from fetched rows", () => {
  test("toKeysetPage cuts the extra row and puts the last row's key in the cursor", () => {
    const rows = [
      { id: "a", n: 1 },
      { id: "b", n: 2 },
      { id: "c", n: 3 },
    ];
    expect(toKeysetPage(rows, 2, (r) => [r.n, r.id])).toEqual({
      nodes: rows.slice(0, 2),
      pageInfo: { hasNextPage: true, endCursor: encodeKeyset([2, "b"]) },
    });
    expect(toKeysetPage(rows, 3, (r) => [r.n, r.id]).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: encodeKeyset([3, "c"]),
    });
    expect(toKeysetPage([], 3, (r: { id: string }) => [r.id]).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  test("loadPage drops rows that are gone or failed", async () => {
    const page: Page<string> = { nodes: ["1", "2", "3"], pageInfo: { hasNextPage: true, endCursor: "x" } };
    const loaded = await loadPage(page, async (ids) =>
      ids.map((id) => (id === "2" ? null : id === "3" ? new Error("gone") : { id })),
    );
    expect(loaded).toEqual({ nodes: [{ id: "1" }], pageInfo: page.pageInfo });
  });
});
