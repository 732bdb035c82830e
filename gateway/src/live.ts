// Live subscriptions served by the gateway itself (@apollo/gateway cannot execute subscriptions).
//
// A subgraph declares the subscription fields in its SDL (so they are composed, typed and visible in Sandbox) and
// publishes each change, after its transaction commits, to a pub/sub channel per key (e.g. `checkins:<eventId>`).
// Here, for each subscription field:
// - a new subscriber first gets a snapshot, read through the gateway as a query with the subscriber's identity (so
//   the owning subgraph authorizes the subscription, and nothing published before it is missed);
// - each gateway instance subscribes once per channel (ref-counted in the platform's pub/sub), never to a global
//   channel filtered per subscriber;
// - subscribers with the same document and variables form a group: a message is executed once per group, and fields
//   the message does not carry (entities such as `event { title }`) are fetched through the gateway once per message
//   and selection, not once per subscriber;
// - messages carry a per-key sequence number: older or repeated ones are dropped, and after the pub/sub connection
//   comes back every channel gets a fresh snapshot, since Redis pub/sub may have dropped messages meanwhile;
// - a slow subscriber only ever has the latest result waiting.
import type { ApolloServer } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  buildASTSchema,
  execute,
  getOperationAST,
  isObjectType,
  parse,
  print,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { getArgumentValues } from "graphql/execution/values.js";
import { z } from "zod";
import type { Logger, PubSub } from "@bilten/platform";
import type { GatewayContext } from "./context.js";

/** How one subscription field of the supergraph is served. */
export interface LiveFieldSpec {
  /** The Subscription field, e.g. `checkInCountChanged`. */
  field: string;
  /** The pub/sub channel of one subscription's arguments, e.g. `checkins:<eventId>`. */
  channel(args: Record<string, unknown>): string;
  /** The channel's message schema (its contract): a message it refuses is logged and dropped. */
  message: z.ZodType<LiveMessage>;
  /**
   * A gateway query returning the current state in exactly the shape of the published messages, with a `sequence`
   * field; it runs with the subscriber's identity, so the owning subgraph decides who may subscribe.
   */
  snapshot: {
    query: string;
    variables(args: Record<string, unknown>): Record<string, unknown>;
    pick(data: Record<string, unknown>): LiveMessage;
  };
  /**
   * Fields of the payload types that messages do not carry: `"CheckInCount.event": { query: "event", idFrom: "eventId" }`
   * resolves `event` with `query($id: ID!) { event(id: $id) { ... } }`, the id taken from the parent object.
   */
  entities?: Record<string, { query: string; idFrom: string }>;
}

export interface LiveMessage {
  sequence: number;
  [field: string]: unknown;
}

export interface LiveLimits {
  maxSubscriptionsPerConnection: number;
}

type Execute = (query: string, variables: Record<string, unknown>, context: GatewayContext) => Promise<ExecutionResult>;

/** Runs a query through the gateway, as the given viewer. */
export function gatewayExecutor(server: ApolloServer<GatewayContext>): Execute {
  return async (query, variables, context) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== "single") throw new Error("incremental delivery is not used here");
    return response.body.singleResult as ExecutionResult;
  };
}

/** A queue that keeps only the newest value: what a slow subscriber has not taken yet is replaced. */
class LatestValue<T> implements AsyncGenerator<T, undefined, unknown> {
  private pending: { value: T } | undefined;
  private waiter: ((result: IteratorResult<T, undefined>) => void) | undefined;
  private done = false;

  constructor(private readonly onReturn: () => void) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter({ value, done: false });
    } else {
      this.pending = { value };
    }
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.pending) {
      const { value } = this.pending;
      this.pending = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiter = resolve));
  }

  async return(): Promise<IteratorResult<T, undefined>> {
    if (!this.done) {
      this.done = true;
      this.pending = undefined;
      this.waiter?.({ value: undefined, done: true });
      this.waiter = undefined;
      this.onReturn();
    }
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }
}

interface Subscriber {
  queue: LatestValue<ExecutionResult>;
  lastSequence: number;
}

interface Group {
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName: string | undefined;
  /** Entity fields are fetched with the identity of the group's first subscriber (all passed the same snapshot check). */
  context: GatewayContext;
  subscribers: Set<Subscriber>;
}

