// The speakers subgraph's configuration: read once into an immutable object; a bad value stops the process.
// (Which storage the settings open, local or S3, is tested in s3.test.ts.)
import { expect, test } from "@jest/globals";
import { runEntryPoint } from "@bilten/testkit/infrastructure";
import { readSpeakersConfig } from "../src/config.js";

test("defaults and values, read into an immutable object", () => {
  expect(readSpeakersConfig({})).toMatchObject({
    port: 4003,
    logoMaxBytes: 2 * 1024 * 1024,
    media: { kind: "local", directory: ".data/media" },
  });
  const config = readSpeakersConfig({
    SPEAKERS_PORT: "5003",
    MEDIA_S3_BUCKET: "logos",
    MEDIA_S3_ENDPOINT: "http://minio:9000",
  });
  expect(config).toMatchObject({
    port: 5003,
    media: { kind: "s3", s3: { bucket: "logos", region: "us-east-1", forcePathStyle: true } },
  });
  expect(Object.isFrozen(config.media)).toBe(true);
});

test("a bad value stops speakers with exit code 78 and one line naming the variable", () => {
  const { status, stderr } = runEntryPoint("subgraphs/speakers/src/main.ts", { LOGO_MAX_BYTES: "1" });
  expect(status).toBe(78);
  expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: LOGO_MAX_BYTES: /)]);
});
