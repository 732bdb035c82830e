import { Event, EventAnalytics } from "./Event.js";
import { Mutation } from "./Mutation.js";
import { Session } from "./Session.js";

export const resolvers = { Mutation, Event, EventAnalytics, Session };
