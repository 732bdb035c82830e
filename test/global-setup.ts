// Runs once before all test files, outside any test environment: only what needs no jest globals.
import { prepareTestTemplates } from "@bilten/testkit/database";

export default async function globalSetup(): Promise<void> {
  await prepareTestTemplates();
}