interface Channel {
  key: string;
  spec: LiveFieldSpec;
  args: Record<string, unknown>;
  lastSequence: number;
  groups: Map<string, Group>;
  /** Entity fetches of the current message, shared by all groups. */
  entityCache: Map<string, Promise<unknown>>;
  ready: Promise<() => Promise<void>>;
  /** Messages are applied one after another, in arrival order. */
  tail: Promise<void>;
  /** The newest message not fanned out yet, the timer that will, and when the last fan-out began. */
  pending?: LiveMessage | undefined;
  timer?: NodeJS.Timeout | undefined;
  lastFanOut: number;
}

export interface LiveContext {
  gateway: GatewayContext;
  /** A subscription prepared (authorized, snapshot taken) when the socket received it. */
  stream?: AsyncGenerator<ExecutionResult>;
  /** Set by the hub while it executes a message for a group. */
  entityCache?: Map<string, Promise<unknown>>;
}

export class LiveHub {
  readonly schema: GraphQLSchema;
  private readonly specs = new Map<string, LiveFieldSpec>();
  private readonly channels = new Map<string, Channel>();
  private readonly stopReconnect: () => void;

  constructor(
    apiSchema: GraphQLSchema,
    specs: LiveFieldSpec[],
    private readonly run: Execute,
    private readonly pubsub: PubSub,
    private readonly log: Logger,
    /** Fan-outs per channel are at least this far apart (see `arrive`). */
    private readonly minIntervalMs = 20,
  ) {
    // Our own copy of the API schema: the gateway's must stay untouched, this one gets resolvers.
    this.schema = buildASTSchema(parse(printSchema(apiSchema)));
    for (const spec of specs) this.install(spec);
    this.stopReconnect = pubsub.onReconnect(() => {
      for (const channel of this.channels.values()) void this.refresh(channel);
    });
  }

  /** Subscription fields the supergraph declares but no spec serves are refused instead of hanging. */
  get served(): string[] {
    return [...this.specs.keys()];
  }

  private install(spec: LiveFieldSpec): void {
    const subscriptionType = this.schema.getSubscriptionType();
    const field = subscriptionType?.getFields()[spec.field];
    if (!field) throw new Error(`the supergraph has no Subscription.${spec.field}`);
    field.resolve = (root: Record<string, unknown>) => root[spec.field];
    for (const [coordinate, entity] of Object.entries(spec.entities ?? {})) {
      const [typeName, fieldName] = coordinate.split(".");
      const type = typeName ? this.schema.getType(typeName) : undefined;
      const entityField = isObjectType(type) && fieldName ? type.getFields()[fieldName] : undefined;
      if (!entityField) throw new Error(`the supergraph has no ${coordinate}`);
      entityField.resolve = this.entityResolver(entity);
    }
    this.specs.set(spec.field, spec);
  }

  /** Resolves an entity field with one gateway query per message and selection (shared across groups). */
  private entityResolver(entity: {
    query: string;
    idFrom: string;
  }): GraphQLFieldResolver<Record<string, unknown>, LiveContext> {
    return async (parent, _args, context, info) => {
      const id = parent[entity.idFrom];
      if (id === null || id === undefined) return null;
      const selection = inlineFragments(mergeSelections(info.fieldNodes), info.fragments);
      const query = `query LiveEntity($id: ID!) { value: ${entity.query}(id: $id) ${print(selection)} }`;
      const cacheKey = `${query}\n${String(id)}`;
      const cache = context.entityCache ?? new Map<string, Promise<unknown>>();
      let pending = cache.get(cacheKey);
      if (!pending) {
        pending = this.run(query, { id }, context.gateway).then((result) => {
          if (result.errors?.length)
            throw new GraphQLError(result.errors[0]?.message ?? "entity lookup failed", {
              extensions: result.errors[0]?.extensions ?? {},
            });
          return (result.data as Record<string, unknown> | undefined)?.value ?? null;
        });
        cache.set(cacheKey, pending);
      }
      return pending;
    };
  }

