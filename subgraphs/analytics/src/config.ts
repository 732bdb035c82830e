// Configuration of the analytics subgraph: the shared variables, its port and the key for hashing visitors. Read
// once at start and validated; a bad value stops the process with one line naming the variable.
import { z } from "zod";
import {
  ConfigError,
  baseShape,
  frozen,
  platformConfig,
  readConfig,
  vars,
  type PlatformConfig,
} from "@bilten/platform";

export const analyticsShape = {
  ...baseShape,
  ANALYTICS_PORT: vars.port.default(4005),
  /** Key for hashing visitors (address + user agent + day). Outside production a random one per process. */
  ANALYTICS_VISITOR_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
};

export interface AnalyticsConfig {
  readonly platform: PlatformConfig;
  readonly port: number;
  /** Required in production; elsewhere undefined means a random key per process. */
  readonly visitorSecret: string | undefined;
}

export function readAnalyticsConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  const values = readConfig(analyticsShape, env);
  // Visitor counts must not reset whenever a process restarts, nor differ between replicas.
  if (values.NODE_ENV === "production" && !values.ANALYTICS_VISITOR_SECRET) {
    throw new ConfigError("invalid configuration: ANALYTICS_VISITOR_SECRET: required in production");
  }
  return frozen({
    platform: platformConfig(values),
    port: values.ANALYTICS_PORT,
    visitorSecret: values.ANALYTICS_VISITOR_SECRET,
  });
}
