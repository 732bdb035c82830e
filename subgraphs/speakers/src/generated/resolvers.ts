// Generated from subgraphs/speakers/schema.graphql by `npm run codegen` (codegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Company as CompanyRow, CompanyLogo as CompanyLogoRow, Partner as PartnerRow, PartnerContact as PartnerContactRow, Speaker as SpeakerRow, SessionSpeaker as SessionSpeakerRow } from '@bilten/platform/prisma';
import type { EntityReference } from '@bilten/platform';
import type { UserWithCompany } from '../resolvers/mappers.js';
import type { SpeakersContext } from '../context.js';
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
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: Date; output: Date | string; }
  /** An ISO-8601 instant with a time zone, e.g. 2026-05-01T18:00:00Z */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type CommunicationPreferences = {
  __typename?: 'CommunicationPreferences';
  channel: ContactChannel;
  /** Language code for correspondence, e.g. de. */
  language: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

export type CommunicationPreferencesInput = {
  channel: ContactChannel;
  language?: InputMaybe<Scalars['String']['input']>;
  /** Needed when the channel is PHONE. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A company of the shared directory: speakers work for companies, partners are companies. Everyone may read
 * companies. A company is managed by the organization that created it: its admins and organizers (and platform admins)
 * edit it, upload its logo and manage its partnership.
 */
export type Company = {
  __typename?: 'Company';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  employeeCount?: Maybe<Scalars['Int']['output']>;
  headquarters?: Maybe<Address>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  /** True while the company has an active partnership. */
  isPartner: Scalars['Boolean']['output'];
  /** The current logo. */
  logo?: Maybe<CompanyLogo>;
  /** The organization whose admins and organizers manage this company. */
  managingOrganization: Organization;
  /** Official name; unique in the directory regardless of letter case. */
  name: Scalars['String']['output'];
  partner?: Maybe<Partner>;
  socialLinks: SocialLinks;
  /** The company's speakers, by last name. */
  speakers: Array<Speaker>;
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  nodes: Array<Company>;
  pageInfo: PageInfo;
};

/**
 * An uploaded logo (the seed's company_logos). PNG, JPEG, WebP or SVG, at most LOGO_MAX_BYTES (2 MiB by default);
 * the type is detected from the bytes, never taken from the file name.
 */
export type CompanyLogo = {
  __typename?: 'CompanyLogo';
  /** The uploader's file name (display only). */
  fileName: Scalars['String']['output'];
  fileSizeBytes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Detected from the content: image/png, image/jpeg, image/webp or image/svg+xml. */
  mimeType: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** Path on the API's own origin, /media/<key>; the file never changes (a new upload gets a new key). */
  url: Scalars['String']['output'];
};

export type ContactChannel =
  | 'EMAIL'
  | 'PHONE';

export type CreateCompanyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  headquarters?: InputMaybe<AddressInput>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** The managing organization: you must be one of its admins or organizers. */
  organizationId: Scalars['ID']['input'];
  socialLinks?: InputMaybe<SocialLinksInput>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePartnerInput = {
  /** Up to 30 short labels. */
  benefits?: InputMaybe<Array<Scalars['String']['input']>>;
  companyId: Scalars['ID']['input'];
  /** On or after the start. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  startDate: Scalars['Date']['input'];
  tier: PartnershipTier;
};

export type CreateSpeakerInput = {
  availability?: InputMaybe<SpeakerAvailability>;
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  communicationPreferences?: InputMaybe<CommunicationPreferencesInput>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  detailedBio?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  expertiseAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName: Scalars['String']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  lastName: Scalars['String']['input'];
  linkedInUrl?: InputMaybe<Scalars['String']['input']>;
  /**
   * Create the profile for this organization (you must be one of its admins or organizers). Leave it out to create
   * your own profile, linked to you.
   */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Talks given elsewhere (at most 50). */
  pastEngagements?: InputMaybe<Array<PastEngagementInput>>;
  position?: InputMaybe<Scalars['String']['input']>;
  profilePhotoUrl?: InputMaybe<Scalars['String']['input']>;
  shortBio?: InputMaybe<Scalars['String']['input']>;
  speakingTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Without the @, e.g. batbern. */
  twitterHandle?: InputMaybe<Scalars['String']['input']>;
  /** With organizationId only: the account that will answer invitations. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * INVITED → CONFIRMED or DECLINED (by the speaker, or an organizer on their behalf); CONFIRMED → DECLINED (the
 * speaker withdraws); DECLINED → INVITED when the organizers re-send the invitation.
 */
export type InvitationStatus =
  | 'CONFIRMED'
  | 'DECLINED'
  | 'INVITED';

/**
 * A logo file inside the mutation (base64), so it travels through the gateway like any other request. The name is
 * kept for display; the type comes from the bytes, and a name or claimed type that disagrees with them is refused.
 */
export type LogoUploadInput = {
  /** The file, base64-encoded (standard alphabet, padded). */
  contentBase64: Scalars['String']['input'];
  /** Optional claimed MIME type; must match the detected one. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** e.g. logo.png; must end in .png, .jpg, .jpeg, .webp or .svg. */
  fileName: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The company's managers. A user is a contact once (CONFLICT CONTACT_EXISTS). */
  addPartnerContact: Partner;
  /** The invited speaker, or an admin or organizer of the event's organization. INVITED → CONFIRMED (CONFLICT INVALID_TRANSITION otherwise). */
  confirmSpeakerInvitation: SessionSpeaker;
  /** Admins and organizers of input.organizationId (which then manages the company). A taken name is a CONFLICT (COMPANY_NAME_TAKEN). */
  createCompany: Company;
  /** The company's managers. One partnership per company: a second is a CONFLICT (ALREADY_PARTNER). */
  createPartner: Partner;
  /**
   * Your own profile (leave out input.organizationId; one per user, CONFLICT SPEAKER_PROFILE_EXISTS), or one for an
   * organization you administer or organize. The e-mail is unique (CONFLICT EMAIL_TAKEN).
   */
  createSpeaker: Speaker;
  /** The invited speaker, or an admin or organizer of the event's organization. INVITED or CONFIRMED → DECLINED. */
  declineSpeakerInvitation: SessionSpeaker;
  /**
   * Admins and organizers of the session's event's organization. The speaker gets an e-mail. The session must be known
   * (BAD_USER_INPUT on sessionId otherwise) and its event not over or cancelled (CONFLICT EVENT_CLOSED). A speaker is
   * invited to a session once (CONFLICT ALREADY_INVITED); a session has one primary speaker who has not declined
   * (CONFLICT PRIMARY_SPEAKER_TAKEN).
   */
  inviteSpeaker: SessionSpeaker;
  removePartnerContact: Partner;
  /** The event's admins and organizers: DECLINED → INVITED with a new invitedAt, and a new e-mail. */
  resendSpeakerInvitation: SessionSpeaker;
  /** The company's managers. */
  updateCompany: Company;
  updatePartner: Partner;
  /** The speaker themself, the profile's managing organization's admins and organizers, platform admins. */
  updateSpeaker: Speaker;
  /**
   * The company's managers. Stores the file and makes it the current logo; the previous file is deleted. A file over
   * the size limit, of another type, or whose name or claimed type disagrees with its bytes is BAD_USER_INPUT naming
   * the field, and leaves nothing behind.
   */
  uploadCompanyLogo: CompanyLogo;
  /** The event's admins and organizers take the speaker off the session. */
  withdrawSpeakerInvitation: Scalars['Boolean']['output'];
};


export type MutationAddPartnerContactArgs = {
  partnerId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationConfirmSpeakerInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreateSpeakerArgs = {
  input: CreateSpeakerInput;
};


export type MutationDeclineSpeakerInvitationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationInviteSpeakerArgs = {
  presentationTitle?: InputMaybe<Scalars['String']['input']>;
  role: SpeakerRole;
  sessionId: Scalars['ID']['input'];
  speakerId: Scalars['ID']['input'];
};


export type MutationRemovePartnerContactArgs = {
  partnerId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationResendSpeakerInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCompanyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
};


export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
};


export type MutationUpdateSpeakerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSpeakerInput;
};


export type MutationUploadCompanyLogoArgs = {
  companyId: Scalars['ID']['input'];
  file: LogoUploadInput;
};


export type MutationWithdrawSpeakerInvitationArgs = {
  id: Scalars['ID']['input'];
};

export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A company's partnership (one per company). Tier, dates and status are public; benefits and contacts only for the
 * partner's contacts, the company's managers and platform admins (null for everyone else).
 */
export type Partner = {
  __typename?: 'Partner';
  /** What the partnership includes, as short labels. Restricted. */
  benefits?: Maybe<Array<Scalars['String']['output']>>;
  company: Company;
  /** The partner's contact persons. Restricted. */
  contacts?: Maybe<Array<PartnerContact>>;
  createdAt: Scalars['DateTime']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  startDate: Scalars['Date']['output'];
  tier: PartnershipTier;
  updatedAt: Scalars['DateTime']['output'];
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  nodes: Array<Partner>;
  pageInfo: PageInfo;
};

export type PartnerContact = {
  __typename?: 'PartnerContact';
  addedAt: Scalars['DateTime']['output'];
  /** The person's role or title at the partner, e.g. Head of Marketing. */
  role: Scalars['String']['output'];
  user: User;
};

/** BATbern's partnership levels, lowest first. */
export type PartnershipTier =
  | 'BRONZE'
  | 'GOLD'
  | 'PLATINUM'
  | 'SILVER'
  | 'STRATEGIC';

export type PastEngagementInput = {
  date: Scalars['Date']['input'];
  eventName: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Companies by name; `search` matches anywhere in the name or display name, any letter case. */
  companies: CompanyConnection;
  company?: Maybe<Company>;
  partner?: Maybe<Partner>;
  /** Partners, highest tier first; active ones unless includeInactive. */
  partners: PartnerConnection;
  speaker?: Maybe<Speaker>;
  /** Speakers by name; `search` matches first or last name, any letter case. */
  speakers: SpeakerConnection;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnersOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  tier?: InputMaybe<PartnershipTier>;
};


export type QuerySpeakerArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySpeakersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Session = {
  __typename?: 'Session';
  id: Scalars['ID']['output'];
  /**
   * The session's speakers, primary speaker first: confirmed ones for everyone who may see the session, every
   * invitation (with its status) for the event's admins and organizers. Empty for sessions you may not see.
   */
  speakers: Array<SessionSpeaker>;
};

/** A speaker on a session, with a role, and the state of the invitation. */
export type SessionSpeaker = {
  __typename?: 'SessionSpeaker';
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Only for the speaker, the event's admins and organizers, and platform admins. */
  declineReason?: Maybe<Scalars['String']['output']>;
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  isConfirmed: Scalars['Boolean']['output'];
  /** The speaker's own title for the contribution, when it differs from the session's. */
  presentationTitle?: Maybe<Scalars['String']['output']>;
  role: SpeakerRole;
  /** The session, or null when you cannot see it (its event is still a draft) or it was removed. */
  session?: Maybe<Session>;
  /**
   * The session as this subgraph knows it from the events subgraph's domain events: also for invited speakers who
   * cannot see a draft event yet. Null only while that news has not arrived.
   */
  sessionSummary?: Maybe<SessionSummary>;
  speaker: Speaker;
  status: InvitationStatus;
};

export type SessionSummary = {
  __typename?: 'SessionSummary';
  endsAt: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  eventTitle?: Maybe<Scalars['String']['output']>;
  /** True when the session was taken off the agenda. */
  removed: Scalars['Boolean']['output'];
  sessionId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type SocialLinks = {
  __typename?: 'SocialLinks';
  facebook?: Maybe<Scalars['String']['output']>;
  instagram?: Maybe<Scalars['String']['output']>;
  linkedIn?: Maybe<Scalars['String']['output']>;
  mastodon?: Maybe<Scalars['String']['output']>;
  twitter?: Maybe<Scalars['String']['output']>;
  xing?: Maybe<Scalars['String']['output']>;
  youtube?: Maybe<Scalars['String']['output']>;
};

/** Each an http(s) URL; leave out or null to have none. */
export type SocialLinksInput = {
  facebook?: InputMaybe<Scalars['String']['input']>;
  instagram?: InputMaybe<Scalars['String']['input']>;
  linkedIn?: InputMaybe<Scalars['String']['input']>;
  mastodon?: InputMaybe<Scalars['String']['input']>;
  twitter?: InputMaybe<Scalars['String']['input']>;
  xing?: InputMaybe<Scalars['String']['input']>;
  youtube?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A speaker's profile. Either the speaker's own (created by the signed-in user, linked to them), or created by an
 * organization's admins or organizers for invitations (optionally linked to a user). The profile is public except the
 * fields marked personal, which only the speaker themself, the managing organization's admins and organizers, the
 * organizers of events the speaker is invited to, and platform admins see (null for everyone else).
 */
export type Speaker = {
  __typename?: 'Speaker';
  availability: SpeakerAvailability;
  certifications: Array<Scalars['String']['output']>;
  /** Personal. */
  communicationPreferences?: Maybe<CommunicationPreferences>;
  company?: Maybe<Company>;
  createdAt: Scalars['DateTime']['output'];
  detailedBio?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Personal. Where invitations are sent. */
  email?: Maybe<Scalars['String']['output']>;
  expertiseAreas: Array<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * Invitations you may see: all of them for the speaker themself, the profile's managers and platform admins; those of
   * their own events for an event's admins and organizers; confirmed ones of published events for everyone else.
   */
  invitations: Array<SessionSpeaker>;
  /** Language codes, e.g. de, en. */
  languages: Array<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  linkedInUrl?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['String']['output']>;
  profilePhotoUrl?: Maybe<Scalars['String']['output']>;
  /** Sessions the speaker is confirmed for, among those you may see, in time order. */
  sessions: Array<Session>;
  shortBio?: Maybe<Scalars['String']['output']>;
  /** Confirmed sessions here that have ended (those you may see) and talks elsewhere, newest first. */
  speakingHistory: Array<SpeakingEngagement>;
  speakingTopics: Array<Scalars['String']['output']>;
  twitterHandle?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Personal. The account that answers invitations. */
  user?: Maybe<User>;
};

/** A speaker's general availability for new invitations (the seed's values); invitations carry their own status. */
export type SpeakerAvailability =
  | 'AVAILABLE'
  | 'BUSY'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'INVITED'
  | 'UNAVAILABLE';

export type SpeakerConnection = {
  __typename?: 'SpeakerConnection';
  nodes: Array<Speaker>;
  pageInfo: PageInfo;
};

export type SpeakerRole =
  | 'CO_SPEAKER'
  | 'MODERATOR'
  | 'PANELIST'
  | 'PRIMARY_SPEAKER';

export type SpeakingEngagement = {
  __typename?: 'SpeakingEngagement';
  date: Scalars['Date']['output'];
  eventName: Scalars['String']['output'];
  /** The role on a session here; null for talks elsewhere. */
  role?: Maybe<SpeakerRole>;
  /** The session here; null for talks elsewhere. */
  session?: Maybe<Session>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateCompanyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  headquarters?: InputMaybe<AddressInput>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  socialLinks?: InputMaybe<SocialLinksInput>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears the end date. */
export type UpdatePartnerInput = {
  benefits?: InputMaybe<Array<Scalars['String']['input']>>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  tier?: InputMaybe<PartnershipTier>;
};

/**
 * Fields left out stay as they are; null clears an optional field; a list replaces the stored one. `userId` only for
 * the managing organization's admins and organizers and platform admins.
 */
export type UpdateSpeakerInput = {
  availability?: InputMaybe<SpeakerAvailability>;
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  communicationPreferences?: InputMaybe<CommunicationPreferencesInput>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  detailedBio?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expertiseAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  linkedInUrl?: InputMaybe<Scalars['String']['input']>;
  pastEngagements?: InputMaybe<Array<PastEngagementInput>>;
  position?: InputMaybe<Scalars['String']['input']>;
  profilePhotoUrl?: InputMaybe<Scalars['String']['input']>;
  shortBio?: InputMaybe<Scalars['String']['input']>;
  speakingTopics?: InputMaybe<Array<Scalars['String']['input']>>;
  twitterHandle?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type User = {
  __typename?: 'User';
  /** The user's company (when you may see the user's company affiliation). */
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The speaker profile linked to this user. */
  speakerProfile?: Maybe<Speaker>;
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
  Company: Company;
  Partner: Partner;
  Session: Session;
  Speaker: Speaker;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
  Speaker:
    ( { __typename: 'Speaker' }
    & GraphQLRecursivePick<FederationTypes['Speaker'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['User'], {"companyId":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressInput: AddressInput;
  CommunicationPreferences: ResolverTypeWrapper<CommunicationPreferences>;
  CommunicationPreferencesInput: CommunicationPreferencesInput;
  Company: ResolverTypeWrapper<CompanyRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Company']> }>;
  CompanyLogo: ResolverTypeWrapper<CompanyLogoRow>;
  ContactChannel: ContactChannel;
  CreateCompanyInput: CreateCompanyInput;
  CreatePartnerInput: CreatePartnerInput;
  CreateSpeakerInput: CreateSpeakerInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InvitationStatus: InvitationStatus;
  LogoUploadInput: LogoUploadInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'nodes'> & { nodes: Array<ResolversTypes['Partner']> }>;
  PartnerContact: ResolverTypeWrapper<PartnerContactRow>;
  PartnershipTier: PartnershipTier;
  PastEngagementInput: PastEngagementInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Session: ResolverTypeWrapper<EntityReference>;
  SessionSpeaker: ResolverTypeWrapper<SessionSpeakerRow>;
  SessionSummary: ResolverTypeWrapper<SessionSummary>;
  SocialLinks: ResolverTypeWrapper<SocialLinks>;
  SocialLinksInput: SocialLinksInput;
  Speaker: ResolverTypeWrapper<SpeakerRow>;
  SpeakerAvailability: SpeakerAvailability;
  SpeakerConnection: ResolverTypeWrapper<Omit<SpeakerConnection, 'nodes'> & { nodes: Array<ResolversTypes['Speaker']> }>;
  SpeakerRole: SpeakerRole;
  SpeakingEngagement: ResolverTypeWrapper<Omit<SpeakingEngagement, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdateSpeakerInput: UpdateSpeakerInput;
  User: ResolverTypeWrapper<UserWithCompany>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  String: Scalars['String']['output'];
  AddressInput: AddressInput;
  CommunicationPreferences: CommunicationPreferences;
  CommunicationPreferencesInput: CommunicationPreferencesInput;
  Company: CompanyRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  CompanyConnection: Omit<CompanyConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Company']> };
  CompanyLogo: CompanyLogoRow;
  CreateCompanyInput: CreateCompanyInput;
  CreatePartnerInput: CreatePartnerInput;
  CreateSpeakerInput: CreateSpeakerInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  LogoUploadInput: LogoUploadInput;
  Mutation: Record<PropertyKey, never>;
  Organization: EntityReference;
  PageInfo: PageInfo;
  Partner: PartnerRow;
  PartnerConnection: Omit<PartnerConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Partner']> };
  PartnerContact: PartnerContactRow;
  PastEngagementInput: PastEngagementInput;
  Query: Record<PropertyKey, never>;
  Session: EntityReference;
  SessionSpeaker: SessionSpeakerRow;
  SessionSummary: SessionSummary;
  SocialLinks: SocialLinks;
  SocialLinksInput: SocialLinksInput;
  Speaker: SpeakerRow;
  SpeakerConnection: Omit<SpeakerConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Speaker']> };
  SpeakingEngagement: Omit<SpeakingEngagement, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  UpdateCompanyInput: UpdateCompanyInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdateSpeakerInput: UpdateSpeakerInput;
  User: UserWithCompany;
};

export type AddressResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommunicationPreferencesResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['CommunicationPreferences'] = ResolversParentTypes['CommunicationPreferences']> = {
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employeeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headquarters?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logo?: Resolver<Maybe<ResolversTypes['CompanyLogo']>, ParentType, ContextType>;
  managingOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  socialLinks?: Resolver<ResolversTypes['SocialLinks'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Speaker']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CompanyLogoResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['CompanyLogo'] = ResolversParentTypes['CompanyLogo']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileSizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addPartnerContact?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationAddPartnerContactArgs, 'partnerId' | 'role' | 'userId'>>;
  confirmSpeakerInvitation?: Resolver<ResolversTypes['SessionSpeaker'], ParentType, ContextType, RequireFields<MutationConfirmSpeakerInvitationArgs, 'id'>>;
  createCompany?: Resolver<ResolversTypes['Company'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  createSpeaker?: Resolver<ResolversTypes['Speaker'], ParentType, ContextType, RequireFields<MutationCreateSpeakerArgs, 'input'>>;
  declineSpeakerInvitation?: Resolver<ResolversTypes['SessionSpeaker'], ParentType, ContextType, RequireFields<MutationDeclineSpeakerInvitationArgs, 'id'>>;
  inviteSpeaker?: Resolver<ResolversTypes['SessionSpeaker'], ParentType, ContextType, RequireFields<MutationInviteSpeakerArgs, 'role' | 'sessionId' | 'speakerId'>>;
  removePartnerContact?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationRemovePartnerContactArgs, 'partnerId' | 'userId'>>;
  resendSpeakerInvitation?: Resolver<ResolversTypes['SessionSpeaker'], ParentType, ContextType, RequireFields<MutationResendSpeakerInvitationArgs, 'id'>>;
  updateCompany?: Resolver<ResolversTypes['Company'], ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'id' | 'input'>>;
  updatePartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationUpdatePartnerArgs, 'id' | 'input'>>;
  updateSpeaker?: Resolver<ResolversTypes['Speaker'], ParentType, ContextType, RequireFields<MutationUpdateSpeakerArgs, 'id' | 'input'>>;
  uploadCompanyLogo?: Resolver<ResolversTypes['CompanyLogo'], ParentType, ContextType, RequireFields<MutationUploadCompanyLogoArgs, 'companyId' | 'file'>>;
  withdrawSpeakerInvitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationWithdrawSpeakerInvitationArgs, 'id'>>;
};

export type OrganizationResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefits?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['PartnerContact']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PartnershipTier'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartnerContactResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['PartnerContact'] = ResolversParentTypes['PartnerContact']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first' | 'partnersOnly'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first' | 'includeInactive'>>;
  speaker?: Resolver<Maybe<ResolversTypes['Speaker']>, ParentType, ContextType, RequireFields<QuerySpeakerArgs, 'id'>>;
  speakers?: Resolver<ResolversTypes['SpeakerConnection'], ParentType, ContextType, RequireFields<QuerySpeakersArgs, 'first'>>;
};

export type SessionResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['SessionSpeaker']>, ParentType, ContextType>;
};

export type SessionSpeakerResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['SessionSpeaker'] = ResolversParentTypes['SessionSpeaker']> = {
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  isConfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  presentationTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SpeakerRole'], ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  sessionSummary?: Resolver<Maybe<ResolversTypes['SessionSummary']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Speaker'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
};

export type SessionSummaryResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['SessionSummary'] = ResolversParentTypes['SessionSummary']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SocialLinksResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['SocialLinks'] = ResolversParentTypes['SocialLinks']> = {
  facebook?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instagram?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mastodon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  youtube?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpeakerResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['Speaker'] = ResolversParentTypes['Speaker'], FederationReferenceType extends FederationReferenceTypes['Speaker'] = FederationReferenceTypes['Speaker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Speaker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<ResolversTypes['SpeakerAvailability'], ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  communicationPreferences?: Resolver<Maybe<ResolversTypes['CommunicationPreferences']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detailedBio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expertiseAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['SessionSpeaker']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linkedInUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profilePhotoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  shortBio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakingHistory?: Resolver<Array<ResolversTypes['SpeakingEngagement']>, ParentType, ContextType>;
  speakingTopics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  twitterHandle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SpeakerConnectionResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['SpeakerConnection'] = ResolversParentTypes['SpeakerConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Speaker']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpeakingEngagementResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['SpeakingEngagement'] = ResolversParentTypes['SpeakingEngagement']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eventName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['SpeakerRole']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = SpeakersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  speakerProfile?: Resolver<Maybe<ResolversTypes['Speaker']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = SpeakersContext> = {
  Address?: AddressResolvers<ContextType>;
  CommunicationPreferences?: CommunicationPreferencesResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyLogo?: CompanyLogoResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerContact?: PartnerContactResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionSpeaker?: SessionSpeakerResolvers<ContextType>;
  SessionSummary?: SessionSummaryResolvers<ContextType>;
  SocialLinks?: SocialLinksResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  SpeakerConnection?: SpeakerConnectionResolvers<ContextType>;
  SpeakingEngagement?: SpeakingEngagementResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

