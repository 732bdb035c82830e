// Configuration of the identity subgraph: the shared variables, its port, token lifetimes and the password cost.
// Read once at start and validated; a bad value stops the process with one line naming the variable.
import { z } from "zod";
import { baseShape, frozen, platformConfig, readConfig, vars, type PlatformConfig } from "@bilten/platform";

export const identityShape = {
  ...baseShape,
  IDENTITY_PORT: vars.port.default(4001),
  /** Access tokens are short-lived because they carry roles as of when they were issued. */
  ACCESS_TOKEN_TTL: vars.seconds.default(15 * 60),
  REFRESH_TOKEN_TTL: vars.seconds.default(30 * 24 * 60 * 60),
  /** log2 of scrypt's cost N; 15 is ~60 ms per hash on one core here. */
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
};

export interface IdentityConfig {
  readonly platform: PlatformConfig;
  readonly port: number;
  /** Seconds. */
  readonly accessTokenTtl: number;
  readonly refreshTokenTtl: number;
  readonly scryptLogN: number;
}

export function readIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const values = readConfig(identityShape, env);
  return frozen({
    platform: platformConfig(values),
    port: values.IDENTITY_PORT,
    accessTokenTtl: values.ACCESS_TOKEN_TTL,
    refreshTokenTtl: values.REFRESH_TOKEN_TTL,
    scryptLogN: values.PASSWORD_SCRYPT_LOG_N,
  });
}
