// Input checks shared by the speakers subgraph's services; each names the offending field.
import {
  badInput,
  conflict,
  fromPrismaError,
  isUniqueViolation,
  optionalText,
  optionalUrl,
  requireInt,
} from "@bilten/platform";
import type { Prisma } from "@bilten/platform/prisma";

/** Trimmed, de-duplicated, bounded lists of short labels (expertise, topics, benefits, ...). */
export function labels(
  field: string,
  values: string[] | null | undefined,
  options = { max: 30, length: 100 },
): string[] | undefined {
  if (values === undefined) return undefined;
  if (values === null) return [];
  const cleaned = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  if (cleaned.length > options.max) throw badInput(field, `${field} takes at most ${options.max} entries`);
  if (cleaned.some((v) => v.length > options.length))
    throw badInput(field, `${field} entries must be at most ${options.length} characters`);
  return cleaned;
}

/** Language codes such as de, en or fr-CH. */
export function languageCode(field: string, value: string): string {
  const code = value.trim();
  if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(code))
    throw badInput(field, `${field} must be a language code such as de, en or fr-CH`);
  return code;
}

export function optionalPositiveInt(
  field: string,
  value: number | null | undefined,
  max: number,
): number | null | undefined {
  if (value === undefined || value === null) return value;
  return requireInt(field, value, { min: 1, max });
}

export interface AddressInput {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  country?: string | null;
}

/** The four headquarters columns; null clears them all. */
export function address(field: string, value: AddressInput | null | undefined) {
  if (value === undefined) return undefined;
  return {
    headquartersStreet: optionalText(`${field}.street`, value?.street, 255) ?? null,
    headquartersPostcode: optionalText(`${field}.postalCode`, value?.postalCode, 20) ?? null,
    headquartersCity: optionalText(`${field}.city`, value?.city, 100) ?? null,
    headquartersCountry: optionalText(`${field}.country`, value?.country, 100) ?? null,
  };
}

export const SOCIAL_NETWORKS = ["linkedIn", "twitter", "xing", "mastodon", "instagram", "youtube", "facebook"] as const;
export type SocialLinks = Partial<Record<(typeof SOCIAL_NETWORKS)[number], string>>;
export type SocialLinksInput = { [N in keyof SocialLinks]?: string | null };

/** Known networks only, each an http(s) URL; a network left out or null is removed. */
export function socialLinks(field: string, value: SocialLinksInput | null | undefined): SocialLinks | undefined {
  if (value === undefined) return undefined;
  const links: SocialLinks = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = optionalUrl(`${field}.${network}`, value?.[network]);
    if (url) links[network] = url;
  }
  return links;
}

/** The links as `socialLinks` stored them in the JSON column. */
export function storedSocialLinks(value: Prisma.JsonValue): SocialLinks {
  const stored = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  const links: SocialLinks = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = stored[network];
    if (typeof url === "string") links[network] = url;
  }
  return links;
}

/** Dates arrive as UTC midnights from the Date scalar; the end may not come before the start. */
export function requireDateOrder(field: string, start: Date, end: Date | null | undefined): void {
  if (end && end.getTime() < start.getTime()) throw badInput(field, `${field} must not be before the start date`);
}

/**
 * A unique violation mapped to the CONFLICT reason of the constraint that fired: `reasons` maps a fragment of the
 * constraint's columns or index name (as the driver reports it) to a reason; the first match wins.
 */
export function uniqueConflict(
  error: unknown,
  reasons: [fragment: string, reason: string, message: string, field?: string][],
): Error {
  if (!isUniqueViolation(error)) return error as Error;
  const mapped = fromPrismaError(error);
  const described = `${JSON.stringify(mapped?.extensions.fields ?? [])} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})} ${(error as Error).message}`;
  for (const [fragment, reason, message, field] of reasons) {
    if (described.includes(fragment)) return conflict(reason, message, field ? { field } : {});
  }
  return mapped ?? (error as Error);
}
