// GraphQL Code Generator: resolver types for each subgraph from its schema.graphql, written to
// subgraphs/<name>/src/generated/resolvers.ts by `npm run codegen`. The files are committed; a test
// (test/codegen.test.ts) fails when one is stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

/** A Prisma model as the parent of a type's resolvers, imported as `<Model>Row`. */
const row = (model: string) => `@bilten/platform/prisma#${model} as ${model}Row`;
/** An entity of another subgraph: the resolvers of the fields added here receive its key only. */
const reference = "@bilten/platform#EntityReference";
/** A parent shape declared in the subgraph's own code, relative to src/. */
const local = (file: string, type: string) => `../${file}#${type}`;

interface SubgraphTypes {
  /** The subgraph's per-request context type, in src/context.ts. */
  context: string;
  /** What the resolvers of each object type receive as parent, where it is not the GraphQL type itself. */
  mappers: Record<string, string>;
  /** The subgraph's own scalars, as its resolvers parse and serialize them. */
  scalars?: Record<string, { input: string; output: string }>;
}

const subgraphs: Record<string, SubgraphTypes> = {
  identity: {
    context: "IdentityContext",
    mappers: { User: row("User"), Organization: row("Organization"), Membership: row("Membership") },
  },
  events: {
    context: "EventsContext",
    mappers: {
      Event: local("loaders.js", "EventRow"),
      Session: row("Session"),
      Venue: row("Venue"),
      Room: row("Room"),
      User: reference,
      Organization: reference,
    },
  },
  speakers: {
    context: "SpeakersContext",
    mappers: {
      Company: row("Company"),
      CompanyLogo: row("CompanyLogo"),
      Partner: row("Partner"),
      PartnerContact: row("PartnerContact"),
      Speaker: row("Speaker"),
      SessionSpeaker: row("SessionSpeaker"),
      Session: reference,
      Organization: reference,
      User: local("resolvers/mappers.js", "UserWithCompany"),
    },
    // src/resolvers/Date.ts parses to a UTC midnight and serializes a Date or a YYYY-MM-DD string.
    scalars: { Date: { input: "Date", output: "Date | string" } },
  },
  ticketing: {
    context: "TicketingContext",
    mappers: {
      TicketType: row("TicketType"),
      Order: row("Order"),
      OrderItem: local("resolvers/mappers.js", "OrderItemWithCurrency"),
      Payment: row("Payment"),
      PaymentItem: local("resolvers/mappers.js", "PaymentItemWithCurrency"),
      Ticket: row("Ticket"),
      Attendee: row("Ticket"),
      Refund: row("Refund"),
      DiscountCode: row("DiscountCode"),
      Registration: row("Registration"),
      CheckIn: row("CheckIn"),
      CheckInCount: local("admission/services/live-counts.js", "CheckInCounts"),
      Event: reference,
      User: reference,
      Session: reference,
    },
  },
  analytics: {
    context: "AnalyticsContext",
    mappers: {
      Event: reference,
      Session: reference,
      Partner: reference,
      EventAnalytics: local("resolvers/mappers.js", "EventSummary"),
    },
  },
};

function resolverTypes(name: string, types: SubgraphTypes) {
  return {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins: [
      {
        add: {
          content: `// Generated from subgraphs/${name}/schema.graphql by \`npm run codegen\` (codegen.ts). Do not edit.`,
        },
      },
      "typescript",
      "typescript-resolvers",
    ],
    config: {
      federation: true,
      contextType: local("context.js", types.context),
      mappers: types.mappers,
      // The platform's scalars (packages/platform/src/scalars.ts): DateTime parses to a Date and resolvers give it
      // Dates; JSON is any JSON value.
      scalars: {
        DateTime: { input: "Date", output: "Date" },
        JSON: { input: "unknown", output: "unknown" },
        ...types.scalars,
      },
      enumsAsTypes: true,
      useTypeImports: true,
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    Object.entries(subgraphs).map(([name, types]) => [
      `subgraphs/${name}/src/generated/resolvers.ts`,
      resolverTypes(name, types),
    ]),
  ),
};

export default config;
