// Cursor connections with a bounded `first`, shared by every list that can grow.
import { badInput } from "./errors.js";

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Opaque cursors: base64url of the last row's id. */
export const encodeCursor = (id: string) => Buffer.from(id, "utf8").toString("base64url");

export function decodeCursor(cursor: string, field = "after"): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw badInput(field, "after is not a cursor this API produced");
  return id;
}

export function pageSize(args: PageArgs, fallback = 20): number {
  const first = args.first ?? fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput("first", `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Builds a page from rows fetched with `take: size + 1`. */
export function toPage<T extends { id: string }>(rows: T[], size: number): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last.id) : null } };
}

/** Keyset cursors for lists ordered by more than the id, e.g. (startsAt, id). */
export const encodeKeyset = (values: (string | number)[]) =>
  Buffer.from(JSON.stringify(values), "utf8").toString("base64url");

/**
 * Builds a page of a list in keyset order from rows fetched with `take: size + 1`; `keyOf` gives the values of a row
 * that the cursor holds, in the order's columns (the same `decodeKeyset` gives back for `after`).
 */
export function toKeysetPage<T>(rows: T[], size: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeKeyset(keyOf(last)) : null } };
}

export function decodeKeyset(cursor: string, arity: number, field = "after"): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw badInput(field, `${field} is not a cursor this API produced`);
}
