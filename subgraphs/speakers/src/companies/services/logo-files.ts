// Reading an uploaded logo: the size limit, the real type from the bytes (PNG, JPEG, WebP magic numbers; SVG only
// when safe), and a file name or claimed type that disagrees with the bytes is refused. Nothing here trusts the
// client's description of the file.
import { badInput } from "@bilten/platform";
import { UnsafeSvg, assertSafeSvg } from "../adapters/svg.js";

export interface LogoUpload {
  fileName: string;
  contentType?: string | null;
  contentBase64: string;
}

export interface LogoKind {
  mimeType: "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";
  extension: "png" | "jpg" | "webp" | "svg";
  label: string;
}

export const LOGO_KINDS: Record<LogoKind["extension"], LogoKind> = {
  png: { mimeType: "image/png", extension: "png", label: "PNG" },
  jpg: { mimeType: "image/jpeg", extension: "jpg", label: "JPEG" },
  webp: { mimeType: "image/webp", extension: "webp", label: "WebP" },
  svg: { mimeType: "image/svg+xml", extension: "svg", label: "SVG" },
};

const BY_EXTENSION: Record<string, LogoKind> = { ...LOGO_KINDS, jpeg: LOGO_KINDS.jpg };
const BY_MIME_TYPE: Record<string, LogoKind> = Object.fromEntries([
  ...Object.values(LOGO_KINDS).map((k) => [k.mimeType, k] as const),
  ["image/jpg", LOGO_KINDS.jpg] as const,
]);

export interface LogoFile {
  bytes: Buffer;
  kind: LogoKind;
  /** The uploader's file name without any path, for display. */
  fileName: string;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The raster type by its magic number, or null. */
export function rasterKind(bytes: Buffer): LogoKind | null {
  if (bytes.length >= 16 && bytes.subarray(0, 8).equals(PNG) && bytes.toString("latin1", 12, 16) === "IHDR")
    return LOGO_KINDS.png;
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return LOGO_KINDS.jpg;
  if (
    bytes.length >= 16 &&
    bytes.toString("latin1", 0, 4) === "RIFF" &&
    bytes.toString("latin1", 8, 15).startsWith("WEBPVP8")
  ) {
    return LOGO_KINDS.webp;
  }
  return null;
}

const FIELD = { name: "file.fileName", type: "file.contentType", content: "file.contentBase64" } as const;

/** Decodes and checks an upload; every refusal is BAD_USER_INPUT naming the field at fault. */
export function readLogoFile(upload: LogoUpload, maxBytes: number): LogoFile {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
  const fileName = (upload.fileName.split(/[\\/]/).at(-1) ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (!fileName) throw badInput(FIELD.name, "file.fileName must not be empty");
  if (fileName.length > 255) throw badInput(FIELD.name, "file.fileName must be at most 255 characters");
  const named = BY_EXTENSION[/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ""];
  if (!named) throw badInput(FIELD.name, "file.fileName must end in .png, .jpg, .jpeg, .webp or .svg");
  let claimed: LogoKind | undefined;
  if (upload.contentType != null) {
    claimed = BY_MIME_TYPE[upload.contentType.split(";")[0]?.trim().toLowerCase() ?? ""];
    if (!claimed)
      throw badInput(FIELD.type, "file.contentType must be image/png, image/jpeg, image/webp or image/svg+xml");
  }

  const base64 = upload.contentBase64.replace(/[\r\n\t ]/g, "");
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw badInput(FIELD.content, "file.contentBase64 is not base64 (standard alphabet, padded)");
  }
  // The size is known before decoding, so an oversized file is never held twice.
  const size = (base64.length / 4) * 3 - (base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0);
  if (size === 0) throw badInput(FIELD.content, "The file is empty");
  if (size > maxBytes) throw badInput(FIELD.content, `The file has ${size} bytes; a logo may have at most ${maxBytes}`);
  const bytes = Buffer.from(base64, "base64");

  const kind = rasterKind(bytes) ?? svgKind(bytes);
  if (kind !== named) throw badInput(FIELD.name, `The file name says ${named.label}, but the content is ${kind.label}`);
  if (claimed && claimed !== kind)
    throw badInput(FIELD.type, `file.contentType says ${claimed.label}, but the content is ${kind.label}`);
  return { bytes, kind, fileName };
}

/** SVG when the bytes are a safe SVG document; otherwise the upload is refused. */
function svgKind(bytes: Buffer): LogoKind {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw unknownType();
  }
  const start = text.trimStart();
  if (!start.startsWith("<") || !/<svg[\s>/]/.test(start)) throw unknownType();
  try {
    assertSafeSvg(start);
  } catch (error) {
    if (error instanceof UnsafeSvg)
      throw badInput(FIELD.content, `This SVG is not accepted: it contains ${error.message}`);
    throw error;
  }
  return LOGO_KINDS.svg;
}

const unknownType = () => badInput(FIELD.content, "The content is not a PNG, JPEG, WebP or SVG image");
