// The DataLoader builders: one fetch per batch with each valid id once, malformed ids never fetched, and what a key
// gets when nothing was found for it.
import { describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { noCache, type Cache } from "../src/cache.js";
import { byIdLoader, byKeyLoader, cachedLoader, groupLoader, valueLoader } from "../src/loaders.js";

/** A fetch that records what it was asked for. */
function recording<V>(answer: (keys: string[]) => V) {
  const calls: string[][] = [];
  return {
    calls,
    fetch: async (keys: string[]) => {
      calls.push(keys);
      return answer(keys);
    },
  };
}

const a = randomUUID();
const b = randomUUID();
const c = randomUUID();

describe("loaders", () => {
  test("byIdLoader and byKeyLoader: one fetch per batch, each valid key once, null for the rest", async () => {
    const byId = recording((ids) => ids.filter((id) => id !== c).map((id) => ({ id, name: `row ${id}` })));
    const rows = byIdLoader(byId.fetch);
    const loaded = await Promise.all([rows.load(a), rows.load(b), rows.load(c), rows.load("not-a-uuid"), rows.load(a)]);
    expect(loaded.map((row) => row?.name ?? null)).toEqual([`row ${a}`, `row ${b}`, null, null, `row ${a}`]);
    expect(byId.calls).toEqual([[a, b, c]]);

    const byEvent = recording((eventIds) => eventIds.map((eventId) => ({ id: randomUUID(), eventId })));
    const places = byKeyLoader(byEvent.fetch, (row) => row.eventId);
    expect((await places.load(b))?.eventId).toBe(b);
    expect(await places.load("nope")).toBeNull();
    expect(byEvent.calls).toEqual([[b]]);
  });

  test("a batch of malformed keys only never reaches the fetch", async () => {
    const never = recording(() => [] as { id: string }[]);
    const rows = byIdLoader(never.fetch);
    expect(await rows.loadMany(["x", "1"])).toEqual([null, null]);
    expect(never.calls).toEqual([]);
  });

  test("groupLoader: the rows of each key in fetch order, a fresh empty list for keys without rows", async () => {
    const groups = recording(() => [
      { id: "1", ownerId: a },
      { id: "2", ownerId: b },
      { id: "3", ownerId: a },
    ]);
    const loader = groupLoader(groups.fetch, (row) => row.ownerId);
    const [ofA, ofB, ofC, ofBad] = await Promise.all([
      loader.load(a),
      loader.load(b),
      loader.load(c),
      loader.load("bad"),
    ]);
    expect(ofA.map((row) => row.id)).toEqual(["1", "3"]);
    expect(ofB.map((row) => row.id)).toEqual(["2"]);
    expect(ofC).toEqual([]);
    expect(ofBad).toEqual([]);
    expect(ofC).not.toBe(ofBad);
    expect(groups.calls).toEqual([[a, b, c]]);
  });

  test("valueLoader: found values, `missing` for the rest (a zero count stays zero)", async () => {
    const counts = recording(
      () =>
        new Map([
          [a, 0],
          [b, 3],
        ]),
    );
    const loader = valueLoader(counts.fetch, -1);
    expect(await loader.loadMany([a, b, c, "bad"])).toEqual([0, 3, -1, -1]);
    expect(counts.calls).toEqual([[a, b, c]]);
  });

  test("cachedLoader: the cache first, the database for misses, only shareable misses written back", async () => {
    const store = new Map<string, unknown>([[`row:${a}`, { id: a, from: "cache" }]]);
    const writes: [string, unknown][] = [];
    const cache: Cache = {
      ...noCache,
      enabled: true,
      getMany: async <T>(keys: string[]) => keys.map((key) => store.get(key) as T | undefined),
      setMany: async (entries) => {
        writes.push(...entries);
      },
    };
    const db = recording(
      (ids) => new Map(ids.filter((id) => id !== c).map((id) => [id, { id, from: "db", public: id === b }])),
    );
    const asked: string[][] = [];
    const options = {
      entry: (id: string) => `row:${id}`,
      ttlSeconds: 60,
      fetch: db.fetch,
      shareable: (fetched: Map<string, { id: string; public: boolean } | null>) => {
        asked.push([...fetched.keys()]);
        return [...fetched].filter(([, row]) => row?.public).map(([id]) => id);
      },
      missing: () => null,
    };
    const loader = cachedLoader({ ...options, cache });
    expect(await loader.loadMany([a, b, c, "bad"])).toEqual([
      { id: a, from: "cache" },
      { id: b, from: "db", public: true },
      null,
      null,
    ]);
    expect(db.calls).toEqual([[b, c]]);
    expect(writes).toEqual([[`row:${b}`, { id: b, from: "db", public: true }]]);

    // With the cache off: straight to the database, and nothing decides what to share.
    asked.length = 0;
    const uncached = cachedLoader({ ...options, cache: noCache });
    expect(await uncached.load(a)).toMatchObject({ id: a, from: "db" });
    expect(asked).toEqual([]);
  });
});
