import { byIdLoader, type DbClient } from "@bilten/platform";

export function createLoaders(db: DbClient) {
  return {
    eventRefById: byIdLoader((ids) => db.analyticsEventRef.findMany({ where: { id: { in: ids } } })),
    sessionRefById: byIdLoader((ids) => db.analyticsSessionRef.findMany({ where: { id: { in: ids } } })),
  };
}

export type AnalyticsLoaders = ReturnType<typeof createLoaders>;
