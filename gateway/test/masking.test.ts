// An unexpected failure in a subgraph reaches clients as a generic INTERNAL_SERVER_ERROR, never its message.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import {
  closeServer,
  createHttpServer,
  createLocalPubSub,
  handleGraphQL,
  listen,
  type RunningService,
} from "@bilten/platform";
import { createTestKeys, graphql, silentLogger } from "@bilten/testkit";
import { startGateway } from "../src/server.js";

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { leaky: String }
`);

let gateway: RunningService;
let subgraph: { stop(): Promise<void> };

beforeAll(async () => {
  // A deliberately careless subgraph that leaks internals in its errors.
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Query: {
          leaky: () => {
            throw new Error("connect ECONNREFUSED postgres://admin:hunter2@db:5432/bilten");
          },
        },
      },
    }),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const http = createHttpServer([(req, res) => handleGraphQL(server, req, res, async () => ({}))], () => undefined);
  const port = await listen(http, 0, "127.0.0.1");
  subgraph = { stop: async () => (await closeServer(http), await server.stop()) };
  const url = `http://127.0.0.1:${port}/graphql`;
  const composed = composeServices([{ name: "leaky", url, typeDefs }]);
  if (!composed.supergraphSdl) throw new Error("composition failed");
  gateway = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    settings: {
      allowedOrigins: [],
      limits: { maxDepth: 10, maxCost: 1000, maxPageSize: 100 },
      subgraphUrls: { leaky: url },
    },
    keys: createTestKeys(),
    log: silentLogger(),
    port: 0,
    host: "127.0.0.1",
    live: { pubsub: createLocalPubSub(), specs: [] },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraph?.stop();
});

describe("error masking", () => {
  test("an unknown error is replaced by INTERNAL_SERVER_ERROR without message, stack or secrets", async () => {
    const result = await graphql(
      gateway.url,
      `
        {
          leaky
        }
      `,
    );
    expect(result.errors).toEqual([
      { message: "Internal server error", path: ["leaky"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/hunter2|ECONNREFUSED|stacktrace/);
  });
});
