// Generated from subgraphs/ticketing/schema.graphql by `npm run codegen` (codegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TicketType as TicketTypeRow, Order as OrderRow, Payment as PaymentRow, Ticket as TicketRow, Refund as RefundRow, DiscountCode as DiscountCodeRow, Registration as RegistrationRow, CheckIn as CheckInRow } from '@bilten/platform/prisma';
import type { OrderItemWithCurrency, PaymentItemWithCurrency } from '../resolvers/mappers.js';
import type { CheckInCounts } from '../admission/services/live-counts.js';
import type { EntityReference } from '@bilten/platform';
import type { TicketingContext } from '../context.js';
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

/** One valid ticket of an event and who holds it (staff only). */
export type Attendee = {
  __typename?: 'Attendee';
  email: Scalars['String']['output'];
  ticket: Ticket;
  ticketType: TicketType;
  user: User;
};

export type AttendeeConnection = {
  __typename?: 'AttendeeConnection';
  nodes: Array<Attendee>;
  pageInfo: PageInfo;
};

/**
 * Places of an event. `capacity` is the event's capacity or the organizer's lower place limit (null: unlimited);
 * `taken` counts tickets sold or reserved plus registrations holding a place (REGISTERED, CONFIRMED, ATTENDED).
 */
export type Availability = {
  __typename?: 'Availability';
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Places still available: at most capacity − taken, and for ticketed events at most what the active ticket types have left. Null when nothing limits it. */
  remaining?: Maybe<Scalars['Int']['output']>;
  soldOut: Scalars['Boolean']['output'];
  taken: Scalars['Int']['output'];
  /** Per active ticket type. */
  ticketTypes: Array<TicketTypeAvailability>;
  /** People on the waitlist. */
  waitlisted: Scalars['Int']['output'];
};

