// Generated from subgraphs/analytics/schema.graphql by `npm run codegen` (codegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference } from '@bilten/platform';
import type { EventSummary } from '../resolvers/mappers.js';
import type { AnalyticsContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type BrandExposure = {
  __typename?: 'BrandExposure';
  /** Distinct attendees of those sessions. */
  attendeesReached: Scalars['Int']['output'];
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Sessions with a confirmed speaker of the partner's company. */
  sessionsGiven: Scalars['Int']['output'];
};

export type Event = {
  __typename?: 'Event';
  /** Admins and organizers of the event's organization only (FORBIDDEN for others). */
  analytics?: Maybe<EventAnalytics>;
  id: Scalars['ID']['output'];
};

/**
 * How an event is doing, for the admins and organizers of its organization. Fed by the other subgraphs' domain
 * events; counts reach here within moments of the change.
 */
export type EventAnalytics = {
  __typename?: 'EventAnalytics';
  /** checkIns / (ticketsSold + registrations), or null before anything was sold or registered. */
  checkInRate?: Maybe<Scalars['Float']['output']>;
  checkIns: Scalars['Int']['output'];
  onSiteNow: Scalars['Int']['output'];
  pageViews: Scalars['Int']['output'];
  refundedAmount: Array<Money>;
  refunds: Scalars['Int']['output'];
  registrations: Scalars['Int']['output'];
  revenue: Array<Money>;
  /** One point per hour or day (in the event's time zone) for the last `days` days, oldest first, zeros included. */
  series: Array<MetricPoint>;
  ticketsSold: Scalars['Int']['output'];
  /** Distinct visitors (a visitor is counted once per day). */
  uniqueVisitors: Scalars['Int']['output'];
  waitlistSize: Scalars['Int']['output'];
};


/**
 * How an event is doing, for the admins and organizers of its organization. Fed by the other subgraphs' domain
 * events; counts reach here within moments of the change.
 */
export type EventAnalyticsSeriesArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  interval?: InputMaybe<SeriesInterval>;
};

export type MaterialEngagement =
  | 'DOWNLOAD'
  | 'VIEW';

export type MetricPoint = {
  __typename?: 'MetricPoint';
  at: Scalars['DateTime']['output'];
  checkIns: Scalars['Int']['output'];
  pageViews: Scalars['Int']['output'];
  refunds: Scalars['Int']['output'];
  registrations: Scalars['Int']['output'];
  revenue: Array<Money>;
  ticketsSold: Scalars['Int']['output'];
};

/** An amount of money: a decimal string (never a float) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Rates a session you attended, once (1–5). */
  rateSession: SessionRating;
  /**
   * Counts a view of a published event's page. A visitor (address and browser, hashed with a daily salt; never
   * stored raw) counts once per event within 30 minutes; more than 60 calls a minute from one visitor are RATE_LIMITED.
   * Signed-in users are linked to the view only if they consented to data processing.
   */
  trackEventView: Scalars['Boolean']['output'];
  /** Records that you viewed or downloaded a material of a session of a published event. */
  trackSessionMaterial: Scalars['Boolean']['output'];
};


