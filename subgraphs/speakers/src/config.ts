import { join } from "node:path";
import { z } from "zod";
import { ConfigError, baseShape, readConfig, vars } from "@bilten/platform";
import { createLocalMediaStorage, createS3MediaStorage, type MediaStorage } from "./companies/adapters/media-storage.js";

/** The platform's HTTP body limit (3 MiB) carries a base64 logo of at most 2 MiB plus the rest of the request. */
export const LOGO_MAX_BYTES_LIMIT = 2 * 1024 * 1024;

export const speakersShape = {
  ...baseShape,
  SPEAKERS_PORT: vars.port.default(4003),
  /** Largest logo file accepted, in bytes (decoded). */
  LOGO_MAX_BYTES: z.coerce.number().int().min(1024).max(LOGO_MAX_BYTES_LIMIT).default(LOGO_MAX_BYTES_LIMIT),
  /** Local media directory (default DATA_DIR/media); unused when MEDIA_S3_BUCKET is set. */
  MEDIA_DIR: z.string().optional(),
  /** Store media in this S3 bucket (any S3-compatible service) instead of the local directory. */
  MEDIA_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name").optional(),
  /** Endpoint of an S3-compatible service (MinIO, Ceph, ...); AWS itself when unset. */
  MEDIA_S3_ENDPOINT: vars.httpUrl.optional(),
  MEDIA_S3_REGION: z.string().default("us-east-1"),
  /** Credentials; without them the AWS SDK's default chain (environment, instance role) is used. */
  MEDIA_S3_ACCESS_KEY_ID: z.string().optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Bucket in the path (http://host/bucket/key) rather than the host name; the default with an endpoint. */
  MEDIA_S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
};

export interface SpeakersSettings {
  logoMaxBytes: number;
  media: MediaStorage;
}

export function speakersSettings(env: NodeJS.ProcessEnv = process.env): SpeakersSettings {
  const config = readConfig(speakersShape, env);
  if (!config.MEDIA_S3_ACCESS_KEY_ID !== !config.MEDIA_S3_SECRET_ACCESS_KEY) {
    throw new ConfigError("invalid configuration: MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY: set both or neither");
  }
  const media = config.MEDIA_S3_BUCKET
    ? createS3MediaStorage({
        bucket: config.MEDIA_S3_BUCKET,
        endpoint: config.MEDIA_S3_ENDPOINT,
        region: config.MEDIA_S3_REGION,
        credentials:
          config.MEDIA_S3_ACCESS_KEY_ID && config.MEDIA_S3_SECRET_ACCESS_KEY
            ? { accessKeyId: config.MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: config.MEDIA_S3_SECRET_ACCESS_KEY }
            : undefined,
        forcePathStyle: config.MEDIA_S3_FORCE_PATH_STYLE ? config.MEDIA_S3_FORCE_PATH_STYLE === "true" : !!config.MEDIA_S3_ENDPOINT,
      })
    : createLocalMediaStorage(config.MEDIA_DIR ?? join(config.DATA_DIR, "media"));
  return { logoMaxBytes: config.LOGO_MAX_BYTES, media };
}
