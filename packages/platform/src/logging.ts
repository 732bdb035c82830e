// Structured logs (pino). Secrets never reach a log line and e-mail addresses are masked wherever they appear.
import { pino, type Logger } from "pino";
import type { LogLevel } from "./env.js";

export type { Logger };

const SECRET_KEYS = new Set([
  "password",
  "currentpassword",
  "newpassword",
  "passwordhash",
  "token",
  "accesstoken",
  "refreshtoken",
  "authorization",
  "cookie",
  "secret",
  "privatekey",
]);
const EMAIL = /([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** The seed's mask_email(): first two characters, then ***, then the domain. */
export function maskEmail(email: string): string {
  return email.replace(EMAIL, (_, local: string, domain: string) => `${local.slice(0, 2)}***@${domain}`);
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === "string") return value.includes("@") ? maskEmail(value) : value;
  if (value === null || typeof value !== "object" || depth > 6) return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? "[redacted]" : scrub(v, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  /** From the service's configuration (LOG_LEVEL). */
  level: LogLevel;
  /** Where lines go; defaults to stdout. Tests pass a stream to read what was logged. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      formatters: { log: (object) => scrub(object, 0) as Record<string, unknown> },
      hooks: {
        // Messages are strings too: mask any address that was interpolated into one.
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === "string" && a.includes("@") ? maskEmail(a) : a));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}
