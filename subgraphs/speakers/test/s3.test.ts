// S3-compatible media storage against a real S3-protocol server (s3rver, a fake S3 in Node speaking the REST API
// the AWS SDK uses), then the whole upload-serve-replace path of the supergraph on it; and the storage settings.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { ConfigError } from "@bilten/platform";
import { startTestStack, world, type TestStack } from "@bilten/testkit";
import { readSpeakersConfig } from "../src/config.js";
import { openSpeakers } from "../src/settings.js";
import { createS3MediaStorage, type MediaStorage } from "../src/companies/adapters/media-storage.js";
import { JPEG, PNG, createCompany, ok, upload } from "./fixtures.js";

let server: S3rver;
let dir: string;
let endpoint: string;
let media: MediaStorage;
let stack: TestStack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bilten-s3-"));
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: dir,
    configureBuckets: [{ name: "bilten-media" }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  media = createS3MediaStorage({
    bucket: "bilten-media",
    endpoint,
    region: "eu-central-2",
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    forcePathStyle: true,
  });
  stack = await startTestStack({ media });
});
afterAll(async () => {
  await stack?.stop();
  await media?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("S3 media storage", () => {
  test("put, get and delete objects; a missing object is null and deleting it again is fine", async () => {
    await media.put("logos/test-object.png", PNG, "image/png");
    expect((await media.get("logos/test-object.png"))?.equals(PNG)).toBe(true);
    await media.delete("logos/test-object.png");
    expect(await media.get("logos/test-object.png")).toBeNull();
    await expect(media.delete("logos/test-object.png")).resolves.toBeUndefined();
    await expect(media.put("../outside.png", PNG, "image/png")).rejects.toThrow(/not a media key/);
  });

  test("the supergraph stores uploaded logos in the bucket, serves them, and deletes replaced ones", async () => {
    const organizer = await world(stack).organizer();
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const first = ok(await upload(stack, organizer.accessToken, company.id, PNG, "logo.png")).uploadCompanyLogo;
    const key = first.url.slice("/media/".length);
    expect((await media.get(key))?.equals(PNG)).toBe(true);
    const served = await fetch(new URL(stack.url).origin + first.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    const second = ok(await upload(stack, organizer.accessToken, company.id, JPEG, "logo.jpg")).uploadCompanyLogo;
    expect(await media.get(key)).toBeNull();
    expect((await media.get(second.url.slice("/media/".length)))?.equals(JPEG)).toBe(true);
  });
});

describe("storage settings", () => {
  test("a local directory under DATA_DIR by default, S3 when a bucket is configured", async () => {
    const local = await openSpeakers(readSpeakersConfig({ DATA_DIR: dir }));
    expect(local).toMatchObject({ logoMaxBytes: 2 * 1024 * 1024, media: { kind: "local" } });
    const s3 = await openSpeakers(
      readSpeakersConfig({
        MEDIA_S3_BUCKET: "bilten-media",
        MEDIA_S3_ENDPOINT: endpoint,
        MEDIA_S3_ACCESS_KEY_ID: "S3RVER",
        MEDIA_S3_SECRET_ACCESS_KEY: "S3RVER",
        LOGO_MAX_BYTES: "500000",
      }),
    );
    expect(s3).toMatchObject({ logoMaxBytes: 500_000, media: { kind: "s3" } });
    await s3.media.put("logos/settings-check.png", PNG, "image/png");
    expect((await media.get("logos/settings-check.png"))?.equals(PNG)).toBe(true);
    await s3.media.close();
  });

  test.each([
    [{ LOGO_MAX_BYTES: String(3 * 1024 * 1024) }, "LOGO_MAX_BYTES"],
    [{ MEDIA_S3_BUCKET: "Not A Bucket" }, "MEDIA_S3_BUCKET"],
    [{ MEDIA_S3_BUCKET: "b-1", MEDIA_S3_ENDPOINT: "s3.example" }, "MEDIA_S3_ENDPOINT"],
    [{ MEDIA_S3_BUCKET: "b-1", MEDIA_S3_ACCESS_KEY_ID: "only-the-id" }, "MEDIA_S3_SECRET_ACCESS_KEY"],
  ])("a bad value stops start-up naming the variable: %j", (env, variable) => {
    expect(() => readSpeakersConfig(env)).toThrow(ConfigError);
    expect(() => readSpeakersConfig(env)).toThrow(variable);
  });
});
