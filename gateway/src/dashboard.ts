// The live check-in dashboard: a small static page (gateway/dashboard/) served at /dashboard/<eventId>.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Route } from "@bilten/platform";

const DIR = fileURLToPath(new URL("../dashboard/", import.meta.url));
const require = createRequire(import.meta.url);

/** Read once at start: the page is tiny and never changes while the process runs. */
function assets(): Record<string, { body: Buffer; type: string }> {
  const graphqlWsUmd = join(dirname(require.resolve("graphql-ws")), "..", "umd", "graphql-ws.min.js");
  return {
    "dashboard.js": { body: readFileSync(join(DIR, "dashboard.js")), type: "text/javascript; charset=utf-8" },
    "dashboard.css": { body: readFileSync(join(DIR, "dashboard.css")), type: "text/css; charset=utf-8" },
    "graphql-ws.js": { body: readFileSync(graphqlWsUmd), type: "text/javascript; charset=utf-8" },
  };
}

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

export function dashboardRoute(): Route {
  const page = readFileSync(join(DIR, "index.html"));
  const files = assets();
  return (req, res, url) => {
    if (req.method !== "GET" || !url.pathname.startsWith("/dashboard/")) return false;
    const rest = url.pathname.slice("/dashboard/".length);
    const asset = rest.startsWith("assets/") ? files[rest.slice("assets/".length)] : undefined;
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    if (asset) {
      res.setHeader("content-type", asset.type);
      res.setHeader("cache-control", "public, max-age=300");
      res.end(asset.body);
      return;
    }
    if (rest.startsWith("assets/") || !/^[0-9a-f-]{36}$/i.test(rest)) return false;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "no-cache");
    res.end(page);
  };
}
