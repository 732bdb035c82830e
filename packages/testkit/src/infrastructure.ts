// The testkit without the supergraph: test databases, Redis, keys, requirements, waiting. For tests of the
// platform itself and for jest's globalSetup, which need not load every subgraph.
export { testConfig, childEnvironment } from "./config.js";
export { requires, type Service } from "./requires.js";
export { prepareTestTemplates, createTestDatabase, type TestDatabase } from "./database.js";
export {
  createTestCache,
  createTestEventStream,
  createTestPubSub,
  deleteRedisKeys,
  startRedisServer,
} from "./redis.js";
export { createTestKeys, silentLogger } from "./keys.js";
export { countAppends, eventually, settle, type CountingStream } from "./waiting.js";
export { ROOT, SOURCE_ARGS, runEntryPoint } from "./entry-points.js";
