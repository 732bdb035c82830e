// Configuration is read once per process, validated, and a bad value stops the process with one clear line.
import { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Builds a typed configuration from environment variables; throws ConfigError naming every bad variable. The
 * environment is passed in: only the `config.ts` files hand over the process environment.
 */
export function readConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv): z.infer<z.ZodObject<S>> {
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
  list: z.string().transform((v) =>
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
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().optional(),
};
export type BaseValues = z.infer<z.ZodObject<typeof baseShape>>;
export type LogLevel = z.infer<typeof vars.logLevel>;

/** The variables every service reads, in the platform's words: what `openDeps` opens and how it logs. */
export interface PlatformConfig {
  readonly nodeEnv: BaseValues["NODE_ENV"];
  readonly logLevel: LogLevel;
  /** PostgreSQL; the embedded PGlite under dataDir when unset. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolMax: number;
  readonly dataDir: string;
  /** Redis for pub/sub, the domain-event stream and the cache; in-process when unset. */
  readonly redisUrl: string | undefined;
  /** PEM keys for access tokens; generated into dataDir outside production when unset. */
  readonly authPublicKey: string | undefined;
  readonly authPrivateKey: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string | undefined;
}

/** The platform's part of a service's configuration, from values read with a shape that includes baseShape. */
export function platformConfig(values: BaseValues): PlatformConfig {
  return {
    nodeEnv: values.NODE_ENV,
    logLevel: values.LOG_LEVEL,
    databaseUrl: values.DATABASE_URL,
    databasePoolMax: values.DATABASE_POOL_MAX,
    dataDir: values.DATA_DIR,
    redisUrl: values.REDIS_URL,
    authPublicKey: values.AUTH_PUBLIC_KEY,
    authPrivateKey: values.AUTH_PRIVATE_KEY,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
  };
}

/** Configuration is read once and never changes afterwards: frozen all the way down. */
export function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}
