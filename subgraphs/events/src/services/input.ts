// Shared input checks of the events subgraph.
import { badInput, requireInt } from "@bilten/platform";

export function requireTimeZone(field: string, zone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    throw badInput(field, `${field} must be an IANA time zone such as Europe/Zurich`);
  }
}

export function requireOrder(field: string, start: Date, end: Date): void {
  if (end.getTime() <= start.getTime()) throw badInput(field, `${field} must be after the start`);
}

export function optionalCapacity(field: string, value: number | null | undefined): number | null | undefined {
  if (value === undefined || value === null) return value;
  return requireInt(field, value, { min: 1, max: 1_000_000 });
}

/** Trimmed, de-duplicated, bounded lists of short labels (topics, tags, amenities, prerequisites). */
export function labels(
  field: string,
  values: string[] | null | undefined,
  options = { max: 30, length: 100 },
): string[] | undefined {
  if (values === undefined || values === null) return values === null ? [] : undefined;
  const cleaned = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  if (cleaned.length > options.max) throw badInput(field, `${field} takes at most ${options.max} entries`);
  const tooLong = cleaned.find((v) => v.length > options.length);
  if (tooLong) throw badInput(field, `${field} entries must be at most ${options.length} characters`);
  return cleaned;
}

export function metadataObject(field: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw badInput(field, `${field} must be a JSON object`);
  if (JSON.stringify(value).length > 10_000) throw badInput(field, `${field} must be at most 10 kB`);
  return value as Record<string, unknown>;
}
