// What the identity subgraph runs with, opened from its configuration at start.
import type { IdentityConfig } from "./config.js";

export interface IdentitySettings {
  accessTokenTtl: number;
  refreshTokenTtl: number;
  scryptLogN: number;
}

/** Identity opens nothing of its own (its keys are the shared access-token keys): its settings are its config's. */
export async function openIdentity(config: IdentityConfig): Promise<IdentitySettings> {
  return {
    accessTokenTtl: config.accessTokenTtl,
    refreshTokenTtl: config.refreshTokenTtl,
    scryptLogN: config.scryptLogN,
  };
}
