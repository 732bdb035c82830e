import type { RequestContext, SubgraphDeps } from "@bilten/platform";
import type { SpeakersSettings } from "./settings.js";
import { createLoaders, type SpeakersLoaders } from "./loaders.js";
import { CompanyService } from "./companies/services/companies.js";
import { PartnerService } from "./companies/services/partners.js";
import { SessionRefs } from "./common/session-refs.js";
import { SessionSpeakerService } from "./speakers/services/session-speakers.js";
import { SpeakerService } from "./speakers/services/speakers.js";

export interface SpeakersContext extends RequestContext {
  loaders: SpeakersLoaders;
  companies: CompanyService;
  partners: PartnerService;
  speakers: SpeakerService;
  sessionSpeakers: SessionSpeakerService;
}

export function createContext(
  request: RequestContext,
  deps: SubgraphDeps,
  settings: SpeakersSettings,
): SpeakersContext {
  const loaders = createLoaders(deps.db);
  const refs = new SessionRefs(loaders, request.viewer);
  return {
    ...request,
    loaders,
    companies: new CompanyService(deps.db, request.viewer, loaders, settings, deps.outbox, request.log),
    partners: new PartnerService(deps.db, request.viewer, loaders, deps.outbox),
    speakers: new SpeakerService(deps.db, request.viewer, loaders, refs, deps.outbox),
    sessionSpeakers: new SessionSpeakerService(deps.db, request.viewer, loaders, refs, deps.outbox),
  };
}