  /**
   * Starts one subscription: authorizes it with the snapshot query, then returns a stream of results whose first
   * item is the snapshot. A refused snapshot returns its errors instead of a stream.
   */
  async subscribe(
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
    context: GatewayContext,
  ): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const operation = getOperationAST(document, operationName);
    const rootField = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
    const spec = rootField ? this.specs.get(rootField.name.value) : undefined;
    const fieldDef = rootField ? this.schema.getSubscriptionType()?.getFields()[rootField.name.value] : undefined;
    if (!rootField || !spec || !fieldDef) {
      return {
        errors: [new GraphQLError("This subscription is not served", { extensions: { code: "BAD_USER_INPUT" } })],
      };
    }
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(fieldDef, rootField, variables);
    } catch (error) {
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
    }
    const snapshot = await this.run(spec.snapshot.query, spec.snapshot.variables(args), context);
    if (snapshot.errors?.length || !snapshot.data) {
      return { errors: (snapshot.errors ?? [new GraphQLError("Snapshot failed")]).map(toGraphQLError) };
    }
    const message = spec.snapshot.pick(snapshot.data as Record<string, unknown>);

    const channel = this.channel(spec, args);
    const groupKey = `${operationName ?? ""}\n${print(document)}\n${JSON.stringify(variables)}`;
    let group = channel.groups.get(groupKey);
    if (!group) {
      group = { document, variables, operationName, context, subscribers: new Set() };
      channel.groups.set(groupKey, group);
    }
    const joined = group;
    // The queue's return (called later, never while it is made) takes this subscriber out of its group.
    const subscriber: Subscriber = {
      lastSequence: -1,
      queue: new LatestValue(() => this.leave(channel, groupKey, joined, subscriber)),
    };
    group.subscribers.add(subscriber);
    try {
      await channel.ready;
    } catch (error) {
      await subscriber.queue.return();
      throw error;
    }
    // The snapshot goes to this subscriber only; later messages older than it are dropped.
    subscriber.lastSequence = message.sequence;
    subscriber.queue.push(await this.executeFor(channel, group, message, new Map()));
    return subscriber.queue;
  }

  private channel(spec: LiveFieldSpec, args: Record<string, unknown>): Channel {
    const key = spec.channel(args);
    const existing = this.channels.get(key);
    if (existing) return existing;
    const channel: Channel = {
      key,
      spec,
      args,
      lastSequence: -1,
      groups: new Map(),
      entityCache: new Map(),
      ready: Promise.resolve(async () => undefined),
      tail: Promise.resolve(),
      lastFanOut: -Infinity,
    };
    channel.ready = this.pubsub.subscribe(key, (message) => this.arrive(channel, message));
    this.channels.set(key, channel);
    return channel;
  }

  /**
   * At most one fan-out per channel every `minIntervalMs`: the first message after a quiet spell goes out at once,
   * a burst is folded into its newest message (each carries complete counts, so nothing is lost). This bounds the
   * work per channel however fast check-ins come, which is what keeps delivery fast for many subscribers.
   */
  private arrive(channel: Channel, received: unknown): void {
    const parsed = channel.spec.message.safeParse(received);
    if (!parsed.success) {
      this.log.warn(
        { channel: channel.key, issues: z.prettifyError(parsed.error) },
        "a live message does not match its channel's contract; dropped",
      );
      return;
    }
    const message = parsed.data;
    if (!channel.pending || message.sequence > channel.pending.sequence) channel.pending = message;
    if (channel.timer) return;
    const wait = Math.max(0, channel.lastFanOut + this.minIntervalMs - performance.now());
    const flush = () => {
      channel.timer = undefined;
      const next = channel.pending;
      channel.pending = undefined;
      if (!next) return;
      channel.lastFanOut = performance.now();
      channel.tail = channel.tail
        .then(() => this.deliver(channel, next))
        .catch((error: unknown) => {
          this.log.warn({ err: error, channel: channel.key }, "delivering a live message failed");
        });
    };
    if (wait === 0) flush();
    else channel.timer = setTimeout(flush, wait);
  }

  private async deliver(channel: Channel, message: LiveMessage): Promise<void> {
    if (typeof message?.sequence !== "number" || message.sequence <= channel.lastSequence) return;
    channel.lastSequence = message.sequence;
    const entityCache = new Map<string, Promise<unknown>>();
    await Promise.all(
      [...channel.groups.values()].map(async (group) => {
        const receivers = [...group.subscribers].filter((s) => s.lastSequence < message.sequence);
        if (receivers.length === 0) return;
        const result = await this.executeFor(channel, group, message, entityCache);
        for (const subscriber of receivers) {
          subscriber.lastSequence = message.sequence;
          subscriber.queue.push(result);
        }
      }),
    );
  }

  private async executeFor(
    channel: Channel,
    group: Group,
    message: LiveMessage,
    entityCache: Map<string, Promise<unknown>>,
  ): Promise<ExecutionResult> {
    const contextValue: LiveContext = { gateway: group.context, entityCache };
    return execute({
      schema: this.schema,
      document: group.document,
      operationName: group.operationName,
      variableValues: group.variables,
      rootValue: { [channel.spec.field]: message },
      contextValue,
    }) as Promise<ExecutionResult>;
  }

  /** After a pub/sub reconnect: one fresh snapshot per channel, delivered like any message. */
  private async refresh(channel: Channel): Promise<void> {
    const group = channel.groups.values().next().value as Group | undefined;
    if (!group) return;
    try {
      const snapshot = await this.run(
        channel.spec.snapshot.query,
        channel.spec.snapshot.variables(channel.args),
        group.context,
      );
      if (snapshot.errors?.length || !snapshot.data) throw new Error(snapshot.errors?.[0]?.message ?? "no data");
      const message = channel.spec.snapshot.pick(snapshot.data as Record<string, unknown>);
      // A reconnect may also mean a restarted publisher whose counter went back; the snapshot is the truth now.
      channel.lastSequence = Math.min(channel.lastSequence, message.sequence - 1);
      for (const g of channel.groups.values())
        for (const s of g.subscribers) s.lastSequence = Math.min(s.lastSequence, message.sequence - 1);
      channel.tail = channel.tail.then(() => this.deliver(channel, message));
      await channel.tail;
    } catch (error) {
      this.log.warn({ err: error, channel: channel.key }, "refreshing a live channel after reconnect failed");
    }
  }

  private leave(channel: Channel, groupKey: string, group: Group, subscriber: Subscriber): void {
    group.subscribers.delete(subscriber);
    if (group.subscribers.size > 0) return;
    channel.groups.delete(groupKey);
    if (channel.groups.size > 0) return;
    this.channels.delete(channel.key);
    if (channel.timer) clearTimeout(channel.timer);
    void channel.ready.then((unsubscribe) => unsubscribe()).catch(() => undefined);
  }

  /** Open channels and subscribers (for metrics and tests). */
  stats(): { channels: number; subscribers: number } {
    let subscribers = 0;
    for (const channel of this.channels.values())
      for (const group of channel.groups.values()) subscribers += group.subscribers.size;
    return { channels: this.channels.size, subscribers };
  }

  close(): void {
    this.stopReconnect();
  }
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The GraphQL selection of every field a message schema carries, nested objects (and lists of them) included. */
export function messageSelection(schema: z.ZodType): string {
  const objectOf = (field: JsonSchema): JsonSchema | undefined =>
    field.properties ? field : field.items ? objectOf(field.items) : field.anyOf?.map(objectOf).find(Boolean);
  const select = (object: JsonSchema): string =>
    Object.entries(object.properties ?? {})
      .map(([name, field]) => {
        const inner = objectOf(field);
        return inner ? `${name} { ${select(inner)} }` : name;
      })
      .join(" ");
  return select(z.toJSONSchema(schema) as JsonSchema);
}

function toGraphQLError(error: { message: string; extensions?: Record<string, unknown> }): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions ?? {} });
}

/** All sub-selections of a field that may appear several times (`event { id } event { title }`). */
function mergeSelections(nodes: readonly FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) };
}

/** Replaces fragment spreads by inline fragments so a sub-selection can be printed on its own. */
function inlineFragments(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth = 0,
): SelectionSetNode {
  if (depth > 20) throw new GraphQLError("Fragments nest too deeply");
  return {
    kind: Kind.SELECTION_SET,
    selections: selectionSet.selections.map((selection) => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment) throw new GraphQLError(`Unknown fragment ${selection.name.value}`);
        return {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives ?? [],
          selectionSet: inlineFragments(fragment.selectionSet, fragments, depth + 1),
        };
      }
      if (selection.selectionSet) {
        return { ...selection, selectionSet: inlineFragments(selection.selectionSet, fragments, depth + 1) };
      }
      return selection;
    }),
  };
}