export type MutationRateSessionArgs = {
  rating: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationTrackEventViewArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationTrackSessionMaterialArgs = {
  kind: MaterialEngagement;
  sessionId: Scalars['ID']['input'];
};

export type Partner = {
  __typename?: 'Partner';
  /** The partner's contacts and platform admins only (FORBIDDEN for others). */
  analytics?: Maybe<PartnerAnalytics>;
  id: Scalars['ID']['output'];
};

/**
 * What a partnership brings (BATbern), across all events. For the partner's contacts and platform admins. Scores:
 * - `contentEngagementScore` = 20 × the average rating (1–5) attendees gave the sessions of the partner's speakers;
 * - `topicInfluenceScore` = the share (%) of sessions given by the partner's speakers, among all sessions of the
 *   events where they spoke;
 * - `roiScore` = employee attendance + 2 × attendees reached + 10 × sessions given + contentEngagementScore / 10
 *   (a relative score for comparing partners and years, not money).
 */
export type PartnerAnalytics = {
  __typename?: 'PartnerAnalytics';
  attendanceByEvent: Array<PartnerEventAttendance>;
  averageAttendancePerEvent: Scalars['Float']['output'];
  brandExposure: BrandExposure;
  contentEngagementScore?: Maybe<Scalars['Float']['output']>;
  /** Attendances of people whose company is the partner's, summed over events. */
  employeeAttendanceAllEvents: Scalars['Int']['output'];
  roiScore: Scalars['Float']['output'];
  topicInfluenceScore: Scalars['Float']['output'];
};

export type PartnerEventAttendance = {
  __typename?: 'PartnerEventAttendance';
  employees: Scalars['Int']['output'];
  event: Event;
};

export type SeriesInterval =
  | 'DAY'
  | 'HOUR';

export type Session = {
  __typename?: 'Session';
  engagement: SessionEngagement;
  id: Scalars['ID']['output'];
};

/** Public engagement with a session: ratings (1–5) by people who attended, views and downloads of its materials. */
export type SessionEngagement = {
  __typename?: 'SessionEngagement';
  averageRating?: Maybe<Scalars['Float']['output']>;
  materialDownloads: Scalars['Int']['output'];
  materialViews: Scalars['Int']['output'];
  ratingCount: Scalars['Int']['output'];
};

export type SessionRating = {
  __typename?: 'SessionRating';
  ratedAt: Scalars['DateTime']['output'];
  rating: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
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
  Partner: Partner;
  Session: Session;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BrandExposure: ResolverTypeWrapper<BrandExposure>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EntityReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EventAnalytics: ResolverTypeWrapper<EventSummary>;
  MaterialEngagement: MaterialEngagement;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  Money: ResolverTypeWrapper<Money>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partner: ResolverTypeWrapper<EntityReference>;
  PartnerAnalytics: ResolverTypeWrapper<Omit<PartnerAnalytics, 'attendanceByEvent'> & { attendanceByEvent: Array<ResolversTypes['PartnerEventAttendance']> }>;
  PartnerEventAttendance: ResolverTypeWrapper<Omit<PartnerEventAttendance, 'event'> & { event: ResolversTypes['Event'] }>;
  SeriesInterval: SeriesInterval;
  Session: ResolverTypeWrapper<EntityReference>;
  SessionEngagement: ResolverTypeWrapper<SessionEngagement>;
  SessionRating: ResolverTypeWrapper<SessionRating>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BrandExposure: BrandExposure;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  Event: EntityReference;
  ID: Scalars['ID']['output'];
  EventAnalytics: EventSummary;
  MetricPoint: MetricPoint;
  Money: Money;
  String: Scalars['String']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Partner: EntityReference;
  PartnerAnalytics: Omit<PartnerAnalytics, 'attendanceByEvent'> & { attendanceByEvent: Array<ResolversParentTypes['PartnerEventAttendance']> };
  PartnerEventAttendance: Omit<PartnerEventAttendance, 'event'> & { event: ResolversParentTypes['Event'] };
  Session: EntityReference;
  SessionEngagement: SessionEngagement;
  SessionRating: SessionRating;
};

export type BrandExposureResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['BrandExposure'] = ResolversParentTypes['BrandExposure']> = {
  attendeesReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sessionsGiven?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  analytics?: Resolver<Maybe<ResolversTypes['EventAnalytics']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EventAnalyticsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['EventAnalytics'] = ResolversParentTypes['EventAnalytics']> = {
  checkInRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  checkIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onSiteNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundedAmount?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType, RequireFields<EventAnalyticsSeriesArgs, 'days' | 'interval'>>;
  ticketsSold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uniqueVisitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MetricPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  ticketsSold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  rateSession?: Resolver<ResolversTypes['SessionRating'], ParentType, ContextType, RequireFields<MutationRateSessionArgs, 'rating' | 'sessionId'>>;
  trackEventView?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationTrackEventViewArgs, 'eventId'>>;
  trackSessionMaterial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationTrackSessionMaterialArgs, 'kind' | 'sessionId'>>;
};

export type PartnerResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  analytics?: Resolver<Maybe<ResolversTypes['PartnerAnalytics']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PartnerAnalyticsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PartnerAnalytics'] = ResolversParentTypes['PartnerAnalytics']> = {
  attendanceByEvent?: Resolver<Array<ResolversTypes['PartnerEventAttendance']>, ParentType, ContextType>;
  averageAttendancePerEvent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  brandExposure?: Resolver<ResolversTypes['BrandExposure'], ParentType, ContextType>;
  contentEngagementScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  employeeAttendanceAllEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roiScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  topicInfluenceScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PartnerEventAttendanceResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PartnerEventAttendance'] = ResolversParentTypes['PartnerEventAttendance']> = {
  employees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  engagement?: Resolver<ResolversTypes['SessionEngagement'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SessionEngagementResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SessionEngagement'] = ResolversParentTypes['SessionEngagement']> = {
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  materialDownloads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  materialViews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SessionRatingResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SessionRating'] = ResolversParentTypes['SessionRating']> = {
  ratedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  BrandExposure?: BrandExposureResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventAnalytics?: EventAnalyticsResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerAnalytics?: PartnerAnalyticsResolvers<ContextType>;
  PartnerEventAttendance?: PartnerEventAttendanceResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionEngagement?: SessionEngagementResolvers<ContextType>;
  SessionRating?: SessionRatingResolvers<ContextType>;
};

