export { gatewayShape, gatewaySettings, type GatewaySettings } from "./config.js";
export { startGateway, type GatewayContext, type GatewayOptions } from "./server.js";
export { composeSupergraph, readSupergraph, SUPERGRAPH_FILE } from "./supergraph.js";
export { queryLimitsRule, type QueryLimits } from "./limits.js";
