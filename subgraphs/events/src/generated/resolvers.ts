// Generated from subgraphs/events/schema.graphql by `npm run codegen` (codegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EventRow } from '../loaders.js';
import type { Session as SessionRow, Venue as VenueRow, Room as RoomRow } from '@bilten/platform/prisma';
import type { EntityReference } from '@bilten/platform';
import type { EventsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 instant with a time zone, e.g. 2026-05-01T18:00:00Z */
  DateTime: { input: Date; output: Date; }
  /** Arbitrary JSON (event metadata). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AgendaDay = {
  __typename?: 'AgendaDay';
  /** YYYY-MM-DD in the event's time zone. */
  date: Scalars['String']['output'];
  tracks: Array<AgendaTrack>;
};

/** The sessions of one day in one room; `room` is null for sessions without a room (e.g. breaks in the foyer). */
export type AgendaTrack = {
  __typename?: 'AgendaTrack';
  room?: Maybe<Room>;
  sessions: Array<Session>;
};

export type CreateEventInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  organizationId: Scalars['ID']['input'];
  registrationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt: Scalars['DateTime']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateVenueInput = {
  address: Scalars['String']['input'];
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  city: Scalars['String']['input'];
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  rooms?: InputMaybe<Array<RoomInput>>;
};

export type Event = {
  __typename?: 'Event';
  /** The sessions grouped by day (in the event's time zone) and room. */
  agenda: Array<AgendaDay>;
  cancellationReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  capacity?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** Running number, e.g. BATbern 57. */
  eventNumber: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  metadata: Scalars['JSON']['output'];
  /** The statuses this event may move to next. */
  nextStatuses: Array<EventStatus>;
  organization: Organization;
  organizer: User;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  registrationDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** Every session, in time order. */
  sessions: Array<Session>;
  startsAt: Scalars['DateTime']['output'];
  status: EventStatus;
  /** IANA time zone of the event; agenda days are counted in it. */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Venue>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  nodes: Array<Event>;
  pageInfo: PageInfo;
};

export type EventFilter = {
  /** Venue city, any letter case. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Events still running at or after this instant (default: now). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<EventStatus>>;
  /** Events starting before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type EventSearchConnection = {
  __typename?: 'EventSearchConnection';
  nodes: Array<EventSearchResult>;
  pageInfo: PageInfo;
};

export type EventSearchResult = {
  __typename?: 'EventSearchResult';
  event: Event;
  /** Relevance (higher is better): title matches weigh more than description matches. */
  rank: Scalars['Float']['output'];
};

/**
 * One lifecycle for ticketed shows and conferences. Drafts (DRAFT, TOPIC_DEFINED, SPEAKERS_INVITED, AGENDA_DRAFT) are
 * visible to the organization's admins and organizers only; from PUBLISHED on, everyone sees the event.
 * Allowed moves: DRAFT → TOPIC_DEFINED → SPEAKERS_INVITED → AGENDA_DRAFT → PUBLISHED (planning steps may be skipped),
 * PUBLISHED → REGISTRATION_OPEN ⇄ REGISTRATION_CLOSED → IN_PROGRESS → COMPLETED → ARCHIVED; PUBLISHED → IN_PROGRESS;
 * any state before IN_PROGRESS → CANCELLED → ARCHIVED.
 */
export type EventStatus =
  | 'AGENDA_DRAFT'
  | 'ARCHIVED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'PUBLISHED'
  | 'REGISTRATION_CLOSED'
  | 'REGISTRATION_OPEN'
  | 'SPEAKERS_INVITED'
  | 'TOPIC_DEFINED';

export type ExperienceLevel =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'EXPERT'
  | 'INTERMEDIATE';

export type Mutation = {
  __typename?: 'Mutation';
  addRoom: Room;
  /**
   * Moves the event along its lifecycle. An invalid move is a CONFLICT (reason INVALID_TRANSITION) naming both states;
   * publishing needs a title, description, venue and an end in the future (reason INCOMPLETE_EVENT lists what is
   * missing). `reason` is recorded when cancelling.
   */
  changeEventStatus: Event;
  /** Organizers and admins of the organization. The event starts as a DRAFT. */
  createEvent: Event;
  createVenue: Venue;
  removeSession: Scalars['Boolean']['output'];
  /**
   * Adds a session inside the event's time span, in a room of its venue. A room holds one session at a time:
   * an overlap is a CONFLICT (reason ROOM_DOUBLE_BOOKED), enforced by PostgreSQL even for concurrent requests.
   */
  scheduleSession: Session;
  updateEvent: Event;
  updateSession: Session;
  updateVenue: Venue;
};


