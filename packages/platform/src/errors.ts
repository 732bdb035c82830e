// Coded errors. Every error a client sees has `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Prisma } from "./generated/prisma/client.js";

export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes produced on purpose; anything else reaching a formatter is a bug and gets masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== "INTERNAL_SERVER_ERROR"),
  // Apollo Server's own request errors.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = "Sign in first") => coded("UNAUTHENTICATED", message);
/** A credential that fails verification rejects the whole HTTP request with 401 (before any resolver runs). */
export const invalidCredentials = (message: string) =>
  coded("UNAUTHENTICATED", message, { http: { status: 401, headers: new Map([["www-authenticate", "Bearer"]]) } });
export const forbidden = (message = "You are not allowed to do this") => coded("FORBIDDEN", message);
export const notFound = (what: string, id?: string) =>
  coded("NOT_FOUND", id ? `${what} ${id} was not found` : `${what} was not found`, { what });
/** Bad input names the offending argument path, e.g. `input.email`, and may add a machine-readable reason. */
export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  coded("BAD_USER_INPUT", message, { field, ...details });
/** A conflict carries a machine-readable reason such as SOLD_OUT or EMAIL_TAKEN. */
export const conflict = (reason: string, message: string, details: Record<string, unknown> = {}) =>
  coded("CONFLICT", message, { reason, ...details });
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  coded("RATE_LIMITED", message, { retryAfterSeconds });

export function isCoded(error: unknown, code?: ErrorCode): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    typeof error.extensions.code === "string" &&
    (code === undefined || error.extensions.code === code)
  );
}

/** Prisma's known request errors mapped once, here: P2002 unique violation, P2025 record not found. */
export function fromPrismaError(error: unknown): GraphQLError | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  if (error.code === "P2002") {
    const fields = uniqueFields(error);
    return conflict("ALREADY_EXISTS", `A record with this ${fields.join(", ") || "value"} already exists`, {
      fields,
    });
  }
  if (error.code === "P2025") return coded("NOT_FOUND", "The record was not found");
  return undefined;
}

function uniqueFields(error: Prisma.PrismaClientKnownRequestError): string[] {
  const meta = error.meta as Record<string, unknown> | undefined;
  const target = meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  // Driver adapters report the constraint under driverAdapterError.cause: PGlite's with its fields, adapter-pg's
  // with the index name, which Prisma names <table>_<columns>_key.
  const cause = (
    meta?.driverAdapterError as
      { cause?: { constraint?: { fields?: string[]; index?: string }; table?: string } } | undefined
  )?.cause;
  if (cause?.constraint?.fields) return cause.constraint.fields.map((f) => f.replace(/"/g, ""));
  const index = cause?.constraint?.index;
  if (index && cause?.table && index.startsWith(`${cause.table}_`) && index.endsWith("_key")) {
    return [index.slice(cause.table.length + 1, -"_key".length)];
  }
  return [];
}

/**
 * A unique violation, in both shapes Prisma reports it: P2002 for model queries, P2010 (a raw query failed) with the
 * driver adapter's UniqueConstraintViolation (PostgreSQL's 23505) for `$queryRaw` / `$executeRaw`.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } } | undefined)
    ?.cause;
  return error.code === "P2010" && (cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505");
}

/**
 * The one place that decides what a client sees: coded errors pass (without stack traces), Prisma errors are
 * mapped, everything else is logged by the caller and replaced by a generic INTERNAL_SERVER_ERROR.
 */
export function toClientError(
  formatted: GraphQLFormattedError,
  original: unknown,
): { error: GraphQLFormattedError; unexpected: boolean } {
  const cause = original instanceof GraphQLError && original.originalError ? original.originalError : original;
  const mapped = fromPrismaError(cause);
  if (mapped) {
    return {
      error: { message: mapped.message, path: formatted.path, extensions: { ...mapped.extensions } },
      unexpected: false,
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
    return { error: { ...formatted, extensions }, unexpected: false };
  }
  return {
    error: {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    },
    unexpected: true,
  };
}
