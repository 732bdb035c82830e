import type { Resolvers } from "../generated/resolvers.js";
import { Membership } from "./Membership.js";
import { Mutation } from "./Mutation.js";
import { Organization } from "./Organization.js";
import { Query } from "./Query.js";
import { User } from "./User.js";

export const resolvers: Resolvers = { Query, Mutation, User, Organization, Membership };
