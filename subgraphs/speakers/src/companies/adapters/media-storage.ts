// Media storage behind one small interface: a local directory (the default) or an S3-compatible bucket. Keys are
// made by this subgraph (e.g. logos/<uuid>.png) and double as URL paths under /media/.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Stores the bytes under the key (replacing nothing: keys are new for every file). */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Lower-case path segments of letters, digits, dot, dash and underscore; no empty, "." or ".." segments. */
const KEY = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*$/;

export function isMediaKey(key: string): boolean {
  return key.length <= 500 && KEY.test(key) && !key.split("/").some((segment) => segment === "." || segment === "..");
}

function requireKey(key: string): string {
  if (!isMediaKey(key)) throw new Error(`not a media key: ${JSON.stringify(key)}`);
  return key;
}

export function createLocalMediaStorage(directory: string): MediaStorage {
  const root = resolve(directory);
  const pathOf = (key: string) => {
    const path = resolve(join(root, requireKey(key)));
    if (!path.startsWith(root + sep)) throw new Error(`media key outside the media directory: ${key}`);
    return path;
  };
  return {
    kind: "local",
    async put(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written under a temporary name and renamed, so a reader never sees half a file.
      const temporary = `${path}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, body, { flag: "wx" });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async close() {},
  };
}

export interface S3MediaOptions {
  bucket: string;
  /** An S3-compatible service; AWS when undefined. */
  endpoint?: string | undefined;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
  /** Prefix inside the bucket, e.g. "bilten/" (default none). */
  prefix?: string;
}

export function createS3MediaStorage(options: S3MediaOptions): MediaStorage {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    // A copy: the SDK marks the credentials object it is given, and configuration objects are frozen.
    ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
    forcePathStyle: options.forcePathStyle,
  });
  const objectKey = (key: string) => `${options.prefix ?? ""}${requireKey(key)}`;
  return {
    kind: "s3",
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: objectKey(key), Body: body, ContentType: contentType }),
      );
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (
          error instanceof NoSuchKey ||
          (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
        ) {
          return null;
        }
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
    },
    async close() {
      client.destroy();
    },
  };
}
