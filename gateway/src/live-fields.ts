// The subscription fields of the supergraph that this gateway serves (see live.ts). A subgraph that declares a
// Subscription field in its SDL adds its entry here: channel, snapshot query and the entity fields of its payload.
import type { LiveFieldSpec } from "./live.js";

export const LIVE_FIELDS: LiveFieldSpec[] = [];
