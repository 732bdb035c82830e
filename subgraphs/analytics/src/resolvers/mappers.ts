// Parents of the resolvers that receive something other than the GraphQL type; codegen.ts maps the types to them.
import type { MetricsService } from "../services/metrics.js";

/** An event's totals, with the event they belong to (its series are read on demand). */
export type EventSummary = Awaited<ReturnType<MetricsService["summary"]>>;
