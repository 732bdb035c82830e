import { z } from "zod";
import { baseShape, readConfig, vars } from "@bilten/platform";

export const identityShape = {
  ...baseShape,
  IDENTITY_PORT: vars.port.default(4001),
  /** Access tokens are short-lived because they carry roles as of when they were issued. */
  ACCESS_TOKEN_TTL: vars.seconds.default(15 * 60),
  REFRESH_TOKEN_TTL: vars.seconds.default(30 * 24 * 60 * 60),
  /** log2 of scrypt's cost N; 15 is ~60 ms per hash on one core here. */
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
};

export interface IdentitySettings {
  accessTokenTtl: number;
  refreshTokenTtl: number;
  scryptLogN: number;
}

export function identitySettings(env: NodeJS.ProcessEnv = process.env): IdentitySettings {
  const config = readConfig(identityShape, env);
  return {
    accessTokenTtl: config.ACCESS_TOKEN_TTL,
    refreshTokenTtl: config.REFRESH_TOKEN_TTL,
    scryptLogN: config.PASSWORD_SCRYPT_LOG_N,
  };
}
