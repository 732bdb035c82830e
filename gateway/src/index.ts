export { gatewayShape, readGatewayConfig, type GatewayConfig, type GatewaySettings } from "./config.js";
export { startGateway, type GatewayOptions } from "./server.js";
export type { GatewayContext } from "./context.js";
export { composeSupergraph, readSupergraph, SUPERGRAPH_FILE } from "./supergraph.js";
export { queryLimitsRule, type QueryLimits } from "./limits.js";
export { LiveHub, type LiveFieldSpec, type LiveMessage } from "./live.js";
export { LIVE_FIELDS } from "./live-fields.js";
export { TOKEN_EXPIRED } from "./sockets.js";
