import type { Resolvers } from "../generated/resolvers.js";
import { Attendee } from "./Attendee.js";
import { CheckIn, CheckInCount, SessionCount } from "./CheckIn.js";
import { DiscountCode } from "./DiscountCode.js";
import { Event } from "./Event.js";
import { Mutation } from "./Mutation.js";
import { Order } from "./Order.js";
import { OrderItem } from "./OrderItem.js";
import { Payment } from "./Payment.js";
import { PaymentItem } from "./PaymentItem.js";
import { Query } from "./Query.js";
import { Refund } from "./Refund.js";
import { Registration } from "./Registration.js";
import { Ticket } from "./Ticket.js";
import { TicketType } from "./TicketType.js";
import { User } from "./User.js";

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Event,
  User,
  TicketType,
  Order,
  OrderItem,
  Payment,
  PaymentItem,
  Ticket,
  Attendee,
  Refund,
  Registration,
  DiscountCode,
  CheckIn,
  CheckInCount,
  SessionCount,
};
