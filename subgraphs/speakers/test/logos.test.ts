// Company logos end to end through the gateway: upload (base64 in a mutation), type detection, storage, one current
// logo, serving under /media with safe headers, and nothing left behind by any refusal or failure.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorOf, startTestStack, world, type Organizer, type TestStack } from "@bilten/testkit";
import { createLocalMediaStorage, type MediaStorage } from "../src/companies/adapters/media-storage.js";
import { JPEG, PNG, SVG, WEBP, createCompany, ok, upload } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let dir: string;
/** Local storage whose next put can be made to fail, as a full disk or an unreachable bucket would. */
let failPut = false;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bilten-logos-"));
  const local = createLocalMediaStorage(dir);
  const media: MediaStorage = {
    ...local,
    put: async (key, body, type) => {
      if (failPut) throw new Error("storage unavailable");
      await local.put(key, body, type);
    },
  };
  stack = await startTestStack({ media });
  organizer = await world(stack).organizer();
});
afterAll(async () => {
  await stack?.stop();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  failPut = false;
});

const files = async () => (await readdir(join(dir, "logos")).catch(() => [] as string[])).sort();
const origin = () => new URL(stack.url).origin;
const currentLogo = (companyId: string) =>
  stack.db.prisma.companyLogo.findFirst({ where: { companyId, isCurrent: true } });

describe("uploading", () => {
  test("a PNG is stored, becomes the company's logo and is served from the gateway's origin", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const logo = ok(await upload(stack, organizer.accessToken, company.id, PNG, "Brand Logo.png")).uploadCompanyLogo;
    expect(logo).toMatchObject({ fileName: "Brand Logo.png", mimeType: "image/png", fileSizeBytes: PNG.length });
    expect(logo.url).toMatch(/^\/media\/logos\/[0-9a-f-]{36}\.png$/);
    const read = await stack.query(`query($id: ID!) { company(id: $id) { logo { id url mimeType } } }`, {
      id: company.id,
    });
    expect(read.data?.company.logo).toEqual({ id: logo.id, url: logo.url, mimeType: "image/png" });
    expect(await files()).toContain(logo.url.split("/").at(-1));

    const response = await fetch(origin() + logo.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    const head = await fetch(origin() + logo.url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(PNG.length));
  });

  test("JPEG, WebP and SVG are accepted; SVG is served under a policy that loads and runs nothing", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    expect(
      ok(await upload(stack, organizer.accessToken, company.id, JPEG, "photo.jpeg")).uploadCompanyLogo.mimeType,
    ).toBe("image/jpeg");
    expect(
      ok(await upload(stack, organizer.accessToken, company.id, WEBP, "logo.webp", "image/webp")).uploadCompanyLogo
        .mimeType,
    ).toBe("image/webp");
    const svg = ok(await upload(stack, organizer.accessToken, company.id, SVG, "logo.svg")).uploadCompanyLogo;
    expect(svg.mimeType).toBe("image/svg+xml");
    const response = await fetch(origin() + svg.url);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe(SVG.toString());
  });

  test("a new logo replaces the current one: one current row, the old file deleted and no longer served", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const first = ok(await upload(stack, organizer.accessToken, company.id, PNG, "v1.png")).uploadCompanyLogo;
    const second = ok(await upload(stack, organizer.accessToken, company.id, JPEG, "v2.jpg")).uploadCompanyLogo;
    const rows = await stack.db.prisma.companyLogo.findMany({
      where: { companyId: company.id },
      orderBy: { uploadedAt: "asc" },
    });
    expect(rows.map((r) => [r.id, r.isCurrent])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
    expect(await files()).not.toContain(first.url.split("/").at(-1));
    expect(await files()).toContain(second.url.split("/").at(-1));
    expect((await fetch(origin() + first.url)).status).toBe(404);
    expect((await fetch(origin() + second.url)).status).toBe(200);
  });

  test("concurrent uploads queue up: all succeed, exactly one is current and only its file is left", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const results = await Promise.all(
      [PNG, JPEG, WEBP, SVG].map((bytes, i) =>
        upload(stack, organizer.accessToken, company.id, bytes, `logo${i}.${["png", "jpg", "webp", "svg"][i]}`),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await stack.db.prisma.companyLogo.findMany({ where: { companyId: company.id } });
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.isCurrent)).toHaveLength(1);
    const present = new Set(await files());
    expect(rows.filter((r) => present.has(r.storageKey.slice("logos/".length))).map((r) => r.isCurrent)).toEqual([
      true,
    ]);
  });
});

