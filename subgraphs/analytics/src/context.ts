import type DataLoader from "dataloader";
import type { RequestContext, SubgraphDeps } from "@bilten/platform";
import { createLoaders, type AnalyticsLoaders } from "./loaders.js";
import type { AnalyticsSettings } from "./settings.js";
import { EngagementService, engagementLoader, type SessionEngagement } from "./services/engagement.js";
import { MetricsService } from "./services/metrics.js";
import { PartnerAnalyticsService } from "./services/partners.js";
import { TrackingService } from "./services/tracking.js";

export interface AnalyticsContext extends RequestContext {
  loaders: AnalyticsLoaders;
  engagementBySession: DataLoader<string, SessionEngagement>;
  metrics: MetricsService;
  tracking: TrackingService;
  engagement: EngagementService;
  partners: PartnerAnalyticsService;
}

export function createContext(
  request: RequestContext,
  deps: SubgraphDeps,
  settings: AnalyticsSettings,
): AnalyticsContext {
  const loaders = createLoaders(deps.db);
  return {
    ...request,
    loaders,
    engagementBySession: engagementLoader(deps.db),
    metrics: new MetricsService(deps.db),
    tracking: new TrackingService(deps.db, deps.cache, loaders, request, settings.visitorSecret),
    engagement: new EngagementService(deps.db, request.viewer, loaders),
    partners: new PartnerAnalyticsService(deps.db, request.viewer),
  };
}
