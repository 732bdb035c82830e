// The services of the supergraph and their default ports. The gateway composes and routes to exactly these;
// a subgraph is added here when its issue builds it.
export interface ServiceInfo {
  name: string;
  defaultPort: number;
  /** Environment variable holding the subgraph's URL when services run as separate processes. */
  urlVariable: string;
}

export const GATEWAY_DEFAULT_PORT = 4000;

export const SUBGRAPHS: readonly ServiceInfo[] = [
  { name: "identity", defaultPort: 4001, urlVariable: "IDENTITY_URL" },
  { name: "events", defaultPort: 4002, urlVariable: "EVENTS_URL" },
  { name: "speakers", defaultPort: 4003, urlVariable: "SPEAKERS_URL" },
  { name: "ticketing", defaultPort: 4004, urlVariable: "TICKETING_URL" },
  { name: "analytics", defaultPort: 4005, urlVariable: "ANALYTICS_URL" },
];

export function defaultSubgraphUrl(service: ServiceInfo): string {
  return `http://127.0.0.1:${service.defaultPort}/graphql`;
}
