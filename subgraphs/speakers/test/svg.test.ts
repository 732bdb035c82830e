// Which uploads count as logos: raster types by their magic numbers, SVG only when it is inert, every refusal naming
// the field at fault. (Unit level: the rules themselves; logos.test.ts covers the upload path end to end.)
import { describe, expect, test } from "@jest/globals";
import { GraphQLError } from "graphql";
import { readLogoFile } from "../src/companies/services/logo-files.js";
import { UnsafeSvg, assertSafeSvg } from "../src/companies/adapters/svg.js";
import { JPEG, PNG, SVG, WEBP } from "./fixtures.js";

const svg = (inner: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;
const read = (bytes: Buffer | string, fileName: string, contentType?: string) =>
  readLogoFile(
    { fileName, contentType: contentType ?? null, contentBase64: Buffer.from(bytes).toString("base64") },
    4096,
  );
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { ...error.extensions, message: error.message };
    throw error;
  }
  throw new Error("accepted");
};

describe("safe SVG", () => {
  test("a plain logo with gradients, styles, internal references and text is accepted", () => {
    expect(() => assertSafeSvg(SVG.toString())).not.toThrow();
    expect(() =>
      assertSafeSvg(`<!-- made by hand -->\n${svg('<g transform="scale(2)"><circle r="1"/></g>')}\n`),
    ).not.toThrow();
    expect(() => assertSafeSvg(svg("<![CDATA[ text ]]>"))).not.toThrow();
  });

  test.each([
    ["a script element", svg("<script>alert(1)</script>")],
    ["a prefixed script element", svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>')],
    ["an event handler", svg('<rect width="1" height="1" onclick="alert(1)"/>')],
    ["an event handler on the root", svg("", ' onload="alert(1)"')],
    ["an event handler in upper case", svg('<rect ONMOUSEOVER="x()"/>')],
    ["foreignObject", svg("<foreignObject><div>html</div></foreignObject>")],
    ["an external image", svg('<image href="https://tracker.example/pixel.png"/>')],
    ["an external xlink", svg('<use xlink:href="other.svg#logo" xmlns:xlink="http://www.w3.org/1999/xlink"/>')],
    ["a javascript link", svg('<a href="javascript:alert(1)"><text>x</text></a>')],
    ["an encoded javascript link", svg('<a href="&#106;avascript:alert(1)"><text>x</text></a>')],
    ["a data URL", svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>')],
    ["an external CSS url in a style attribute", svg('<rect style="fill: url(https://x.example/a.svg#g)"/>')],
    ["an external url in a presentation attribute", svg('<rect fill="url(http://x.example/p.svg#g)"/>')],
    ["@import in a style element", svg("<style>@import url(https://x.example/a.css);</style>")],
    ["a CSS escape", svg("<style>.a { background: \\75rl(x) }</style>")],
    ["an animation that sets a link", svg('<a><set attributeName="href" to="https://x.example"/></a>')],
    ["an iframe", svg("<iframe/>")],
    ["a DOCTYPE with entities", `<!DOCTYPE svg [<!ENTITY x "y">]>${svg("<text>&x;</text>")}`],
    ["an undefined entity", svg("<text>&nbsp;</text>")],
    ["an external stylesheet instruction", `<?xml-stylesheet href="https://x.example/a.css"?>${svg("")}`],
    ["an HTML root", "<html><svg></svg></html>"],
    ["unclosed elements", '<svg xmlns="http://www.w3.org/2000/svg"><g>'],
    ["mismatched tags", svg("<g></text>")],
    ["an unquoted attribute", "<svg width=10></svg>"],
    ["a duplicate attribute", '<svg width="1" width="2"></svg>'],
    ["a second root", `${svg("")}<svg></svg>`],
    ["text after the root", `${svg("")}trailing`],
  ])("refuses %s", (_, text) => {
    expect(() => assertSafeSvg(text)).toThrow(UnsafeSvg);
  });
});

describe("reading an upload", () => {
  test("detects PNG, JPEG, WebP and SVG from the bytes and keeps the bare file name", () => {
    expect(read(PNG, "C:\\logos\\brand.PNG").kind.mimeType).toBe("image/png");
    expect(read(PNG, "../../brand.png").fileName).toBe("brand.png");
    expect(read(JPEG, "photo.jpeg", "image/jpeg").kind.extension).toBe("jpg");
    expect(read(WEBP, "logo.webp").kind.mimeType).toBe("image/webp");
    expect(read(SVG, "logo.svg", "image/svg+xml").kind.mimeType).toBe("image/svg+xml");
  });

  test.each([
    ["a JPEG named .png", "file.fileName", () => read(JPEG, "logo.png")],
    ["a PNG claimed to be JPEG", "file.contentType", () => read(PNG, "logo.png", "image/jpeg")],
    ["a GIF", "file.contentBase64", () => read(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"), "logo.png")],
    ["HTML named .svg", "file.contentBase64", () => read("<html><body>hi</body></html>", "logo.svg")],
    ["an executable name", "file.fileName", () => read(PNG, "logo.exe")],
    ["an unsupported claimed type", "file.contentType", () => read(PNG, "logo.png", "text/html")],
    ["an unsafe SVG", "file.contentBase64", () => read(svg("<script>x()</script>"), "logo.svg")],
    [
      "bytes that are not UTF-8 nor an image",
      "file.contentBase64",
      () => read(Buffer.from([0xc3, 0x28, 0x3c]), "logo.svg"),
    ],
    ["an empty file", "file.contentBase64", () => read(Buffer.alloc(0), "logo.png")],
    ["a file over the limit", "file.contentBase64", () => read(Buffer.concat([PNG, Buffer.alloc(4096)]), "logo.png")],
    ["no file name", "file.fileName", () => read(PNG, " / ")],
  ])("refuses %s as BAD_USER_INPUT on %s", (_, field, run) => {
    expect(refusal(run)).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  test("refuses what is not base64", () => {
    expect(refusal(() => readLogoFile({ fileName: "a.png", contentBase64: "not base64!" }, 4096))).toMatchObject({
      field: "file.contentBase64",
    });
    expect(refusal(() => readLogoFile({ fileName: "a.png", contentBase64: "abc" }, 4096))).toMatchObject({
      field: "file.contentBase64",
    });
  });

  test("names the size and the limit of an oversized file", () => {
    expect(refusal(() => read(Buffer.alloc(5000, 1), "logo.png")).message).toBe(
      "The file has 5000 bytes; a logo may have at most 4096",
    );
  });
});
