import { z } from "zod";
import { baseShape, vars } from "@bilten/platform";

export const analyticsShape = {
  ...baseShape,
  ANALYTICS_PORT: vars.port.default(4005),
  /** Key for hashing visitors (address + user agent + day). Outside production a random one per process. */
  ANALYTICS_VISITOR_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
};