export type MutationAddRoomArgs = {
  input: RoomInput;
  venueId: Scalars['ID']['input'];
};


export type MutationChangeEventStatusArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: EventStatus;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


export type MutationCreateVenueArgs = {
  input: CreateVenueInput;
};


export type MutationRemoveSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleSessionArgs = {
  eventId: Scalars['ID']['input'];
  input: ScheduleSessionInput;
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};


export type MutationUpdateSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSessionInput;
};


export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVenueInput;
};

export type Organization = {
  __typename?: 'Organization';
  /** The organization's events: published ones for everyone, drafts too for its admins and organizers. */
  events: EventConnection;
  id: Scalars['ID']['output'];
};


export type OrganizationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An event; drafts only for the organization's admins and organizers. */
  event?: Maybe<Event>;
  /** Published events still running at or after `filter.from` (default now), soonest first. */
  events: EventConnection;
  /** Full-text search over published events' titles and descriptions, best match first (words match as prefixes). */
  searchEvents: EventSearchConnection;
  session?: Maybe<Session>;
  venue?: Maybe<Venue>;
  venues: VenueConnection;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Room = {
  __typename?: 'Room';
  capacity?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  venue: Venue;
};

export type RoomInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};

export type ScheduleSessionInput = {
  audienceLevels?: InputMaybe<Array<ExperienceLevel>>;
  /** At most the room's capacity. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  prerequisites?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A room of the event's venue. */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  sessionType: SessionType;
  startsAt: Scalars['DateTime']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** An agenda item of an event. */
export type Session = {
  __typename?: 'Session';
  audienceLevels: Array<ExperienceLevel>;
  capacity?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  event: Event;
  id: Scalars['ID']['output'];
  /** Language code, e.g. de or en. */
  language: Scalars['String']['output'];
  prerequisites: Array<Scalars['String']['output']>;
  room?: Maybe<Room>;
  sessionType: SessionType;
  startsAt: Scalars['DateTime']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SessionType =
  | 'BREAK'
  | 'KEYNOTE'
  | 'LUNCH'
  | 'NETWORKING'
  | 'PANEL_DISCUSSION'
  | 'PRESENTATION'
  | 'WORKSHOP';

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateEventInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  registrationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateSessionInput = {
  audienceLevels?: InputMaybe<Array<ExperienceLevel>>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  prerequisites?: InputMaybe<Array<Scalars['String']['input']>>;
  roomId?: InputMaybe<Scalars['ID']['input']>;
  sessionType?: InputMaybe<SessionType>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateVenueInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** Events this user organizes: published ones for everyone, drafts too for the user themself. */
  organizedEvents: EventConnection;
};


export type UserOrganizedEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Venue = {
  __typename?: 'Venue';
  address: Scalars['String']['output'];
  amenities: Array<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['Int']['output']>;
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  rooms: Array<Room>;
};

export type VenueConnection = {
  __typename?: 'VenueConnection';
  nodes: Array<Venue>;
  pageInfo: PageInfo;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Event: Event;
  Organization: Organization;
  Session: Session;
  User: User;
  Venue: Venue;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgendaDay: ResolverTypeWrapper<Omit<AgendaDay, 'tracks'> & { tracks: Array<ResolversTypes['AgendaTrack']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AgendaTrack: ResolverTypeWrapper<Omit<AgendaTrack, 'room' | 'sessions'> & { room?: Maybe<ResolversTypes['Room']>, sessions: Array<ResolversTypes['Session']> }>;
  CreateEventInput: CreateEventInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateVenueInput: CreateVenueInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'nodes'> & { nodes: Array<ResolversTypes['Event']> }>;
  EventFilter: EventFilter;
  EventSearchConnection: ResolverTypeWrapper<Omit<EventSearchConnection, 'nodes'> & { nodes: Array<ResolversTypes['EventSearchResult']> }>;
  EventSearchResult: ResolverTypeWrapper<Omit<EventSearchResult, 'event'> & { event: ResolversTypes['Event'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EventStatus: EventStatus;
  ExperienceLevel: ExperienceLevel;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Organization: ResolverTypeWrapper<EntityReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Room: ResolverTypeWrapper<RoomRow>;
  RoomInput: RoomInput;
  ScheduleSessionInput: ScheduleSessionInput;
  Session: ResolverTypeWrapper<SessionRow>;
  SessionType: SessionType;
  UpdateEventInput: UpdateEventInput;
  UpdateSessionInput: UpdateSessionInput;
  UpdateVenueInput: UpdateVenueInput;
  User: ResolverTypeWrapper<EntityReference>;
  Venue: ResolverTypeWrapper<VenueRow>;
  VenueConnection: ResolverTypeWrapper<Omit<VenueConnection, 'nodes'> & { nodes: Array<ResolversTypes['Venue']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgendaDay: Omit<AgendaDay, 'tracks'> & { tracks: Array<ResolversParentTypes['AgendaTrack']> };
  String: Scalars['String']['output'];
  AgendaTrack: Omit<AgendaTrack, 'room' | 'sessions'> & { room?: Maybe<ResolversParentTypes['Room']>, sessions: Array<ResolversParentTypes['Session']> };
  CreateEventInput: CreateEventInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CreateVenueInput: CreateVenueInput;
  DateTime: Scalars['DateTime']['output'];
  Event: EventRow;
  EventConnection: Omit<EventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Event']> };
  EventFilter: EventFilter;
  EventSearchConnection: Omit<EventSearchConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['EventSearchResult']> };
  EventSearchResult: Omit<EventSearchResult, 'event'> & { event: ResolversParentTypes['Event'] };
  Float: Scalars['Float']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Organization: EntityReference;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Room: RoomRow;
  RoomInput: RoomInput;
  ScheduleSessionInput: ScheduleSessionInput;
  Session: SessionRow;
  UpdateEventInput: UpdateEventInput;
  UpdateSessionInput: UpdateSessionInput;
  UpdateVenueInput: UpdateVenueInput;
  User: EntityReference;
  Venue: VenueRow;
  VenueConnection: Omit<VenueConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Venue']> };
};

export type AgendaDayResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AgendaDay'] = ResolversParentTypes['AgendaDay']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tracks?: Resolver<Array<ResolversTypes['AgendaTrack']>, ParentType, ContextType>;
};

export type AgendaTrackResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['AgendaTrack'] = ResolversParentTypes['AgendaTrack']> = {
  room?: Resolver<Maybe<ResolversTypes['Room']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['AgendaDay']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['EventStatus']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  organizer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registrationDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventSearchConnectionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventSearchConnection'] = ResolversParentTypes['EventSearchConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['EventSearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EventSearchResultResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['EventSearchResult'] = ResolversParentTypes['EventSearchResult']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRoom?: Resolver<ResolversTypes['Room'], ParentType, ContextType, RequireFields<MutationAddRoomArgs, 'input' | 'venueId'>>;
  changeEventStatus?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationChangeEventStatusArgs, 'id' | 'status'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createVenue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationCreateVenueArgs, 'input'>>;
  removeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveSessionArgs, 'id'>>;
  scheduleSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationScheduleSessionArgs, 'eventId' | 'input'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
  updateSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationUpdateSessionArgs, 'id' | 'input'>>;
  updateVenue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType, RequireFields<MutationUpdateVenueArgs, 'id' | 'input'>>;
};

export type OrganizationResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  searchEvents?: Resolver<ResolversTypes['EventSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchEventsArgs, 'first' | 'query'>>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType, RequireFields<QuerySessionArgs, 'id'>>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryVenueArgs, 'id'>>;
  venues?: Resolver<ResolversTypes['VenueConnection'], ParentType, ContextType, RequireFields<QueryVenuesArgs, 'first'>>;
};

export type RoomResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Room'] = ResolversParentTypes['Room']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audienceLevels?: Resolver<Array<ResolversTypes['ExperienceLevel']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prerequisites?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['Room']>, ParentType, ContextType>;
  sessionType?: Resolver<ResolversTypes['SessionType'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizedEvents?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<UserOrganizedEventsArgs, 'first'>>;
};

export type VenueResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amenities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rooms?: Resolver<Array<ResolversTypes['Room']>, ParentType, ContextType>;
};

export type VenueConnectionResolvers<ContextType = EventsContext, ParentType extends ResolversParentTypes['VenueConnection'] = ResolversParentTypes['VenueConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type Resolvers<ContextType = EventsContext> = {
  AgendaDay?: AgendaDayResolvers<ContextType>;
  AgendaTrack?: AgendaTrackResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventSearchConnection?: EventSearchConnectionResolvers<ContextType>;
  EventSearchResult?: EventSearchResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Room?: RoomResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueConnection?: VenueConnectionResolvers<ContextType>;
};

