import type { Resolvers } from "../generated/resolvers.js";
import { Event } from "./Event.js";
import { Mutation } from "./Mutation.js";
import { Organization, User } from "./owners.js";
import { Query } from "./Query.js";
import { Session } from "./Session.js";
import { Room, Venue } from "./Venue.js";

export const resolvers: Resolvers = { Query, Mutation, Event, Session, Venue, Room, User, Organization };
