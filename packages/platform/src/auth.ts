// Access tokens and the viewer. identity signs short-lived Ed25519 JWTs with its private key; the gateway and
// every subgraph verify them with the public key, so no service trusts an identity it cannot verify.
import { generateKeyPairSync, createPrivateKey, createPublicKey, randomUUID, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { ConfigError, type PlatformConfig } from "./env.js";
import { forbidden, invalidCredentials, unauthenticated } from "./errors.js";

export const ORG_ROLES = ["ADMIN", "ORGANIZER", "CHECK_IN_STAFF", "SPEAKER", "PARTNER_CONTACT", "ATTENDEE"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

const ISSUER = "bilten-identity";
const AUDIENCE = "bilten";
const ALG = "EdDSA";

/** Who is asking, as proven by a verified access token. */
export interface Viewer {
  userId: string;
  isPlatformAdmin: boolean;
  /** Role per organization id, as of when the token was issued (tokens live minutes). */
  roles: Readonly<Record<string, OrgRole>>;
  expiresAt: Date;
}

export interface TokenKeys {
  publicKey: KeyObject;
  /** Only identity holds it. */
  privateKey?: KeyObject;
}

export type KeyConfig = Pick<PlatformConfig, "nodeEnv" | "dataDir" | "authPublicKey" | "authPrivateKey">;

/**
 * Keys come from AUTH_PUBLIC_KEY / AUTH_PRIVATE_KEY. Outside production, missing keys are generated once and
 * kept in DATA_DIR/auth-keys.json so the embedded stack (and services started alone from the same folder) agree.
 */
export async function loadTokenKeys(config: KeyConfig, needPrivate: boolean): Promise<TokenKeys> {
  return loadKeyPair({
    nodeEnv: config.nodeEnv,
    dataDir: config.dataDir,
    publicVariable: "AUTH_PUBLIC_KEY",
    privateVariable: "AUTH_PRIVATE_KEY",
    publicPem: config.authPublicKey,
    privatePem: config.authPrivateKey,
    file: "auth-keys.json",
    privateNeededBy: needPrivate ? "identity" : undefined,
  });
}

export interface KeyPairSource {
  nodeEnv: KeyConfig["nodeEnv"];
  dataDir: string;
  /** Names of the variables holding the PEM keys (for error messages). */
  publicVariable: string;
  privateVariable: string;
  publicPem?: string | undefined;
  privatePem?: string | undefined;
  /** File in dataDir where development keys are generated once and kept. */
  file: string;
  /** Who needs the private key, when it is required (named in the error). */
  privateNeededBy?: string | undefined;
}

/**
 * An Ed25519 key pair from PEM variables; outside production, missing keys are generated once into
 * dataDir/<file> so every process started from the same folder uses the same pair. Used for access tokens and
 * for anything else the platform signs (e.g. ticket QR payloads).
 */
export async function loadKeyPair(source: KeyPairSource): Promise<TokenKeys> {
  if (source.publicPem) {
    const publicKey = parseKey(source.publicVariable, source.publicPem, createPublicKey);
    if (!source.privatePem) {
      if (source.privateNeededBy) {
        throw new ConfigError(
          `invalid configuration: ${source.privateVariable}: required by ${source.privateNeededBy}`,
        );
      }
      return { publicKey };
    }
    return { publicKey, privateKey: parseKey(source.privateVariable, source.privatePem, createPrivateKey) };
  }
  if (source.nodeEnv === "production") {
    throw new ConfigError(
      `invalid configuration: ${source.publicVariable}: required in production (npm run keys makes a pair)`,
    );
  }
  const file = join(source.dataDir, source.file);
  if (existsSync(file)) {
    const stored = JSON.parse(await readFile(file, "utf8")) as { publicKey: string; privateKey: string };
    return { publicKey: createPublicKey(stored.publicKey), privateKey: createPrivateKey(stored.privateKey) };
  }
  const pair = generateKeyPemPair();
  await mkdir(source.dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(pair), { mode: 0o600 });
  return { publicKey: createPublicKey(pair.publicKey), privateKey: createPrivateKey(pair.privateKey) };
}

/** Accepts PEM with real newlines or with `\\n` escapes (one-line .env values). */
function parseKey(variable: string, pem: string, create: (pem: string) => KeyObject): KeyObject {
  try {
    const key = create(pem.replace(/\\n/g, "\n"));
    if (key.asymmetricKeyType !== "ed25519") throw new Error("not an Ed25519 key");
    return key;
  } catch {
    throw new ConfigError(
      `invalid configuration: ${variable}: must be a PEM-encoded Ed25519 key (npm run keys makes a pair)`,
    );
  }
}

export function generateKeyPemPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return {
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

export interface AccessTokenClaims {
  userId: string;
  isPlatformAdmin: boolean;
  roles: Record<string, OrgRole>;
}

export async function signAccessToken(
  keys: TokenKeys,
  claims: AccessTokenClaims,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  if (!keys.privateKey) throw new Error("signing access tokens needs the private key");
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ adm: claims.isPlatformAdmin, org: claims.roles })
    .setProtectedHeader({ alg: ALG, typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(randomUUID())
    .sign(keys.privateKey);
  return { token, expiresAt: new Date((issuedAt + ttlSeconds) * 1000) };
}

/**
 * Tokens already verified with a key, until they expire: a request passes the gateway and then a subgraph (in the
 * embedded default, in one process), and a client sends the same token for minutes. The same string always
 * verifies to the same viewer, so remembering the result is safe; failures are not remembered.
 */
const verified = new WeakMap<KeyObject, Map<string, Viewer>>();
const VERIFIED_LIMIT = 10_000;

export async function verifyAccessToken(keys: TokenKeys, token: string): Promise<Viewer> {
  let known = verified.get(keys.publicKey);
  const hit = known?.get(token);
  if (hit && hit.expiresAt.getTime() > Date.now()) return hit;
  const viewer = await verifyAccessTokenOnce(keys, token);
  if (!known) verified.set(keys.publicKey, (known = new Map()));
  if (known.size >= VERIFIED_LIMIT) known.clear();
  known.set(token, viewer);
  return viewer;
}

/** Verifies signature, algorithm, issuer, audience and expiry; anything else is UNAUTHENTICATED. */
async function verifyAccessTokenOnce(keys: TokenKeys, token: string): Promise<Viewer> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: [ALG],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const roles = payload.org && typeof payload.org === "object" ? (payload.org as Record<string, unknown>) : {};
    if (!payload.sub || typeof payload.exp !== "number") throw invalidCredentials("Invalid access token");
    // Frozen: the same viewer object is shared by every request that presents this token.
    return Object.freeze({
      userId: payload.sub,
      isPlatformAdmin: payload.adm === true,
      roles: Object.freeze(
        Object.fromEntries(
          Object.entries(roles).filter((e): e is [string, OrgRole] => ORG_ROLES.includes(e[1] as OrgRole)),
        ),
      ),
      expiresAt: new Date(payload.exp * 1000),
    });
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw invalidCredentials("Access token expired");
    if (error instanceof joseErrors.JOSEError) throw invalidCredentials("Invalid access token");
    throw error;
  }
}

/** Reads `Authorization: Bearer <token>`; absent means anonymous, malformed or invalid is refused. */
export async function viewerFromAuthorization(
  keys: TokenKeys,
  header: string | undefined | null,
): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header.trim());
  if (!match?.[1]) throw invalidCredentials("Authorization header must be `Bearer <access token>`");
  return verifyAccessToken(keys, match[1]);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** True when the viewer holds one of `roles` in the organization (platform admins hold every role). */
export function hasOrgRole(viewer: Viewer | null, organizationId: string, roles: readonly OrgRole[]): boolean {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin) return true;
  const role = viewer.roles[organizationId];
  return role !== undefined && roles.includes(role);
}

export function requireOrgRole(
  viewer: Viewer | null,
  organizationId: string,
  roles: readonly OrgRole[],
  message = "You do not have the role this needs in the organization",
): Viewer {
  const v = requireViewer(viewer);
  if (!hasOrgRole(v, organizationId, roles)) throw forbidden(message);
  return v;
}
