// GET /media/<key>: the current company logos, with the type detected at upload, never sniffed by the browser,
// cached for a year (a new upload gets a new key), and SVG under a policy that lets it load and run nothing.
import { sendJson, type DbClient, type Logger, type Route } from "@bilten/platform";
import { findServableLogo } from "../services/companies.js";
import { isMediaKey, type MediaStorage } from "./media-storage.js";

export const MEDIA_PREFIX = "/media/";
export const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export function mediaRoute(db: DbClient, media: MediaStorage, log: Logger): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(MEDIA_PREFIX)) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      sendJson(res, 405, { error: "method not allowed" });
      return;
    }
    let key: string;
    try {
      key = decodeURIComponent(url.pathname.slice(MEDIA_PREFIX.length));
    } catch {
      key = "";
    }
    const logo = isMediaKey(key) ? await findServableLogo(db, key) : null;
    const body = logo ? await media.get(key) : null;
    if (!logo || !body) {
      sendJson(res, 404, { error: "not found" });
      return;
    }
    if (body.length !== Number(logo.fileSizeBytes)) log.warn({ key }, "media file size differs from its metadata");
    res.statusCode = 200;
    res.setHeader("content-type", logo.mimeType);
    res.setHeader("content-length", body.length);
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("cache-control", "public, max-age=31536000, immutable");
    res.setHeader("etag", `"${logo.fileId}"`);
    if (logo.mimeType === "image/svg+xml") res.setHeader("content-security-policy", SVG_POLICY);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
