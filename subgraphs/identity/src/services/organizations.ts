// Organizations and their memberships. Identity owns memberships, so its checks read them live from the database
// (other subgraphs rely on the roles inside access tokens).
import {
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  optionalText,
  optionalUrl,
  pageSize,
  inTransaction,
  decodeCursor,
  requireEmail,
  requireId,
  requireText,
  requireViewer,
  toPage,
  type Db,
  type OutboxRelay,
  type Page,
  type PageArgs,
  type Recorder,
  type Viewer,
} from "@bilten/platform";
import type { Membership, MembershipRole, Organization, Prisma } from "@bilten/platform/prisma";
import type { IdentityLoaders } from "../loaders.js";
import { MembershipChanged, OrganizationCreated } from "@bilten/contracts";
import { membershipChange } from "./domain-events.js";

export interface CreateOrganizationInput {
  name: string;
  description?: string | null;
  website?: string | null;
  logoUrl?: string | null;
}

type Tx = Prisma.TransactionClient;

export class OrganizationService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: IdentityLoaders,
    private readonly outbox?: OutboxRelay,
  ) {}

  byId(id: string): Promise<Organization | null> {
    return this.loaders.organizationById.load(id);
  }

  async viewerRole(organizationId: string): Promise<MembershipRole | null> {
    if (!this.viewer) return null;
    const memberships = await this.loaders.membershipsByUserId.load(this.viewer.userId);
    return memberships.find((m) => m.organizationId === organizationId)?.role ?? null;
  }

  async create(input: CreateOrganizationInput): Promise<Organization> {
    const viewer = requireViewer(this.viewer);
    const data = {
      name: requireText("input.name", input.name, { max: 255 }),
      description: optionalText("input.description", input.description, 5000) ?? null,
      website: optionalUrl("input.website", input.website, 255) ?? null,
      logoUrl: optionalUrl("input.logoUrl", input.logoUrl) ?? null,
    };
    return inTransaction(this.db, this.outbox, async (tx, record) => {
      const created = await tx.organization.create({
        data: { ...data, memberships: { create: { userId: viewer.userId, role: "ADMIN" } } },
      });
      await record(OrganizationCreated, { organizationId: created.id, name: created.name, createdBy: viewer.userId });
      await record(MembershipChanged, membershipChange({ organizationId: created.id, userId: viewer.userId }, "ADMIN"));
      return created;
    });
  }

  async members(organizationId: string, args: PageArgs): Promise<Page<Membership> & { totalCount: number }> {
    const viewer = requireViewer(this.viewer);
    if (!viewer.isPlatformAdmin && !(await this.viewerRole(organizationId))) {
      throw forbidden("Only members of the organization can see its members");
    }
    const size = pageSize(args);
    const where = { organizationId };
    const [rows, totalCount] = await Promise.all([
      this.db.membership.findMany({
        where,
        orderBy: { id: "asc" },
        take: size + 1,
        ...(args.after ? { cursor: { id: decodeCursor(args.after) }, skip: 1 } : {}),
      }),
      this.db.membership.count({ where }),
    ]);
    return { ...toPage(rows, size), totalCount };
  }

  async addMember(organizationId: string, emailInput: string, role: MembershipRole): Promise<Membership> {
    const orgId = requireId("organizationId", organizationId);
    const email = requireEmail("email", emailInput);
    return this.asOrgAdmin(orgId, async (tx, record) => {
      const user = await tx.user.findUnique({ where: { email } });
      if (!user) throw notFound("User with this e-mail address");
      try {
        const membership = await tx.membership.create({ data: { organizationId: orgId, userId: user.id, role } });
        await record(MembershipChanged, membershipChange(membership, role));
        return membership;
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict("ALREADY_MEMBER", "This user is already a member; change the role instead");
        throw error;
      }
    });
  }

  async removeMember(organizationId: string, userId: string): Promise<boolean> {
    const orgId = requireId("organizationId", organizationId);
    const target = requireId("userId", userId);
    const leaving = this.viewer?.userId === target;
    return this.asOrgAdmin(
      orgId,
      async (tx, record) => {
        const membership = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: orgId, userId: target } },
        });
        if (!membership) throw notFound("Membership");
        if (membership.role === "ADMIN") await this.assertAnotherAdmin(tx, orgId);
        await tx.membership.delete({ where: { id: membership.id } });
        await record(MembershipChanged, membershipChange(membership, null));
        return true;
      },
      leaving,
    );
  }

  async changeRole(organizationId: string, userId: string, role: MembershipRole): Promise<Membership> {
    const orgId = requireId("organizationId", organizationId);
    const target = requireId("userId", userId);
    return this.asOrgAdmin(orgId, async (tx, record) => {
      const membership = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: orgId, userId: target } },
      });
      if (!membership) throw notFound("Membership");
      if (membership.role === "ADMIN" && role !== "ADMIN") await this.assertAnotherAdmin(tx, orgId);
      const updated = await tx.membership.update({ where: { id: membership.id }, data: { role } });
      await record(MembershipChanged, membershipChange(updated, role));
      return updated;
    });
  }

  /**
   * Runs a membership change as an admin of the organization. The organization row is locked first, so two
   * concurrent changes (two admins demoting each other) are serialized and the last-admin rule holds.
   */
  private async asOrgAdmin<T>(
    orgId: string,
    change: (tx: Tx, record: Recorder) => Promise<T>,
    allowSelf = false,
  ): Promise<T> {
    const viewer = requireViewer(this.viewer);
    return inTransaction(this.db, this.outbox, async (tx, record) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "identity"."organizations" WHERE id = ${orgId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound("Organization", orgId);
      if (!viewer.isPlatformAdmin && !allowSelf) {
        const own = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: orgId, userId: viewer.userId } },
        });
        if (own?.role !== "ADMIN") throw forbidden("Only admins of the organization can manage its members");
      }
      return change(tx, record);
    });
  }

  private async assertAnotherAdmin(tx: Tx, orgId: string): Promise<void> {
    const admins = await tx.membership.count({ where: { organizationId: orgId, role: "ADMIN" } });
    if (admins <= 1)
      throw conflict("LAST_ADMIN", "An organization needs at least one admin; appoint another admin first");
  }
}
