// Partnerships: one per company, managed by the company's managers; tier, dates and status are public, benefits and
// contacts are for the partner's own contacts and its managers. Company.isPartner follows the partnership's
// active flag in the same transaction.
import {
  badInput,
  decodeKeyset,
  forbidden,
  notFound,
  inTransaction,
  pageSize,
  requireId,
  requireText,
  requireViewer,
  toKeysetPage,
  type Db,
  type OutboxRelay,
  type Page,
  type PageArgs,
  type Viewer,
} from "@bilten/platform";
import {
  type Prisma,
  type Company,
  type Partner,
  type PartnerContact,
  type PartnershipTier,
} from "@bilten/platform/prisma";
import type { SpeakersLoaders } from "../../loaders.js";
import { canManageCompany } from "../../common/access.js";
import { PartnerChanged } from "@bilten/contracts";
import { partnerChange } from "../../common/domain-events.js";
import { labels, requireDateOrder, uniqueConflict } from "../../common/input.js";

export interface CreatePartnerInput {
  companyId: string;
  tier: PartnershipTier;
  startDate: Date;
  endDate?: Date | null;
  benefits?: string[] | null;
}

export interface UpdatePartnerInput {
  tier?: PartnershipTier | null;
  startDate?: Date | null;
  endDate?: Date | null;
  isActive?: boolean | null;
  benefits?: string[] | null;
}

/** Highest first, as sponsor walls show them. */
export const TIERS_DESCENDING: PartnershipTier[] = ["STRATEGIC", "PLATINUM", "GOLD", "SILVER", "BRONZE"];

const BENEFITS = { max: 30, length: 200 };

