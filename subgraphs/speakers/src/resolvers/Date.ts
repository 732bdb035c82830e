// Calendar dates (partnership start/end, talks elsewhere) as YYYY-MM-DD; stored as DATE, handled as UTC midnights.
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function parseDate(value: unknown): Date {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError("Date must be a calendar date YYYY-MM-DD, e.g. 2026-05-01", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return date;
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD.",
  serialize(value) {
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    throw new GraphQLError("Date cannot represent this value");
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError("Date must be a string", { extensions: { code: "BAD_USER_INPUT" } });
    return parseDate(ast.value);
  },
});
