import { Event, EventAnalytics } from "./Event.js";
import { Mutation } from "./Mutation.js";
import { Partner } from "./Partner.js";
import { Session } from "./Session.js";

export const resolvers = { Mutation, Event, EventAnalytics, Session, Partner };
