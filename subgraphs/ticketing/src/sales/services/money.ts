// Money: Decimal(12,2) in the database, decimal strings in GraphQL, integer minor units (cents) in between, so
// sums, discounts and their split over tickets are exact.
import { badInput } from "@bilten/platform";
import { Prisma } from "@bilten/platform/prisma";

export interface Money {
  amount: string;
  currency: string;
}

const SUPPORTED = new Set(Intl.supportedValuesOf("currency"));
const MAX_MINOR = 999_999_999_999; // Decimal(12,2)

/** Minor digits of a currency (CHF 2, JPY 0); the columns hold at most two. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function requireCurrency(field: string, value: string): string {
  const currency = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !SUPPORTED.has(currency)) {
    throw badInput(field, `${field} must be an ISO 4217 currency code such as CHF or EUR`);
  }
  if (minorDigits(currency) > 2)
    throw badInput(field, `${field}: currencies with more than two decimals are not supported`);
  return currency;
}

/** Parses a decimal string of the currency into minor units; negative amounts are refused. */
export function requireAmount(
  field: string,
  amount: string,
  currency: string,
  options: { positive?: boolean } = {},
): number {
  const digits = minorDigits(currency);
  const pattern = digits === 0 ? /^\d{1,10}$/ : new RegExp(`^\\d{1,10}(\\.\\d{1,${digits}})?$`);
  const text = amount.trim();
  if (!pattern.test(text)) {
    throw badInput(
      field,
      `${field} must be a non-negative decimal with at most ${digits} decimals, e.g. ${digits ? "49.90" : "4990"}`,
    );
  }
  const [whole = "0", fraction = ""] = text.split(".");
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (minor > MAX_MINOR) throw badInput(field, `${field} is too large`);
  if (options.positive && minor === 0) throw badInput(field, `${field} must be more than zero`);
  return minor;
}

export function requireMoney(field: string, money: Money, options: { positive?: boolean } = {}) {
  const currency = requireCurrency(`${field}.currency`, money.currency);
  return { minor: requireAmount(`${field}.amount`, money.amount, currency, options), currency };
}

/** Minor units of a stored Decimal(12,2). */
export function toMinor(value: Prisma.Decimal | number | string): number {
  return Math.round(Number(new Prisma.Decimal(value).times(100).toFixed(0)));
}

/** A Decimal string for the database, from minor units. */
export function toDecimal(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** GraphQL Money from a stored Decimal (or minor units), with the currency's own number of decimals. */
export function money(value: Prisma.Decimal | number | string, currency: string, isMinor = false): Money {
  const minor = isMinor ? Number(value) : toMinor(value);
  const digits = minorDigits(currency);
  const text = toDecimal(minor);
  return { amount: digits === 0 ? text.slice(0, -3) : text, currency };
}

/**
 * Splits `total` minor units over weights in proportion (largest remainder), so the shares add up exactly and
 * none exceeds its weight when total <= sum of weights.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left -= 1;
  }
  return shares;
}
