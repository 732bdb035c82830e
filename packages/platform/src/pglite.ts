// Every embedded PGlite the project opens loads the same PostgreSQL extensions the migrations need.
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";

/** btree_gist: exclusion constraints mixing equality and range overlap (no double-booked rooms). */
export const PGLITE_EXTENSIONS = { btree_gist };

export function createPglite(dataDir?: string, options: Omit<PGliteOptions, "extensions"> = {}): Promise<PGlite> {
  return PGlite.create(dataDir, { ...options, extensions: PGLITE_EXTENSIONS });
}