/** One scan of a ticket at a door (or at a session's door): who, where, when, which way. */
export type CheckIn = {
  __typename?: 'CheckIn';
  deviceId?: Maybe<Scalars['String']['output']>;
  direction: CheckInDirection;
  door: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** When the scanner saw the ticket (an offline scanner's own clock). */
  scannedAt: Scalars['DateTime']['output'];
  /** Set for scans at a session's door. */
  session?: Maybe<Session>;
  ticket: Ticket;
};

export type CheckInBucket = {
  __typename?: 'CheckInBucket';
  entries: Scalars['Int']['output'];
  exits: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/**
 * Live counts of an event's doors, read from the database after each check-in. Counts are distinct tickets: a ticket
 * that enters twice (after going out) or through two doors is one check-in. `sequence` goes up with every scan.
 */
export type CheckInCount = {
  __typename?: 'CheckInCount';
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Tickets that entered at least once. */
  checkedIn: Scalars['Int']['output'];
  doors: Array<DoorCount>;
  event: Event;
  eventId: Scalars['ID']['output'];
  lastCheckInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tickets inside now (entries minus exits, per ticket). */
  onSiteNow: Scalars['Int']['output'];
  sequence: Scalars['Int']['output'];
  sessions: Array<SessionCount>;
  /** Valid tickets of the event. */
  ticketsSold: Scalars['Int']['output'];
};

export type CheckInDirection =
  | 'IN'
  | 'OUT';

/** A scan at a door. Give either the printed ticket number or the QR code's content. */
export type CheckInInput = {
  direction?: InputMaybe<CheckInDirection>;
  /** The door or gate, e.g. Main entrance. */
  door: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  qrPayload?: InputMaybe<Scalars['String']['input']>;
  /** For a scan at a session's door: the session (of this event). */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  ticketNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CheckInResult = {
  __typename?: 'CheckInResult';
  checkIn: CheckIn;
  /** The event's counts right after this scan. */
  counts: CheckInCount;
  ticket: Ticket;
};

export type CreateDiscountCodeInput = {
  /** FIXED_AMOUNT: off the eligible tickets of one order (never below zero). */
  amountOff?: InputMaybe<MoneyInput>;
  /** 4–40 letters, digits, - or _; stored in upper case. */
  code: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  kind: DiscountKind;
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** PERCENTAGE: 1–100. */
  percentOff?: InputMaybe<Scalars['Int']['input']>;
  /** Ticket types of the event the code applies to; empty or left out: all. */
  ticketTypeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CreateTicketTypeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
  maxPerOrder?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Zero for free tickets. The currency cannot change later. */
  price: MoneyInput;
  quantity: Scalars['Int']['input'];
  /** Null: only staff can refund. */
  refundCutoffHours?: InputMaybe<Scalars['Int']['input']>;
  salesEndAt?: InputMaybe<Scalars['DateTime']['input']>;
  salesStartAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A discount code of one event: a percentage or a fixed amount (in one currency) off the eligible tickets of an order,
 * optionally limited to some ticket types, to a number of uses and to a validity window. Codes are matched in any
 * letter case. Uses are counted in the purchase transaction with a conditional update, so the limit holds under
 * concurrency; a declined payment gives its use back.
 */
export type DiscountCode = {
  __typename?: 'DiscountCode';
  active: Scalars['Boolean']['output'];
  amountOff?: Maybe<Money>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: DiscountKind;
  maxUses?: Maybe<Scalars['Int']['output']>;
  percentOff?: Maybe<Scalars['Int']['output']>;
  /** Empty: every ticket type of the event. */
  ticketTypes: Array<TicketType>;
  uses: Scalars['Int']['output'];
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type DiscountKind =
  | 'FIXED_AMOUNT'
  | 'PERCENTAGE';

export type DoorCount = {
  __typename?: 'DoorCount';
  /** Distinct tickets that came in through this door. */
  checkedIn: Scalars['Int']['output'];
  door: Scalars['String']['output'];
  exits: Scalars['Int']['output'];
  /** Tickets inside now whose last entry was through this door. */
  onSiteNow: Scalars['Int']['output'];
};

/**
 * Ticketing learns events and sessions from the events subgraph's domain events (a read model, current within
 * milliseconds). Until it knows an event, mutations naming it answer BAD_USER_INPUT on the argument ("not known
 * yet"). Ticket types of published events are public; drafts' ticket types are seen by the event's staff (the
 * organization's ADMIN and ORGANIZER roles) only.
 */
export type Event = {
  __typename?: 'Event';
  /** Staff only (FORBIDDEN otherwise): one entry per valid ticket, with its holder's contact e-mail. */
  attendees?: Maybe<AttendeeConnection>;
  /** Places left per ticket type and in total (never below zero). Null while ticketing does not know the event. */
  availability?: Maybe<Availability>;
  /** Staff only (FORBIDDEN otherwise). */
  discountCodes?: Maybe<Array<DiscountCode>>;
  id: Scalars['ID']['output'];
  /** The signed-in user's own registration for this event, if any. */
  myRegistration?: Maybe<Registration>;
  /** Staff only (FORBIDDEN otherwise): the event's orders, newest first, with the buyers' contact e-mails. */
  orders?: Maybe<OrderConnection>;
  /** Staff only (FORBIDDEN otherwise): registrations in waitlist order. */
  registrations?: Maybe<RegistrationConnection>;
  /** On-sale and upcoming ticket types, cheapest first. The event's staff also see inactive ones. */
  ticketTypes: Array<TicketType>;
};


/**
 * Ticketing learns events and sessions from the events subgraph's domain events (a read model, current within
 * milliseconds). Until it knows an event, mutations naming it answer BAD_USER_INPUT on the argument ("not known
 * yet"). Ticket types of published events are public; drafts' ticket types are seen by the event's staff (the
 * organization's ADMIN and ORGANIZER roles) only.
 */
export type EventAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Ticketing learns events and sessions from the events subgraph's domain events (a read model, current within
 * milliseconds). Until it knows an event, mutations naming it answer BAD_USER_INPUT on the argument ("not known
 * yet"). Ticket types of published events are public; drafts' ticket types are seen by the event's staff (the
 * organization's ADMIN and ORGANIZER roles) only.
 */
export type EventOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<OrderStatus>>;
};


/**
 * Ticketing learns events and sessions from the events subgraph's domain events (a read model, current within
 * milliseconds). Until it knows an event, mutations naming it answer BAD_USER_INPUT on the argument ("not known
 * yet"). Ticket types of published events are public; drafts' ticket types are seen by the event's staff (the
 * organization's ADMIN and ORGANIZER roles) only.
 */
export type EventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RegistrationStatus>>;
};

/**
 * An amount of money: `amount` is a decimal string with the currency's minor digits (e.g. "49.00" CHF), never a
 * float; `currency` is an ISO 4217 code.
 */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['String']['output'];
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  /** Decimal string with at most two decimals (none for currencies without minor units), e.g. "49.90". */
  amount: Scalars['String']['input'];
  /** ISO 4217 code, e.g. CHF. */
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The buyer or staff: cancels an unpaid invoice order; its tickets go back on sale. */
  cancelOrder: Order;
  /** The registrant or staff. A freed place goes to the next waitlisted person in the same transaction. */
  cancelRegistration: Registration;
  /**
   * Checks a ticket in or out at a door. For the event organization's ADMIN, ORGANIZER and CHECK_IN_STAFF. A second
   * entry of a ticket that is inside is CONFLICT ALREADY_CHECKED_IN (with when and where); refunded, cancelled,
   * outdated and other events' tickets are CONFLICT with their reason; an unknown number is NOT_FOUND.
   */
  checkIn: CheckInResult;
  /** The registrant confirms they will attend (REGISTERED → CONFIRMED). */
  confirmRegistration: Registration;
  createDiscountCode: DiscountCode;
  /** Staff of the event's organization. */
  createTicketType: TicketType;
  /** Staff: an invoice order was paid; its tickets are issued now. */
  markOrderPaid: Order;
  /** Staff or check-in staff: the person came. */
  markRegistrationAttended: Registration;
  /**
   * Buys tickets (signed-in users). Two steps around the provider call, because a charge cannot sit inside a
   * database transaction: (1) one transaction reserves the inventory (conditional updates of the ticket types and of
   * the event's places, and the discount code's use) and writes the order as PENDING; (2) the provider is charged
   * with an idempotency key; (3) one transaction writes the payment, its items and the tickets and marks the order
   * PAID — or, when declined or failed, gives the inventory back and marks the order DECLINED/FAILED, writing nothing
   * else. A crash between the steps leaves a PENDING order that a sweeper releases after the reservation timeout.
   * Errors: BAD_USER_INPUT naming the field (quantities, per-order limit, sales window, unknown/inactive ticket
   * types, mixed or wrong currency, discount codes with a `reason`: UNKNOWN, INACTIVE, NOT_YET_VALID, EXPIRED,
   * EXHAUSTED, NOT_APPLICABLE, WRONG_CURRENCY); CONFLICT with `reason`: SOLD_OUT, DISCOUNT_CODE_EXHAUSTED (lost a
   * race), EVENT_CANCELLED, EVENT_ENDED, PAYMENT_DECLINED, PAYMENT_FAILED, ORDER_PENDING, IDEMPOTENCY_KEY_REUSED.
   */
  purchaseTickets: Order;
  /**
   * Refunds (or, for tickets that cost nothing, cancels) some or all tickets of a paid order: by the buyer within
   * each ticket type's refund policy (CONFLICT REFUND_NOT_ALLOWED / REFUND_PERIOD_OVER otherwise), by the event's
   * staff at any time. The tickets are revoked (their QR payloads no longer pass), go back on sale, the refund is
   * recorded, and the provider pays back; idempotent per order and key.
   */
  refundOrder: Refund;
  /**
   * Registers the signed-in user for a free event (published, not cancelled, not ended, registration not closed):
   * REGISTERED when a place is free, else WAITLISTED. One registration per person and event (CONFLICT
   * ALREADY_REGISTERED); registering again after cancelling re-joins at the end of the queue.
   */
  register: Registration;
  /**
   * Staff: caps the places of the event (tickets and registrations together) below its capacity; null removes the
   * cap. Raising it moves waitlisted people up.
   */
  setPlaceLimit: Availability;
  updateDiscountCode: DiscountCode;
  updateRegistration: Registration;
  updateTicketType: TicketType;
  /** Uploads scans an offline scanner recorded; each gets its own result (in the order of the input). */
  uploadOfflineCheckIns: Array<OfflineScanResult>;
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckInArgs = {
  input: CheckInInput;
};


export type MutationConfirmRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateDiscountCodeArgs = {
  input: CreateDiscountCodeInput;
};


export type MutationCreateTicketTypeArgs = {
  input: CreateTicketTypeInput;
};


export type MutationMarkOrderPaidArgs = {
  id: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkRegistrationAttendedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPurchaseTicketsArgs = {
  input: PurchaseTicketsInput;
};


export type MutationRefundOrderArgs = {
  input: RefundOrderInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationSetPlaceLimitArgs = {
  eventId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateDiscountCodeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDiscountCodeInput;
};


export type MutationUpdateRegistrationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRegistrationInput;
};


export type MutationUpdateTicketTypeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketTypeInput;
};


export type MutationUploadOfflineCheckInsArgs = {
  input: OfflineCheckInsInput;
};

export type OfflineCheckInsInput = {
  deviceId: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  /** At most 500 scans; applied in `scannedAt` order. */
  scans: Array<OfflineScanInput>;
};

export type OfflineScanInput = {
  direction?: InputMaybe<CheckInDirection>;
  door: Scalars['String']['input'];
  /** The scanner's own id for this scan: uploading it again is recognised and not applied twice. */
  nonce: Scalars['String']['input'];
  qrPayload?: InputMaybe<Scalars['String']['input']>;
  /** When the device saw the ticket. */
  scannedAt: Scalars['DateTime']['input'];
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  ticketNumber?: InputMaybe<Scalars['String']['input']>;
};

export type OfflineScanResult = {
  __typename?: 'OfflineScanResult';
  checkIn?: Maybe<CheckIn>;
  message?: Maybe<Scalars['String']['output']>;
  nonce: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: OfflineScanStatus;
};

export type OfflineScanStatus =
  | 'APPLIED'
  /** Refused by the ticket's state: ALREADY_CHECKED_IN, NOT_ON_SITE, OUT_OF_ORDER, TICKET_REFUNDED, TICKET_CANCELLED, WRONG_EVENT, OUTDATED_PAYLOAD. */
  | 'CONFLICT'
  /** This nonce was uploaded before; nothing changed. */
  | 'DUPLICATE'
  /** Not a ticket or not a valid scan (unknown ticket, forged QR code, bad session). */
  | 'REJECTED';

/** An order of one buyer for one event, in one currency. Seen by its buyer and the event's staff only. */
export type Order = {
  __typename?: 'Order';
  buyer: User;
  createdAt: Scalars['DateTime']['output'];
  discount: Money;
  discountCode?: Maybe<Scalars['String']['output']>;
  /** The contact address the buyer gave (confirmations and tickets go there). */
  email: Scalars['String']['output'];
  event: Event;
  /** Why the payment was declined or failed. */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  items: Array<OrderItem>;
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** Written together with the tickets when the order is paid. */
  payment?: Maybe<Payment>;
  /** Invoice orders: unpaid by then, the order expires and its tickets go back on sale. */
  paymentDueAt?: Maybe<Scalars['DateTime']['output']>;
  paymentMethod: PaymentMethod;
  refunds: Array<Refund>;
  status: OrderStatus;
  /** Before the discount. */
  subtotal: Money;
  tickets: Array<Ticket>;
  total: Money;
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  nodes: Array<Order>;
  pageInfo: PageInfo;
};

export type OrderItem = {
  __typename?: 'OrderItem';
  /** quantity × unit price. */
  amount: Money;
  /** This item's share of the order's discount. */
  discount: Money;
  quantity: Scalars['Int']['output'];
  ticketType: TicketType;
  unitPrice: Money;
};

export type OrderStatus =
  /** Invoice orders: tickets are held until the due date; staff mark the order paid (tickets are issued then). */
  | 'AWAITING_PAYMENT'
  /** An unpaid invoice order cancelled by its buyer or the staff. */
  | 'CANCELLED'
  /** The card was declined; nothing was charged and the tickets went back on sale. */
  | 'DECLINED'
  /** A reservation or an invoice that was not paid in time; the tickets went back on sale. */
  | 'EXPIRED'
  /** The payment provider failed to process the payment; nothing was charged and the tickets went back on sale. */
  | 'FAILED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  /** Inventory reserved, payment under way. A reservation older than the timeout (15 min by default) is released. */
  | 'PENDING'
  | 'REFUNDED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** One item per ticket with what was paid for it. */
  items: Array<PaymentItem>;
  method: PaymentMethod;
  /** The provider that took the money: test, invoice or none. */
  provider: Scalars['String']['output'];
  refunded: Money;
  /** The provider's transaction or invoice reference. */
  transactionId?: Maybe<Scalars['String']['output']>;
};

/**
 * How to pay. CARD goes to the configured card provider; the built-in test provider takes these card numbers
 * (spaces allowed): 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined (PAYMENT_DECLINED, card_declined);
 * 4000 0000 0000 9995 is declined (insufficient_funds); 4000 0000 0000 0119 is a processing error (PAYMENT_FAILED).
 * Any other well-formed number is declined. INVOICE issues an invoice due in 14 days (configurable).
 */
export type PaymentInput = {
  /** CARD: the card number (test provider) or a card token of a real provider. */
  card?: InputMaybe<Scalars['String']['input']>;
  method: PaymentMethod;
};

export type PaymentItem = {
  __typename?: 'PaymentItem';
  amount: Money;
  description?: Maybe<Scalars['String']['output']>;
  itemType: Scalars['String']['output'];
  ticket?: Maybe<Ticket>;
};

export type PaymentMethod =
  /** A card through the configured card provider. The built-in test provider takes test card numbers (see PaymentInput). */
  | 'CARD'
  /** Nothing to pay (free tickets or a full discount); no provider is involved. Chosen automatically. */
  | 'FREE'
  /** The built-in invoice provider: the order awaits payment until staff mark it paid or it is overdue. */
  | 'INVOICE';

export type PurchaseItemInput = {
  /** 1 up to the ticket type's maxPerOrder. */
  quantity: Scalars['Int']['input'];
  ticketTypeId: Scalars['ID']['input'];
};

/**
 * A purchase: one event, one or more ticket types of it in one currency, an optional discount code. Idempotent:
 * the same `idempotencyKey` (per buyer) with the same request returns the same order and never charges again, also
 * when the retries run concurrently; with a different request it is a CONFLICT (IDEMPOTENCY_KEY_REUSED). A declined
 * or failed payment keeps that answer for the key: use a new key to try again.
 */
export type PurchaseTicketsInput = {
  /** Optional guard: the currency the buyer expects to pay in; a different one is BAD_USER_INPUT. */
  currency?: InputMaybe<Scalars['String']['input']>;
  discountCode?: InputMaybe<Scalars['String']['input']>;
  /** Where the confirmation with the tickets goes (identity's addresses are private to identity). */
  email: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  /** 8–100 characters of A–Z, a–z, 0–9, - _ : . chosen by the client, e.g. a UUID per checkout. */
  idempotencyKey: Scalars['String']['input'];
  items: Array<PurchaseItemInput>;
  payment: PaymentInput;
};

export type Query = {
  __typename?: 'Query';
  /** The event's counts now (what a live subscription starts with). The event's staff only, door staff included. */
  checkInCounts: CheckInCount;
  /** Entries and exits at the doors per interval. The event's staff only. */
  checkInTimeline: Array<CheckInBucket>;
  /** Your order, or any order of an event you are staff of. */
  order?: Maybe<Order>;
  registration?: Maybe<Registration>;
  /** Your ticket, or any ticket of an event you are staff of (check-in staff included). */
  ticket?: Maybe<Ticket>;
  ticketType?: Maybe<TicketType>;
  /**
   * Checks a scanned QR payload: the signature without a database, then the ticket's current status and version.
   * For the event's staff and check-in staff. `eventId`, when given, must be the ticket's event.
   */
  verifyTicket: TicketVerification;
};


export type QueryCheckInCountsArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryCheckInTimelineArgs = {
  bucketMinutes?: InputMaybe<Scalars['Int']['input']>;
  eventId: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketTypeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerifyTicketArgs = {
  eventId?: InputMaybe<Scalars['ID']['input']>;
  payload: Scalars['String']['input'];
};

/** A refund or cancellation of some or all tickets of an order. */
export type Refund = {
  __typename?: 'Refund';
  amount: Money;
  /** True when the event's staff refunded (any time); false when the buyer did (within the refund policy). */
  byOrganizer: Scalars['Boolean']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  order: Order;
  reason?: Maybe<Scalars['String']['output']>;
  status: RefundStatus;
  tickets: Array<Ticket>;
};

export type RefundOrderInput = {
  /** Per order: the same key with the same request returns the same refund. */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Tickets of the order to refund; left out: every valid ticket of the order. */
  ticketIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type RefundStatus =
  /** Tickets are revoked and back on sale; the provider's refund is under way and is retried until it succeeds. */
  | 'PENDING'
  | 'SUCCEEDED';

export type RegisterInput = {
  /** Where notices (registered, waitlisted, moved up) go. */
  email: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  /** Sessions of the event you prefer. */
  sessionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  specialRequests?: InputMaybe<Scalars['String']['input']>;
};

/** A registration for a free event. Seen by the registrant and the event's staff. */
export type Registration = {
  __typename?: 'Registration';
  attendedAt?: Maybe<Scalars['DateTime']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contact address the registrant gave (notices go there). */
  email: Scalars['String']['output'];
  event: Event;
  id: Scalars['ID']['output'];
  promotedAt?: Maybe<Scalars['DateTime']['output']>;
  registeredAt: Scalars['DateTime']['output'];
  /** Sessions of the event the registrant prefers. */
  sessionPreferences: Array<Session>;
  specialRequests?: Maybe<Scalars['String']['output']>;
  status: RegistrationStatus;
  user: User;
  /** 1 for the first person waiting; null unless WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  nodes: Array<Registration>;
  pageInfo: PageInfo;
};

/**
 * BATbern's registration states for free events. REGISTERED, CONFIRMED and ATTENDED hold a place; WAITLISTED people
 * move up automatically, first come first served, when a place frees up (and get an e-mail); CANCELLED frees the
 * place.
 */
export type RegistrationStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'REGISTERED'
  | 'WAITLISTED';

export type Session = {
  __typename?: 'Session';
  id: Scalars['ID']['output'];
};

export type SessionCount = {
  __typename?: 'SessionCount';
  /** Distinct tickets that entered the session. */
  checkedIn: Scalars['Int']['output'];
  onSiteNow: Scalars['Int']['output'];
  session: Session;
  sessionId: Scalars['ID']['output'];
};

/**
 * Live updates, served by the gateway over graphql-ws on the same URL as queries (`connection_init` carries
 * `{ authorization: "Bearer <access token>" }`). The first message is the current state; then one message per change.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** The event's check-in counts, for the event organization's staff (door staff included). */
  checkInCountChanged: CheckInCount;
};


/**
 * Live updates, served by the gateway over graphql-ws on the same URL as queries (`connection_init` carries
 * `{ authorization: "Bearer <access token>" }`). The first message is the current state; then one message per change.
 */
export type SubscriptionCheckInCountChangedArgs = {
  eventId: Scalars['ID']['input'];
};

/**
 * Admission to an event. The number is random and unguessable. Seen by its holder and the event's staff (check-in
 * staff included).
 */
export type Ticket = {
  __typename?: 'Ticket';
  /** Every scan of this ticket, oldest first: for its holder and the event's staff. */
  checkIns: Array<CheckIn>;
  /** First entry through a door (null until then). */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  event: Event;
  holder: User;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  number: Scalars['String']['output'];
  /** Inside right now: the last door scan was an entry. */
  onSite: Scalars['Boolean']['output'];
  /** The order the ticket came with: for its buyer and the event's ADMIN/ORGANIZER staff (null for door staff). */
  order?: Maybe<Order>;
  /** What was paid for this ticket after the discount (what a refund returns). */
  price: Money;
  /**
   * The QR code's content, signed with the ticketing signing key (Ed25519): `BLT1.<base64url JSON {t: ticket id,
   * n: number, e: event id, v: version}>.<base64url signature>`. Scanners verify it without a database; a refunded
   * or cancelled ticket gets a new version, so its old payload is refused at check-in. Holder and the event's
   * ADMIN/ORGANIZER staff only (null for others).
   */
  qrPayload?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TicketStatus;
  ticketType: TicketType;
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  nodes: Array<Ticket>;
  pageInfo: PageInfo;
};

export type TicketStatus =
  /** Revoked without a refund (nothing had been paid for it). Refused at check-in. */
  | 'CANCELLED'
  /** Revoked and paid back. Refused at check-in. */
  | 'REFUNDED'
  /** Admits its holder. */
  | 'VALID';

/**
 * Something for sale at an event. Sales happen only for published events, inside the sales window, before the
 * event ends. `sold` never exceeds `quantity`: every sale is one conditional update in the purchase transaction
 * (and a CHECK constraint backs it up).
 */
export type TicketType = {
  __typename?: 'TicketType';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  event: Event;
  id: Scalars['ID']['output'];
  /** At most this many tickets of this type in one order. */
  maxPerOrder: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  onSale: Scalars['Boolean']['output'];
  price: Money;
  quantity: Scalars['Int']['output'];
  /**
   * Refund policy: buyers may cancel their tickets (and get the price back) until this many hours before the event
   * starts; null means only the event's staff can refund. Staff can refund at any time.
   */
  refundCutoffHours?: Maybe<Scalars['Int']['output']>;
  remaining: Scalars['Int']['output'];
  salesEndAt?: Maybe<Scalars['DateTime']['output']>;
  salesStartAt?: Maybe<Scalars['DateTime']['output']>;
  /** Staff only (null for everyone else): tickets sold, reserved or awaiting payment. */
  sold?: Maybe<Scalars['Int']['output']>;
};

export type TicketTypeAvailability = {
  __typename?: 'TicketTypeAvailability';
  /** Active, inside its sales window, and the event has not ended. */
  onSale: Scalars['Boolean']['output'];
  /** Tickets of this type that can still be bought (never below zero, capped by the event's places). */
  remaining: Scalars['Int']['output'];
  ticketType: TicketType;
};

/** The result of checking a ticket's signed QR payload. */
export type TicketVerification = {
  __typename?: 'TicketVerification';
  /**
   * Why not: INVALID_PAYLOAD (malformed or forged), UNKNOWN_TICKET, WRONG_EVENT, TICKET_CANCELLED, TICKET_REFUNDED,
   * OUTDATED_PAYLOAD (an older version of a re-issued ticket). Null when valid.
   */
  reason?: Maybe<Scalars['String']['output']>;
  ticket?: Maybe<Ticket>;
  /** True when the signature is good and the ticket is valid in its current version. */
  valid: Scalars['Boolean']['output'];
};

export type UpdateDiscountCodeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not below the uses so far. */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateRegistrationInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  sessionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  specialRequests?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateTicketTypeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  maxPerOrder?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Same currency as before; applies to future orders. */
  price?: InputMaybe<MoneyInput>;
  /** Not below what is sold (CONFLICT QUANTITY_BELOW_SOLD). */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  refundCutoffHours?: InputMaybe<Scalars['Int']['input']>;
  salesEndAt?: InputMaybe<Scalars['DateTime']['input']>;
  salesStartAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's own orders, newest first: only for the user themself (FORBIDDEN for anyone else). */
  orders?: Maybe<OrderConnection>;
  /** The user's own registrations, newest first: only for the user themself (FORBIDDEN for anyone else). */
  registrations?: Maybe<RegistrationConnection>;
  /** The user's own tickets, newest first: only for the user themself (FORBIDDEN for anyone else). */
  tickets?: Maybe<TicketConnection>;
};


export type UserOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Order: Order;
  Registration: Registration;
  Ticket: Ticket;
  TicketType: TicketType;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Registration:
    ( { __typename: 'Registration' }
    & GraphQLRecursivePick<FederationTypes['Registration'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
  TicketType:
    ( { __typename: 'TicketType' }
    & GraphQLRecursivePick<FederationTypes['TicketType'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Attendee: ResolverTypeWrapper<TicketRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AttendeeConnection: ResolverTypeWrapper<Omit<AttendeeConnection, 'nodes'> & { nodes: Array<ResolversTypes['Attendee']> }>;
  Availability: ResolverTypeWrapper<Omit<Availability, 'ticketTypes'> & { ticketTypes: Array<ResolversTypes['TicketTypeAvailability']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CheckIn: ResolverTypeWrapper<CheckInRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CheckInBucket: ResolverTypeWrapper<CheckInBucket>;
  CheckInCount: ResolverTypeWrapper<CheckInCounts>;
  CheckInDirection: CheckInDirection;
  CheckInInput: CheckInInput;
  CheckInResult: ResolverTypeWrapper<Omit<CheckInResult, 'checkIn' | 'counts' | 'ticket'> & { checkIn: ResolversTypes['CheckIn'], counts: ResolversTypes['CheckInCount'], ticket: ResolversTypes['Ticket'] }>;
  CreateDiscountCodeInput: CreateDiscountCodeInput;
  CreateTicketTypeInput: CreateTicketTypeInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscountCode: ResolverTypeWrapper<DiscountCodeRow>;
  DiscountKind: DiscountKind;
  DoorCount: ResolverTypeWrapper<DoorCount>;
  Event: ResolverTypeWrapper<EntityReference>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfflineCheckInsInput: OfflineCheckInsInput;
  OfflineScanInput: OfflineScanInput;
  OfflineScanResult: ResolverTypeWrapper<Omit<OfflineScanResult, 'checkIn'> & { checkIn?: Maybe<ResolversTypes['CheckIn']> }>;
  OfflineScanStatus: OfflineScanStatus;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'nodes'> & { nodes: Array<ResolversTypes['Order']> }>;
  OrderItem: ResolverTypeWrapper<OrderItemWithCurrency>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentInput: PaymentInput;
  PaymentItem: ResolverTypeWrapper<PaymentItemWithCurrency>;
  PaymentMethod: PaymentMethod;
  PurchaseItemInput: PurchaseItemInput;
  PurchaseTicketsInput: PurchaseTicketsInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundRow>;
  RefundOrderInput: RefundOrderInput;
  RefundStatus: RefundStatus;
  RegisterInput: RegisterInput;
  Registration: ResolverTypeWrapper<RegistrationRow>;
  RegistrationConnection: ResolverTypeWrapper<Omit<RegistrationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Registration']> }>;
  RegistrationStatus: RegistrationStatus;
  Session: ResolverTypeWrapper<EntityReference>;
  SessionCount: ResolverTypeWrapper<Omit<SessionCount, 'session'> & { session: ResolversTypes['Session'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketConnection: ResolverTypeWrapper<Omit<TicketConnection, 'nodes'> & { nodes: Array<ResolversTypes['Ticket']> }>;
  TicketStatus: TicketStatus;
  TicketType: ResolverTypeWrapper<TicketTypeRow>;
  TicketTypeAvailability: ResolverTypeWrapper<Omit<TicketTypeAvailability, 'ticketType'> & { ticketType: ResolversTypes['TicketType'] }>;
  TicketVerification: ResolverTypeWrapper<Omit<TicketVerification, 'ticket'> & { ticket?: Maybe<ResolversTypes['Ticket']> }>;
  UpdateDiscountCodeInput: UpdateDiscountCodeInput;
  UpdateRegistrationInput: UpdateRegistrationInput;
  UpdateTicketTypeInput: UpdateTicketTypeInput;
  User: ResolverTypeWrapper<EntityReference>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Attendee: TicketRow;
  String: Scalars['String']['output'];
  AttendeeConnection: Omit<AttendeeConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Attendee']> };
  Availability: Omit<Availability, 'ticketTypes'> & { ticketTypes: Array<ResolversParentTypes['TicketTypeAvailability']> };
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CheckIn: CheckInRow;
  ID: Scalars['ID']['output'];
  CheckInBucket: CheckInBucket;
  CheckInCount: CheckInCounts;
  CheckInInput: CheckInInput;
  CheckInResult: Omit<CheckInResult, 'checkIn' | 'counts' | 'ticket'> & { checkIn: ResolversParentTypes['CheckIn'], counts: ResolversParentTypes['CheckInCount'], ticket: ResolversParentTypes['Ticket'] };
  CreateDiscountCodeInput: CreateDiscountCodeInput;
  CreateTicketTypeInput: CreateTicketTypeInput;
  DateTime: Scalars['DateTime']['output'];
  DiscountCode: DiscountCodeRow;
  DoorCount: DoorCount;
  Event: EntityReference;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  OfflineCheckInsInput: OfflineCheckInsInput;
  OfflineScanInput: OfflineScanInput;
  OfflineScanResult: Omit<OfflineScanResult, 'checkIn'> & { checkIn?: Maybe<ResolversParentTypes['CheckIn']> };
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Order']> };
  OrderItem: OrderItemWithCurrency;
  PageInfo: PageInfo;
  Payment: PaymentRow;
  PaymentInput: PaymentInput;
  PaymentItem: PaymentItemWithCurrency;
  PurchaseItemInput: PurchaseItemInput;
  PurchaseTicketsInput: PurchaseTicketsInput;
  Query: Record<PropertyKey, never>;
  Refund: RefundRow;
  RefundOrderInput: RefundOrderInput;
  RegisterInput: RegisterInput;
  Registration: RegistrationRow;
  RegistrationConnection: Omit<RegistrationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Registration']> };
  Session: EntityReference;
  SessionCount: Omit<SessionCount, 'session'> & { session: ResolversParentTypes['Session'] };
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketRow;
  TicketConnection: Omit<TicketConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Ticket']> };
  TicketType: TicketTypeRow;
  TicketTypeAvailability: Omit<TicketTypeAvailability, 'ticketType'> & { ticketType: ResolversParentTypes['TicketType'] };
  TicketVerification: Omit<TicketVerification, 'ticket'> & { ticket?: Maybe<ResolversParentTypes['Ticket']> };
  UpdateDiscountCodeInput: UpdateDiscountCodeInput;
  UpdateRegistrationInput: UpdateRegistrationInput;
  UpdateTicketTypeInput: UpdateTicketTypeInput;
  User: EntityReference;
};

export type AttendeeResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Attendee'] = ResolversParentTypes['Attendee']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
  ticketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type AttendeeConnectionResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['AttendeeConnection'] = ResolversParentTypes['AttendeeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Attendee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AvailabilityResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  soldOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketTypes?: Resolver<Array<ResolversTypes['TicketTypeAvailability']>, ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CheckInResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['CheckIn'] = ResolversParentTypes['CheckIn']> = {
  deviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['CheckInDirection'], ParentType, ContextType>;
  door?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scannedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type CheckInBucketResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['CheckInBucket'] = ResolversParentTypes['CheckInBucket']> = {
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CheckInCountResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['CheckInCount'] = ResolversParentTypes['CheckInCount']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doors?: Resolver<Array<ResolversTypes['DoorCount']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastCheckInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  onSiteNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['SessionCount']>, ParentType, ContextType>;
  ticketsSold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CheckInResultResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['CheckInResult'] = ResolversParentTypes['CheckInResult']> = {
  checkIn?: Resolver<ResolversTypes['CheckIn'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['CheckInCount'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiscountCodeResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['DiscountCode'] = ResolversParentTypes['DiscountCode']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amountOff?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DiscountKind'], ParentType, ContextType>;
  maxUses?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percentOff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ticketTypes?: Resolver<Array<ResolversTypes['TicketType']>, ParentType, ContextType>;
  uses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DoorCountResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['DoorCount'] = ResolversParentTypes['DoorCount']> = {
  checkedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  door?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onSiteNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendees?: Resolver<Maybe<ResolversTypes['AttendeeConnection']>, ParentType, ContextType, RequireFields<EventAttendeesArgs, 'first'>>;
  availability?: Resolver<Maybe<ResolversTypes['Availability']>, ParentType, ContextType>;
  discountCodes?: Resolver<Maybe<Array<ResolversTypes['DiscountCode']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myRegistration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<EventOrdersArgs, 'first'>>;
  registrations?: Resolver<Maybe<ResolversTypes['RegistrationConnection']>, ParentType, ContextType, RequireFields<EventRegistrationsArgs, 'first'>>;
  ticketTypes?: Resolver<Array<ResolversTypes['TicketType']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCancelRegistrationArgs, 'id'>>;
  checkIn?: Resolver<ResolversTypes['CheckInResult'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'input'>>;
  confirmRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationConfirmRegistrationArgs, 'id'>>;
  createDiscountCode?: Resolver<ResolversTypes['DiscountCode'], ParentType, ContextType, RequireFields<MutationCreateDiscountCodeArgs, 'input'>>;
  createTicketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType, RequireFields<MutationCreateTicketTypeArgs, 'input'>>;
  markOrderPaid?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationMarkOrderPaidArgs, 'id'>>;
  markRegistrationAttended?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationMarkRegistrationAttendedArgs, 'id'>>;
  purchaseTickets?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPurchaseTicketsArgs, 'input'>>;
  refundOrder?: Resolver<ResolversTypes['Refund'], ParentType, ContextType, RequireFields<MutationRefundOrderArgs, 'input'>>;
  register?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  setPlaceLimit?: Resolver<ResolversTypes['Availability'], ParentType, ContextType, RequireFields<MutationSetPlaceLimitArgs, 'eventId'>>;
  updateDiscountCode?: Resolver<ResolversTypes['DiscountCode'], ParentType, ContextType, RequireFields<MutationUpdateDiscountCodeArgs, 'id' | 'input'>>;
  updateRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationUpdateRegistrationArgs, 'id' | 'input'>>;
  updateTicketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType, RequireFields<MutationUpdateTicketTypeArgs, 'id' | 'input'>>;
  uploadOfflineCheckIns?: Resolver<Array<ResolversTypes['OfflineScanResult']>, ParentType, ContextType, RequireFields<MutationUploadOfflineCheckInsArgs, 'input'>>;
};

export type OfflineScanResultResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['OfflineScanResult'] = ResolversParentTypes['OfflineScanResult']> = {
  checkIn?: Resolver<Maybe<ResolversTypes['CheckIn']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nonce?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfflineScanStatus'], ParentType, ContextType>;
};

export type OrderResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buyer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discountCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OrderItem']>, ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  paymentDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentMethod?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrderItemResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['OrderItem'] = ResolversParentTypes['OrderItem']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PaymentItem']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  transactionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentItemResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['PaymentItem'] = ResolversParentTypes['PaymentItem']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  checkInCounts?: Resolver<ResolversTypes['CheckInCount'], ParentType, ContextType, RequireFields<QueryCheckInCountsArgs, 'eventId'>>;
  checkInTimeline?: Resolver<Array<ResolversTypes['CheckInBucket']>, ParentType, ContextType, RequireFields<QueryCheckInTimelineArgs, 'bucketMinutes' | 'eventId'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryRegistrationArgs, 'id'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketType?: Resolver<Maybe<ResolversTypes['TicketType']>, ParentType, ContextType, RequireFields<QueryTicketTypeArgs, 'id'>>;
  verifyTicket?: Resolver<ResolversTypes['TicketVerification'], ParentType, ContextType, RequireFields<QueryVerifyTicketArgs, 'payload'>>;
};

export type RefundResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  byOrganizer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
};

export type RegistrationResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration'], FederationReferenceType extends FederationReferenceTypes['Registration'] = FederationReferenceTypes['Registration']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Registration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promotedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sessionPreferences?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  specialRequests?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RegistrationConnectionResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['RegistrationConnection'] = ResolversParentTypes['RegistrationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SessionCountResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['SessionCount'] = ResolversParentTypes['SessionCount']> = {
  checkedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onSiteNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  checkInCountChanged?: SubscriptionResolver<ResolversTypes['CheckInCount'], "checkInCountChanged", ParentType, ContextType, RequireFields<SubscriptionCheckInCountChangedArgs, 'eventId'>>;
};

export type TicketResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checkIns?: Resolver<Array<ResolversTypes['CheckIn']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onSite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  qrPayload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  ticketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TicketTypeResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['TicketType'] = ResolversParentTypes['TicketType'], FederationReferenceType extends FederationReferenceTypes['TicketType'] = FederationReferenceTypes['TicketType']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TicketType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxPerOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onSale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundCutoffHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  salesEndAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  salesStartAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TicketTypeAvailabilityResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['TicketTypeAvailability'] = ResolversParentTypes['TicketTypeAvailability']> = {
  onSale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketType?: Resolver<ResolversTypes['TicketType'], ParentType, ContextType>;
};

export type TicketVerificationResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['TicketVerification'] = ResolversParentTypes['TicketVerification']> = {
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = TicketingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<UserOrdersArgs, 'first'>>;
  registrations?: Resolver<Maybe<ResolversTypes['RegistrationConnection']>, ParentType, ContextType, RequireFields<UserRegistrationsArgs, 'first'>>;
  tickets?: Resolver<Maybe<ResolversTypes['TicketConnection']>, ParentType, ContextType, RequireFields<UserTicketsArgs, 'first'>>;
};

export type Resolvers<ContextType = TicketingContext> = {
  Attendee?: AttendeeResolvers<ContextType>;
  AttendeeConnection?: AttendeeConnectionResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  CheckIn?: CheckInResolvers<ContextType>;
  CheckInBucket?: CheckInBucketResolvers<ContextType>;
  CheckInCount?: CheckInCountResolvers<ContextType>;
  CheckInResult?: CheckInResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DiscountCode?: DiscountCodeResolvers<ContextType>;
  DoorCount?: DoorCountResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfflineScanResult?: OfflineScanResultResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderItem?: OrderItemResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentItem?: PaymentItemResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationConnection?: RegistrationConnectionResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionCount?: SessionCountResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketType?: TicketTypeResolvers<ContextType>;
  TicketTypeAvailability?: TicketTypeAvailabilityResolvers<ContextType>;
  TicketVerification?: TicketVerificationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

