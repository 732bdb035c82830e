// Parents of the resolvers that receive something other than a Prisma row; codegen.ts maps the GraphQL types to them.
import type { EntityReference } from "@bilten/platform";

/** identity's User with the `companyId` this subgraph @requires for `User.company` (null when hidden). */
export interface UserWithCompany extends EntityReference {
  companyId?: string | null;
}
