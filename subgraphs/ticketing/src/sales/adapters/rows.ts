// Rows read as JSON (several tables in one statement) turned back into the shapes Prisma returns: camelCase keys,
// Date for timestamps, Decimal for money. Used where one round trip instead of several matters (the purchase).
import { Prisma } from "@bilten/platform/prisma";

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function fromJsonRow<T>(json: Record<string, unknown>, types: { dates?: string[]; decimals?: string[] }): T {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const name = camel(key);
    if (value !== null && types.dates?.includes(name)) row[name] = new Date(value as string);
    else if (value !== null && types.decimals?.includes(name)) row[name] = new Prisma.Decimal(String(value));
    else row[name] = value;
  }
  return row as T;
}

export const ORDER_COLUMNS = {
  dates: ["paymentDueAt", "reservedAt", "paidAt", "closedAt", "createdAt", "updatedAt"],
  decimals: ["subtotal", "discountAmount", "total"],
};
export const EVENT_REF_COLUMNS = { dates: ["publishedAt", "startsAt", "endsAt", "updatedAt"] };
export const TICKET_TYPE_COLUMNS = {
  dates: ["salesStartAt", "salesEndAt", "createdAt", "updatedAt"],
  decimals: ["price"],
};
