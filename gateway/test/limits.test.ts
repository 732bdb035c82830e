import { describe, expect, test } from "@jest/globals";
import { buildSchema, parse, validate } from "graphql";
import { queryLimitsRule } from "../src/limits.js";

const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): [Node!]! }
  type Node { id: ID!, child: Node, children(first: Int): [Node!]! }
`);
const rule = queryLimitsRule({ maxDepth: 4, maxCost: 200, maxPageSize: 100 });
const reasons = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.extensions.reason);

describe("query limits", () => {
  test("a query within depth and cost passes", () => {
    expect(reasons(`{ node { child { child { id } } } }`)).toEqual([]);
  });

  test("depth counts through fragments and inline fragments", () => {
    expect(
      reasons(`{ node { ...F } } fragment F on Node { child { ... on Node { child { child { id } } } } }`),
    ).toEqual(["QUERY_TOO_DEEP"]);
  });

  test("page sizes multiply the cost of what they select; a variable counts as the largest page", () => {
    expect(reasons(`{ nodes(first: 10) { children(first: 10) { id } } }`)).toEqual([]);
    expect(reasons(`{ nodes(first: 10) { children(first: 30) { id } } }`)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(reasons(`query($n: Int) { nodes(first: $n) { children(first: 2) { id } } }`)).toEqual(["QUERY_TOO_COSTLY"]);
  });

  test("introspection is not limited (Sandbox needs it)", () => {
    expect(reasons(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`)).toEqual([]);
  });

  test("fragment cycles do not hang the rule", () => {
    expect(
      reasons(`{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }`),
    ).toEqual([]);
  });
});
