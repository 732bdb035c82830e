import { prepareTestTemplates } from "@bilten/platform/testing";

export default async function globalSetup(): Promise<void> {
  await prepareTestTemplates();
}
