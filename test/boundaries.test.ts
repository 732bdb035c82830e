// The architecture's import rules are lint rules: these probes would each break one, and must be refused by
// `npm run lint`; the allowed directions must pass.
import { describe, expect, test } from "@jest/globals";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("import boundaries", () => {
  test.each([
    [
      "a subgraph importing another subgraph",
      "subgraphs/identity/src/probe.ts",
      `export { eventsSubgraph } from "@bilten/events";`,
    ],
    [
      "a subgraph importing the gateway",
      "subgraphs/events/src/probe.ts",
      `export { startGateway } from "@bilten/gateway";`,
    ],
    [
      "the gateway importing a subgraph",
      "gateway/src/probe.ts",
      `export { ticketingSubgraph } from "@bilten/ticketing";`,
    ],
    [
      "the platform importing a subgraph",
      "packages/platform/src/probe.ts",
      `export { speakersSubgraph } from "@bilten/speakers";`,
    ],
    [
      "a subgraph reaching into another by path",
      "subgraphs/analytics/src/probe.ts",
      `export * from "../../events/src/index.js";`,
    ],
    [
      "the platform importing domain payloads",
      "packages/platform/src/probe.ts",
      `export { TicketsPurchased } from "@bilten/contracts";`,
    ],
    [
      "the contracts importing the platform",
      "packages/contracts/src/probe.ts",
      `export { badInput } from "@bilten/platform";`,
    ],
    [
      "the contracts importing a subgraph",
      "packages/contracts/src/probe.ts",
      `export { eventsSubgraph } from "@bilten/events";`,
    ],
  ])("%s is refused", async (_, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
  });

  test.each([
    [
      "a subgraph importing the platform",
      "subgraphs/identity/src/probe.ts",
      `export { badInput } from "@bilten/platform";`,
    ],
    [
      "a subgraph importing the contracts",
      "subgraphs/identity/src/probe.ts",
      `export { UserRegistered } from "@bilten/contracts";`,
    ],
    [
      "the platform importing what a contract is",
      "packages/platform/src/probe.ts",
      `export { readEvent } from "@bilten/contracts/contract";`,
    ],
    [
      "the stack importing a subgraph",
      "packages/stack/src/probe.ts",
      `export { eventsSubgraph } from "@bilten/events";`,
    ],
    [
      "a test importing the stack",
      "subgraphs/events/test/probe.test.ts",
      `export { startStack } from "@bilten/stack";`,
    ],
  ])("%s is allowed", async (_, filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});

describe("configuration", () => {
  test("process.env is read only in config modules", async () => {
    const code = `export const level = process.env.LOG_LEVEL;\n`;
    expect(await problems("subgraphs/events/src/probe.ts", code)).toEqual([
      expect.stringMatching(/^no-restricted-properties: /),
    ]);
    expect(await problems("subgraphs/events/src/config.ts", code)).toEqual([]);
  });
});