export class PartnerService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: SpeakersLoaders,
    private readonly outbox: OutboxRelay | undefined,
  ) {}

  byId(id: string): Promise<Partner | null> {
    return this.loaders.partnerById.load(id);
  }

  forCompany(company: Company): Promise<Partner | null> {
    return this.loaders.partnerByCompanyId.load(company.id);
  }

  /** Benefits and contacts: the partner's contacts, the company's managers and platform admins. */
  async canSeeDetails(partner: Partner): Promise<boolean> {
    if (!this.viewer) return false;
    const company = await this.loaders.companyById.load(partner.companyId);
    if (company && canManageCompany(this.viewer, company)) return true;
    const contacts = await this.loaders.contactsByPartnerId.load(partner.id);
    return contacts.some((c) => c.userId === this.viewer?.userId);
  }

  async contacts(partner: Partner): Promise<PartnerContact[] | null> {
    return (await this.canSeeDetails(partner)) ? this.loaders.contactsByPartnerId.load(partner.id) : null;
  }

  async benefits(partner: Partner): Promise<string[] | null> {
    return (await this.canSeeDetails(partner)) ? partner.benefits : null;
  }

  async list(
    args: PageArgs & { tier?: PartnershipTier | null; includeInactive?: boolean | null },
  ): Promise<Page<Partner>> {
    const size = pageSize(args);
    const where: Prisma.PartnerWhereInput = {};
    if (!args.includeInactive) where.isActive = true;
    if (args.tier) where.tier = args.tier;
    if (args.after) {
      const [rank, id] = decodeKeyset(args.after, 2);
      const lower = TIERS_DESCENDING.slice(Number(rank) + 1);
      where.OR = [
        { tier: { in: lower } },
        { tier: TIERS_DESCENDING[Number(rank)] ?? "BRONZE", id: { gt: String(id) } },
      ];
    }
    // Enums sort in declaration order (BRONZE first), so descending puts STRATEGIC first.
    const rows = await this.db.partner.findMany({ where, orderBy: [{ tier: "desc" }, { id: "asc" }], take: size + 1 });
    for (const row of rows) this.loaders.partnerById.prime(row.id, row);
    return toKeysetPage(rows, size, (partner) => [TIERS_DESCENDING.indexOf(partner.tier), partner.id]);
  }

  async create(input: CreatePartnerInput): Promise<Partner> {
    requireViewer(this.viewer);
    const companyId = requireId("input.companyId", input.companyId);
    const company = await this.loaders.companyById.load(companyId);
    if (!company) throw badInput("input.companyId", "input.companyId is not a known company");
    this.requireManager(company);
    requireDateOrder("input.endDate", input.startDate, input.endDate);
    const benefits = labels("input.benefits", input.benefits, BENEFITS) ?? [];
    try {
      const partner = await inTransaction(this.db, this.outbox, async (tx, record) => {
        const created = await tx.partner.create({
          data: { companyId, tier: input.tier, startDate: input.startDate, endDate: input.endDate ?? null, benefits },
        });
        const changed = await tx.company.update({ where: { id: companyId }, data: { isPartner: created.isActive } });
        await record(PartnerChanged, partnerChange(created, { change: "CREATED" }));
        return { created, changed };
      });
      this.loaders.companyById.clear(companyId).prime(companyId, partner.changed);
      return partner.created;
    } catch (error) {
      throw uniqueConflict(error, [
        [
          "company_id",
          "ALREADY_PARTNER",
          "The company already has a partnership; update it instead",
          "input.companyId",
        ],
      ]);
    }
  }

  async update(id: string, input: UpdatePartnerInput): Promise<Partner> {
    const partner = await this.manageable(requireId("id", id));
    const benefits = labels("input.benefits", input.benefits, BENEFITS);
    const updated = await inTransaction(this.db, this.outbox, async (tx, record) => {
      // Locked, so the date order is checked against the row as it is when this change applies.
      await tx.$queryRaw`SELECT id FROM "speakers"."partners" WHERE id = ${partner.id}::uuid FOR UPDATE`;
      const current = await tx.partner.findUniqueOrThrow({ where: { id: partner.id } });
      const data: Prisma.PartnerUncheckedUpdateInput = {};
      if (input.tier != null) data.tier = input.tier;
      if (input.startDate != null) data.startDate = input.startDate;
      if (input.endDate !== undefined) data.endDate = input.endDate;
      if (input.isActive != null) data.isActive = input.isActive;
      if (benefits !== undefined) data.benefits = benefits;
      requireDateOrder(
        input.endDate !== undefined ? "input.endDate" : "input.startDate",
        input.startDate ?? current.startDate,
        input.endDate !== undefined ? input.endDate : current.endDate,
      );
      const row = await tx.partner.update({ where: { id: partner.id }, data });
      const company = await tx.company.update({ where: { id: row.companyId }, data: { isPartner: row.isActive } });
      await record(PartnerChanged, partnerChange(row, { change: "UPDATED", changed: Object.keys(data).sort() }));
      return { row, company };
    });
    this.loaders.partnerById.clear(updated.row.id).prime(updated.row.id, updated.row);
    this.loaders.companyById.clear(updated.company.id).prime(updated.company.id, updated.company);
    return updated.row;
  }

  async addContact(partnerId: string, userId: string, role: string): Promise<Partner> {
    const partner = await this.manageable(requireId("partnerId", partnerId));
    const user = requireId("userId", userId);
    const title = requireText("role", role, { max: 100 });
    try {
      return await this.changeContacts(partner, "CONTACT_ADDED", user, async (tx) => {
        await tx.partnerContact.create({ data: { partnerId: partner.id, userId: user, role: title } });
      });
    } catch (error) {
      throw uniqueConflict(error, [
        ["user_id", "CONTACT_EXISTS", "This user is already a contact of the partner", "userId"],
      ]);
    }
  }

  async removeContact(partnerId: string, userId: string): Promise<Partner> {
    const partner = await this.manageable(requireId("partnerId", partnerId));
    const user = requireId("userId", userId);
    return this.changeContacts(partner, "CONTACT_REMOVED", user, async (tx) => {
      const { count } = await tx.partnerContact.deleteMany({ where: { partnerId: partner.id, userId: user } });
      if (count === 0) throw notFound("Partner contact", user);
    });
  }

  private async changeContacts(
    partner: Partner,
    change: "CONTACT_ADDED" | "CONTACT_REMOVED",
    userId: string,
    write: (tx: Prisma.TransactionClient) => Promise<void>,
  ): Promise<Partner> {
    const updated = await inTransaction(this.db, this.outbox, async (tx, record) => {
      await write(tx);
      // The partnership changed: its updatedAt says so.
      const row = await tx.partner.update({ where: { id: partner.id }, data: { updatedAt: new Date() } });
      await record(PartnerChanged, partnerChange(row, { change, userId }));
      return row;
    });
    this.loaders.contactsByPartnerId.clear(partner.id);
    return updated;
  }

  private async manageable(id: string): Promise<Partner> {
    requireViewer(this.viewer);
    const partner = await this.loaders.partnerById.load(id);
    if (!partner) throw notFound("Partner", id);
    const company = await this.loaders.companyById.load(partner.companyId);
    if (!company) throw notFound("Company", partner.companyId);
    this.requireManager(company);
    return partner;
  }

  private requireManager(company: Company): void {
    if (!canManageCompany(this.viewer, company)) {
      throw forbidden("Only the admins and organizers of the company's organization manage its partnership");
    }
  }
}
