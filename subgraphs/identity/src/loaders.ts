import { byIdLoader, groupLoader, type DbClient } from "@bilten/platform";

export function createLoaders(db: DbClient) {
  return {
    userById: byIdLoader((ids) => db.user.findMany({ where: { id: { in: ids } } })),
    organizationById: byIdLoader((ids) => db.organization.findMany({ where: { id: { in: ids } } })),
    membershipsByUserId: groupLoader(
      (userIds) => db.membership.findMany({ where: { userId: { in: userIds } }, orderBy: { createdAt: "asc" } }),
      (m) => m.userId,
    ),
  };
}

export type IdentityLoaders = ReturnType<typeof createLoaders>;
