// Input checks that name the offending field. Services call them before touching the database.
import { badInput } from "./errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Pragmatic address check (RFC 5321 lengths, one @, a dot in the domain); deliverability is the mailer's job.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

export const isUuid = (value: string): boolean => UUID.test(value);

export function requireId(field: string, value: string): string {
  if (!isUuid(value)) throw badInput(field, `${field} must be a UUID`);
  return value.toLowerCase();
}

export function requireText(field: string, value: string, options: { max: number; min?: number }): string {
  const text = value.trim();
  if (text.length < (options.min ?? 1)) {
    throw badInput(
      field,
      options.min && options.min > 1
        ? `${field} needs at least ${options.min} characters`
        : `${field} must not be empty`,
    );
  }
  if (text.length > options.max) throw badInput(field, `${field} must be at most ${options.max} characters`);
  return text;
}

/** Optional text: undefined stays undefined (not given), null or blank becomes null (cleared). */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value.trim() === "") return null;
  return requireText(field, value, { max });
}

/** Normalized (trimmed, lower-case) e-mail address. */
export function requireEmail(field: string, value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw badInput(field, `${field} is not a valid e-mail address`);
  return email;
}

export function optionalUrl(field: string, value: string | null | undefined, max = 500): string | null | undefined {
  const text = optionalText(field, value, max);
  if (text == null) return text;
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw badInput(field, `${field} must be an http(s) URL`);
  }
  return text;
}

export function requireInt(field: string, value: number, options: { min?: number; max?: number }): number {
  if (!Number.isInteger(value)) throw badInput(field, `${field} must be a whole number`);
  if (options.min !== undefined && value < options.min)
    throw badInput(field, `${field} must be at least ${options.min}`);
  if (options.max !== undefined && value > options.max)
    throw badInput(field, `${field} must be at most ${options.max}`);
  return value;
}

/** An update's input: fields left out stay as they are; null clears an optional field and leaves a required one. */
export type Patch<T> = { [K in keyof T]?: T[K] | null };