describe("refusals leave nothing behind", () => {
  let company: { id: string };
  let current: string | undefined;
  beforeAll(async () => {
    company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    current = (
      ok(await upload(stack, organizer.accessToken, company.id, PNG, "kept.png")).uploadCompanyLogo as { id: string }
    ).id;
  });

  const unchanged = async (before: string[]) => {
    expect(await files()).toEqual(before);
    expect((await currentLogo(company.id))?.id).toBe(current);
    expect(await stack.db.prisma.companyLogo.count({ where: { companyId: company.id } })).toBe(1);
  };

  test.each([
    [
      "an oversized file (2 MiB + 1 byte)",
      () => Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 + 1 - PNG.length)]),
      "big.png",
      undefined,
      "file.contentBase64",
    ],
    ["a JPEG named .png (mislabelled)", () => JPEG, "logo.png", undefined, "file.fileName"],
    ["a PNG claimed to be a WebP", () => PNG, "logo.png", "image/webp", "file.contentType"],
    [
      "a GIF",
      () => Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"),
      "logo.gif",
      undefined,
      "file.fileName",
    ],
    [
      "a GIF named .png",
      () => Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"),
      "logo.png",
      undefined,
      "file.contentBase64",
    ],
    [
      "an HTML page named .svg",
      () => Buffer.from("<html><script>alert(1)</script></html>"),
      "logo.svg",
      undefined,
      "file.contentBase64",
    ],
    [
      "an SVG with a script",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "logo.svg",
      undefined,
      "file.contentBase64",
    ],
    [
      "an SVG with an event handler",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      "logo.svg",
      undefined,
      "file.contentBase64",
    ],
    [
      "an SVG with an external reference",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.example/a.png"/></svg>'),
      "logo.svg",
      undefined,
      "file.contentBase64",
    ],
    [
      "an SVG with foreignObject",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>'),
      "logo.svg",
      undefined,
      "file.contentBase64",
    ],
  ])("%s is BAD_USER_INPUT naming the field", async (_, bytes, fileName, contentType, field) => {
    const before = await files();
    const result = await upload(stack, organizer.accessToken, company.id, bytes(), fileName, contentType);
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    await unchanged(before);
  });

  test("content that is not base64 is refused", async () => {
    const before = await files();
    const result = await stack.query(
      `mutation($c: ID!) { uploadCompanyLogo(companyId: $c, file: { fileName: "a.png", contentBase64: "%%%" }) { id } }`,
      { c: company.id },
      { token: organizer.accessToken },
    );
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "file.contentBase64" });
    await unchanged(before);
  });

  test("only the company's managers upload; unknown companies are NOT_FOUND", async () => {
    const before = await files();
    const outsider = await world(stack).organizer("Elsewhere");
    expect(errorOf(await upload(stack, outsider.accessToken, company.id, PNG, "x.png"))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      errorOf(await upload(stack, (await world(stack).user()).accessToken, company.id, PNG, "x.png")),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(errorOf(await upload(stack, "", company.id, PNG, "x.png"))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(
      errorOf(await upload(stack, organizer.accessToken, "00000000-0000-4000-8000-000000000000", PNG, "x.png")),
    ).toMatchObject({ code: "NOT_FOUND" });
    await unchanged(before);
  });

  test("when the metadata row cannot be written, the stored file is deleted again", async () => {
    const before = await files();
    await stack.db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION "speakers"."test_refuse_logo"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'metadata store unavailable'; END $$`,
    );
    await stack.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER "test_refuse_logo" BEFORE INSERT ON "speakers"."company_logos" FOR EACH ROW EXECUTE FUNCTION "speakers"."test_refuse_logo"()`,
    );
    try {
      const result = await upload(stack, organizer.accessToken, company.id, JPEG, "new.jpg");
      expect(errorOf(result)).toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
      expect(result.errors?.[0]?.message).toBe("Internal server error");
    } finally {
      await stack.db.prisma.$executeRawUnsafe(`DROP TRIGGER "test_refuse_logo" ON "speakers"."company_logos"`);
      await stack.db.prisma.$executeRawUnsafe(`DROP FUNCTION "speakers"."test_refuse_logo"()`);
    }
    await unchanged(before);
  });

  test("when storage fails, no row is written", async () => {
    const before = await files();
    failPut = true;
    expect(errorOf(await upload(stack, organizer.accessToken, company.id, WEBP, "new.webp"))).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
    });
    await unchanged(before);
  });
});

/** The status of a GET for exactly this path (fetch would normalize dot segments before sending). */
function statusOf(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(base), { path, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serving", () => {
  test("only current logos under well-formed keys are served, with GET or HEAD", async () => {
    const speakers = new URL(stack.subgraphs.speakers?.url as string).origin;
    for (const base of [origin(), speakers]) {
      expect(await statusOf(base, "/media/logos/00000000-0000-4000-8000-000000000000.png")).toBe(404);
      expect(await statusOf(base, "/media/../package.json")).toBe(404);
      expect(await statusOf(base, "/media/logos/%2e%2e/%2e%2e/package.json")).toBe(404);
      expect(await statusOf(base, "/media/..%2f..%2fpackage.json")).toBe(404);
      expect(await statusOf(base, "/media/")).toBe(404);
      expect((await fetch(`${base}/media/logos/x.png`, { method: "POST" })).status).toBe(405);
    }
  });
});
