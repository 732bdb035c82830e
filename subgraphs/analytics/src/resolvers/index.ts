import type { Resolvers } from "../generated/resolvers.js";
import { Event, EventAnalytics } from "./Event.js";
import { Mutation } from "./Mutation.js";
import { Partner } from "./Partner.js";
import { Session } from "./Session.js";

export const resolvers: Resolvers = { Mutation, Event, EventAnalytics, Session, Partner };
