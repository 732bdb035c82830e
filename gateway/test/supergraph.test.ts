import { describe, expect, test } from "@jest/globals";
import { composeSupergraph, readSupergraph } from "../src/supergraph.js";

describe("static supergraph", () => {
  test("the subgraphs compose without errors and schema/supergraph.graphql is up to date (run `npm run compose`)", () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });
});
