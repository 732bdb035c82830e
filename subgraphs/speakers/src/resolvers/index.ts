import type { Resolvers } from "../generated/resolvers.js";
import { Company, CompanyLogo } from "./Company.js";
import { DateScalar } from "./Date.js";
import { Mutation } from "./Mutation.js";
import { Partner, PartnerContact } from "./Partner.js";
import { Query } from "./Query.js";
import { Session } from "./Session.js";
import { SessionSpeaker } from "./SessionSpeaker.js";
import { Speaker } from "./Speaker.js";
import { User } from "./User.js";

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Company,
  CompanyLogo,
  Partner,
  PartnerContact,
  Speaker,
  SessionSpeaker,
  Session,
  User,
};
