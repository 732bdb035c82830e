// Configuration of the speakers subgraph: the shared variables, its port, the logo limit and where media are
// stored. Read once at start and validated; a bad value stops the process with one line naming the variable.
import { join } from "node:path";
import { z } from "zod";
import {
  ConfigError,
  baseShape,
  frozen,
  platformConfig,
  readConfig,
  vars,
  type PlatformConfig,
} from "@bilten/platform";
import type { S3MediaOptions } from "./companies/adapters/media-storage.js";

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
  MEDIA_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
    .optional(),
  /** Endpoint of an S3-compatible service (MinIO, Ceph, ...); AWS itself when unset. */
  MEDIA_S3_ENDPOINT: vars.httpUrl.optional(),
  MEDIA_S3_REGION: z.string().default("us-east-1"),
  /** Credentials; without them the AWS SDK's default chain (environment, instance role) is used. */
  MEDIA_S3_ACCESS_KEY_ID: z.string().optional(),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Bucket in the path (http://host/bucket/key) rather than the host name; the default with an endpoint. */
  MEDIA_S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
};

/** Where uploaded media are kept: a local directory, or a bucket of an S3-compatible service. */
export type MediaConfig =
  { readonly kind: "local"; readonly directory: string } | { readonly kind: "s3"; readonly s3: S3MediaOptions };

export interface SpeakersConfig {
  readonly platform: PlatformConfig;
  readonly port: number;
  readonly logoMaxBytes: number;
  readonly media: MediaConfig;
}

export function readSpeakersConfig(env: NodeJS.ProcessEnv = process.env): SpeakersConfig {
  const values = readConfig(speakersShape, env);
  if (!values.MEDIA_S3_ACCESS_KEY_ID !== !values.MEDIA_S3_SECRET_ACCESS_KEY) {
    throw new ConfigError(
      "invalid configuration: MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY: set both or neither",
    );
  }
  const media: MediaConfig = values.MEDIA_S3_BUCKET
    ? {
        kind: "s3",
        s3: {
          bucket: values.MEDIA_S3_BUCKET,
          endpoint: values.MEDIA_S3_ENDPOINT,
          region: values.MEDIA_S3_REGION,
          credentials:
            values.MEDIA_S3_ACCESS_KEY_ID && values.MEDIA_S3_SECRET_ACCESS_KEY
              ? { accessKeyId: values.MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: values.MEDIA_S3_SECRET_ACCESS_KEY }
              : undefined,
          forcePathStyle: values.MEDIA_S3_FORCE_PATH_STYLE
            ? values.MEDIA_S3_FORCE_PATH_STYLE === "true"
            : !!values.MEDIA_S3_ENDPOINT,
        },
      }
    : { kind: "local", directory: values.MEDIA_DIR ?? join(values.DATA_DIR, "media") };
  return frozen({
    platform: platformConfig(values),
    port: values.SPEAKERS_PORT,
    logoMaxBytes: values.LOGO_MAX_BYTES,
    media,
  });
}
