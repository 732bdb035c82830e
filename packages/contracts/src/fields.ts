// Field types the payloads share, as producers write them.
import { z } from "zod";

/** A PostgreSQL uuid (any version: the columns accept every one). */
export const id = z.guid();
/** An instant as `Date.toISOString()` writes it (UTC, with milliseconds). */
export const instant = z.iso.datetime();
/** A calendar day, YYYY-MM-DD. */
export const day = z.iso.date();
/** A Decimal(12,2) amount as ticketing writes it: digits, a point and two decimals. */
export const decimal = z.string().regex(/^-?\d+\.\d{2}$/);
/** ISO 4217. */
export const currency = z.string().regex(/^[A-Z]{3}$/);
/** The names of the fields a change touched, sorted. */
export const changed = z.array(z.string());
