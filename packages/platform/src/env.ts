// Configuration is read once per process, validated, and a bad value stops the process with one clear line.
import { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Builds a typed configuration from environment variables; throws ConfigError naming every bad variable. */
export function readConfig<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  // Empty strings count as unset, as in most twelve-factor setups.
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
  }
  return result.data;
}

/** For entry points: a configuration error ends the process with one line on stderr and exit code 78. */
export function configOrExit<T>(read: () => T): T {
  const exit = (error: unknown): never => {
    if (error instanceof ConfigError) {
      process.stderr.write(`bilten: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  };
  try {
    const value = read();
    return (value instanceof Promise ? value.catch(exit) : value) as T;
  } catch (error) {
    return exit(error);
  }
}

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), "must be a postgresql:// URL");
const redisUrl = z.string().refine((v) => /^rediss?:\/\//.test(v) && URL.canParse(v), "must be a redis:// URL");
const port = z.coerce.number().int().min(1).max(65535);
const httpUrl = z.string().refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), "must be an http(s) URL");

/** Reusable variable definitions; each service composes the ones it needs. */
export const vars = {
  nodeEnv: z.enum(["development", "test", "production"]).default("development"),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  databaseUrl: postgresUrl.optional(),
  databasePoolMax: z.coerce.number().int().min(1).max(500).default(10),
  dataDir: z.string().default(".data"),
  redisUrl: redisUrl.optional(),
  port,
  httpUrl,
  /** PEM-encoded Ed25519 keys for access tokens (PKCS#8 private, SPKI public). */
  pem: z.string().refine((v) => v.includes("-----BEGIN "), "must be a PEM-encoded key"),
  seconds: z.coerce.number().int().positive(),
  list: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
};

/** Variables every service reads. */
export const baseShape = {
  NODE_ENV: vars.nodeEnv,
  LOG_LEVEL: vars.logLevel,
  DATABASE_URL: vars.databaseUrl,
  DATABASE_POOL_MAX: vars.databasePoolMax,
  DATA_DIR: vars.dataDir,
  REDIS_URL: vars.redisUrl,
  AUTH_PUBLIC_KEY: vars.pem.optional(),
  AUTH_PRIVATE_KEY: vars.pem.optional(),
  /** smtp:// or smtps:// URL of the mail server; without it mail goes to an in-memory sink (and the log). */
  SMTP_URL: z.string().refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().optional(),
};
export type BaseConfig = z.infer<z.ZodObject<typeof baseShape>>;
