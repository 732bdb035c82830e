// Live channels and the supergraph agree: every field of a channel's message is a field of the subscription's type
// with the same type and nullability, and the type's other fields are the entities the gateway resolves itself.
import { describe, expect, test } from "@jest/globals";
import { Kind, parse, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
import { z } from "zod";
import { CheckInCountsChannel } from "@bilten/contracts";
import { LIVE_FIELDS, readSupergraph } from "../src/index.js";

interface JsonSchema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

const types = new Map(
  parse(readSupergraph())
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => [d.name.value, d]),
);

const SCALARS: Record<string, (s: JsonSchema) => boolean> = {
  ID: (s) => s.type === "string",
  String: (s) => s.type === "string",
  Int: (s) => s.type === "integer",
  Float: (s) => s.type === "number",
  Boolean: (s) => s.type === "boolean",
  DateTime: (s) => s.type === "string" && s.format === "date-time",
};

/** The schema without its null alternative, and whether it had one. */
function nonNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type)) {
    const rest = schema.type.filter((t) => t !== "null");
    return {
      schema: { ...schema, type: rest.length === 1 ? rest[0] : rest },
      nullable: rest.length < schema.type.length,
    };
  }
  const options = schema.anyOf?.filter((s) => s.type !== "null");
  if (options?.length === 1 && options[0]) return { schema: options[0], nullable: true };
  return { schema, nullable: false };
}

/** Where the SDL type and the message schema disagree; `entities` are fields the message does not carry. */
function disagreements(typeName: string, schema: JsonSchema, entities: Set<string>): string[] {
  const type = types.get(typeName);
  if (!type) return [`the supergraph has no type ${typeName}`];
  const problems: string[] = [];
  const fields = new Map((type.fields ?? []).map((f) => [f.name.value, f.type]));
  for (const [name, fieldType] of fields) {
    const coordinate = `${typeName}.${name}`;
    const property = schema.properties?.[name];
    if (entities.has(coordinate)) {
      if (property) problems.push(`${coordinate} is resolved as an entity but the message carries it too`);
      continue;
    }
    if (!property) problems.push(`${coordinate} is not in the message`);
    else problems.push(...compare(coordinate, fieldType, property, entities));
  }
  for (const name of Object.keys(schema.properties ?? {})) {
    if (!fields.has(name)) problems.push(`the message's ${name} is not a field of ${typeName}`);
  }
  return problems;
}

function compare(coordinate: string, sdl: TypeNode, json: JsonSchema, entities: Set<string>): string[] {
  const { schema, nullable } = nonNull(json);
  if ((sdl.kind === Kind.NON_NULL_TYPE) === nullable) return [`${coordinate}: nullability differs`];
  const inner = sdl.kind === Kind.NON_NULL_TYPE ? sdl.type : sdl;
  if (inner.kind === Kind.LIST_TYPE) {
    return schema.type === "array" && schema.items
      ? compare(`${coordinate}[]`, inner.type, schema.items, entities)
      : [`${coordinate}: not a list in the message`];
  }
  if (inner.kind !== Kind.NAMED_TYPE) return [`${coordinate}: unexpected type`];
  const name = inner.name.value;
  const scalar = SCALARS[name];
  if (scalar)
    return scalar(schema) ? [] : [`${coordinate}: ${name} in the SDL, ${JSON.stringify(schema)} in the message`];
  return schema.type === "object"
    ? disagreements(name, schema, entities)
    : [`${coordinate}: ${name} in the SDL, not an object in the message`];
}

const checkIns = LIVE_FIELDS.find((spec) => spec.field === "checkInCountChanged");
const entities = new Set(Object.keys(checkIns?.entities ?? {}));

describe("checkins:<eventId>", () => {
  test("the gateway subscribes through the channel's contract", () => {
    expect(checkIns?.channel({ eventId: "e1" })).toBe(CheckInCountsChannel.channel("e1"));
    expect(checkIns?.channel({ eventId: "e1" })).toBe("checkins:e1");
    expect(checkIns?.message).toBe(CheckInCountsChannel.message);
  });

  test("the message schema and the SDL type CheckInCount agree, field for field", () => {
    expect(disagreements("CheckInCount", z.toJSONSchema(CheckInCountsChannel.message) as JsonSchema, entities)).toEqual(
      [],
    );
  });

  test("a disagreement is found (an extra field, a nullability, a missing nested field)", () => {
    const changed = CheckInCountsChannel.message.extend({
      capacity: z.int(),
      exitsTotal: z.int(),
      sessions: z.array(z.strictObject({ sessionId: z.guid(), checkedIn: z.int() })),
    });
    expect(disagreements("CheckInCount", z.toJSONSchema(changed) as JsonSchema, entities).sort()).toEqual(
      [
        "CheckInCount.capacity: nullability differs",
        "SessionCount.onSiteNow is not in the message",
        "the message's exitsTotal is not a field of CheckInCount",
      ].sort(),
    );
  });
});
