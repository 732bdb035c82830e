// The testkit: everything tests share (see infrastructure.ts), the whole supergraph on a test database, a GraphQL
// client, and builders of users, organizations, events, sessions, ticket types, orders and check-ins.
export * from "./infrastructure.js";
export { graphql, errorOf, must, type GraphQLResult, type RequestOptions } from "./client.js";
export { startTestStack, type TestStack, type TestStackOptions } from "./stack.js";
export * from "./world.js";
