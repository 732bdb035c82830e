// What a contract between processes is: a domain event (producing subgraph, name, version, payload schema) or a live
// channel (name pattern, version, message schema). Producers validate what they write against it and consumers what
// they read, so a changed payload fails where it is made, not in every consumer at run time.
import { z } from "zod";

/** The seed's DomainEvent envelope, as the outbox relay puts it on the stream. */
export interface DomainEvent<T extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  aggregateType: string;
  aggregateId: string;
  eventType: string;
  eventVersion: number;
  /** ISO-8601. */
  occurredAt: string;
  /** The subgraph that owns the aggregate. */
  source: string;
  data: T;
}

type PayloadSchema = z.ZodType<Record<string, unknown>>;

export interface EventContract<
  Source extends string = string,
  Name extends string = string,
  Version extends number = number,
  Payload extends PayloadSchema = PayloadSchema,
> {
  /** The subgraph that owns the aggregate and writes the event (into the outbox of its PostgreSQL schema). */
  readonly source: Source;
  readonly name: Name;
  /** A payload never changes under a version: a new shape is a new version, and old versions stay for old events. */
  readonly version: Version;
  readonly aggregateType: string;
  /** The payload field that holds the aggregate's id. */
  readonly aggregateId: string;
  readonly payload: Payload;
}

export type AnyEventContract = EventContract<string, string, number, PayloadSchema>;

/** What a producer writes. */
export type PayloadInput<C extends AnyEventContract> = z.input<C["payload"]>;
/** What a consumer reads. */
export type Payload<C extends AnyEventContract> = z.output<C["payload"]>;

/** An event on the stream that matched one of the given contracts, typed by it (distributes over a union). */
export type ContractEvent<C extends AnyEventContract> = C extends AnyEventContract
  ? Omit<DomainEvent, "source" | "eventType" | "eventVersion" | "data"> & {
      source: C["source"];
      eventType: C["name"];
      eventVersion: C["version"];
      data: Payload<C>;
    }
  : never;

export function defineEvent<
  const Source extends string,
  const Name extends string,
  const Version extends number,
  Payload extends PayloadSchema,
>(contract: {
  source: Source;
  name: Name;
  version: Version;
  aggregateType: string;
  aggregateId: keyof z.output<Payload> & string;
  payload: Payload;
}): EventContract<Source, Name, Version, Payload> {
  return Object.freeze({ ...contract });
}

export interface ChannelContract<Message extends z.ZodType = z.ZodType> {
  /** Channels are `<name>:<key>`; a message of a new shape needs a new name, since pub/sub carries no version. */
  readonly name: string;
  readonly version: number;
  /** What the key is, for people: the channel pattern reads `<name>:<key>`. */
  readonly key: string;
  readonly pattern: string;
  channel(key: string): string;
  readonly message: Message;
}

export type Message<C extends ChannelContract> = z.output<C["message"]>;

export function defineChannel<Message extends z.ZodType>(contract: {
  name: string;
  version: number;
  key: string;
  message: Message;
}): ChannelContract<Message> {
  return Object.freeze({
    ...contract,
    pattern: `${contract.name}:<${contract.key}>`,
    channel: (key: string) => `${contract.name}:${key}`,
  });
}

export const contractLabel = (contract: { name: string; version: number }) => `${contract.name}@${contract.version}`;

/** A value a producer was about to send does not match its contract: a programming error, never a user's. */
export class ContractViolation extends Error {
  override readonly name = "ContractViolation";
}

/** The value if it matches the schema; throws ContractViolation (naming `label`) otherwise. */
export function conform<S extends z.ZodType>(label: string, schema: S, value: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ContractViolation(`${label} does not match its contract:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A producer's payload, checked against its event's contract. */
export function validPayload<C extends AnyEventContract>(contract: C, payload: PayloadInput<C>): Payload<C> {
  return conform<C["payload"]>(`${contractLabel(contract)} payload`, contract.payload, payload);
}

/** A publisher's message, checked against its channel's contract. */
export function validMessage<C extends ChannelContract>(contract: C, message: z.input<C["message"]>): Message<C> {
  return conform<C["message"]>(`${contractLabel(contract)} message`, contract.message, message);
}

export type Reading<C extends AnyEventContract> =
  | { kind: "known"; event: ContractEvent<C> }
  /** No contract of this source and event type: not this reader's business. */
  | { kind: "unknown" }
  /** A type the reader handles whose version it does not know or whose payload does not parse. */
  | { kind: "malformed"; reason: string };

/** The envelope's shape, for events read back from storage (e.g. analytics' event log) rather than from the stream. */
const envelope = z.object({
  id: z.string(),
  aggregateType: z.string(),
  aggregateId: z.string(),
  eventType: z.string(),
  eventVersion: z.number().int(),
  occurredAt: z.string(),
  source: z.string(),
  data: z.record(z.string(), z.unknown()),
});

/** Reads a stored event (any JSON) against the contracts a consumer handles; a broken envelope is malformed. */
export function readStoredEvent<C extends AnyEventContract>(contracts: readonly C[], stored: unknown): Reading<C> {
  const parsed = envelope.safeParse(stored);
  if (!parsed.success) return { kind: "malformed", reason: `not a domain event: ${z.prettifyError(parsed.error)}` };
  return readEvent(contracts, parsed.data);
}

/** Reads an event from the stream against the contracts a consumer handles. */
export function readEvent<C extends AnyEventContract>(contracts: readonly C[], event: DomainEvent): Reading<C> {
  const named = contracts.filter((c) => c.source === event.source && c.name === event.eventType);
  if (named.length === 0) return { kind: "unknown" };
  const contract = named.find((c) => c.version === event.eventVersion);
  if (!contract) {
    const known = named.map((c) => c.version).join(", ");
    return {
      kind: "malformed",
      reason: `${event.eventType}@${String(event.eventVersion)}: no contract for this version (known: ${known})`,
    };
  }
  const parsed = contract.payload.safeParse(event.data);
  if (!parsed.success)
    return { kind: "malformed", reason: `${contractLabel(contract)}: ${z.prettifyError(parsed.error)}` };
  return { kind: "known", event: { ...event, data: parsed.data } as ContractEvent<C> };
}
