// What the analytics subgraph runs with, opened from its configuration at start.
import { randomBytes } from "node:crypto";
import type { AnalyticsConfig } from "./config.js";

export interface AnalyticsSettings {
  /** Key for hashing visitors. */
  visitorSecret: string;
}

export async function openAnalytics(config: AnalyticsConfig): Promise<AnalyticsSettings> {
  // Without a configured key (never in production), one per process: visitors hash differently after a restart.
  return { visitorSecret: config.visitorSecret ?? randomBytes(32).toString("hex") };
}
