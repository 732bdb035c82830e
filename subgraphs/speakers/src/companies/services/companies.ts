// Companies: the shared directory, managed by the organization that created each company; and their logos, stored
// in media storage with the seed's metadata rows (one current logo per company).
import { randomUUID } from "node:crypto";
import {
  decodeKeyset,
  forbidden,
  notFound,
  optionalText,
  optionalUrl,
  pageSize,
  inTransaction,
  requireId,
  requireText,
  requireViewer,
  toKeysetPage,
  type Db,
  type DbClient,
  type Logger,
  type OutboxRelay,
  type Page,
  type PageArgs,
  type Patch,
  type Viewer,
} from "@bilten/platform";
import { type Prisma, type Company, type CompanyLogo } from "@bilten/platform/prisma";
import type { SpeakersLoaders } from "../../loaders.js";
import type { MediaStorage } from "../adapters/media-storage.js";
import { canManageCompany, requireStaff } from "../../common/access.js";
import { CompanyCreated, CompanyLogoChanged, CompanyUpdated } from "@bilten/contracts";
import { companyState, logoChange } from "../../common/domain-events.js";
import {
  address,
  optionalPositiveInt,
  socialLinks,
  uniqueConflict,
  type AddressInput,
  type SocialLinksInput,
} from "../../common/input.js";
import { readLogoFile, type LogoUpload } from "./logo-files.js";

export interface CreateCompanyInput {
  organizationId: string;
  name: string;
  displayName?: string | null;
  website?: string | null;
  industry?: string | null;
  employeeCount?: number | null;
  headquarters?: AddressInput | null;
  description?: string | null;
  socialLinks?: SocialLinksInput | null;
}
export type UpdateCompanyInput = Patch<Omit<CreateCompanyInput, "organizationId">>;

export interface CompanySettings {
  logoMaxBytes: number;
  media: MediaStorage;
}

const NAME_TAKEN: Parameters<typeof uniqueConflict>[1] = [
  ["name", "COMPANY_NAME_TAKEN", "A company with this name is already in the directory", "input.name"],
];

export class CompanyService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: SpeakersLoaders,
    private readonly settings: CompanySettings,
    private readonly outbox: OutboxRelay | undefined,
    private readonly log: Logger,
  ) {}

  byId(id: string): Promise<Company | null> {
    return this.loaders.companyById.load(id);
  }

  canManage(company: Company): boolean {
    return canManageCompany(this.viewer, company);
  }

  async list(args: PageArgs & { search?: string | null; partnersOnly?: boolean | null }): Promise<Page<Company>> {
    const size = pageSize(args);
    const where: Prisma.CompanyWhereInput = {};
    const search = args.search?.trim();
    if (search) {
      where.OR = [
        { name: { contains: search, mode: "insensitive" } },
        { displayName: { contains: search, mode: "insensitive" } },
      ];
    }
    if (args.partnersOnly) where.isPartner = true;
    if (args.after) {
      const [name, id] = decodeKeyset(args.after, 2).map(String) as [string, string];
      where.AND = [{ OR: [{ name: { gt: name } }, { name, id: { gt: id } }] }];
    }
    const rows = await this.db.company.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take: size + 1 });
    for (const row of rows) this.loaders.companyById.prime(row.id, row);
    return toKeysetPage(rows, size, (company) => [company.name, company.id]);
  }

  async create(input: CreateCompanyInput): Promise<Company> {
    const viewer = requireViewer(this.viewer);
    const organizationId = requireId("input.organizationId", input.organizationId);
    requireStaff(viewer, organizationId, "Only the organization's admins and organizers can add companies for it");
    const name = requireText("input.name", input.name, { max: 255 });
    const fields = this.fields(input);
    const data: Prisma.CompanyUncheckedCreateInput = {
      name,
      displayName: optionalText("input.displayName", input.displayName, 255) ?? name,
      organizationId,
      createdBy: viewer.userId,
      website: fields.website ?? null,
      industry: fields.industry ?? null,
      employeeCount: fields.employeeCount ?? null,
      description: fields.description ?? null,
      socialLinks: fields.socialLinks ?? {},
      ...fields.headquarters,
    };
    try {
      return await inTransaction(this.db, this.outbox, async (tx, record) => {
        const created = await tx.company.create({ data });
        await record(CompanyCreated, companyState(created));
        return created;
      });
    } catch (error) {
      throw uniqueConflict(error, NAME_TAKEN);
    }
  }

  async update(id: string, input: UpdateCompanyInput): Promise<Company> {
    const company = await this.manageable(requireId("id", id));
    const fields = this.fields(input);
    const data: Prisma.CompanyUncheckedUpdateInput = {};
    if (input.name != null) data.name = requireText("input.name", input.name, { max: 255 });
    if (input.displayName != null) data.displayName = requireText("input.displayName", input.displayName, { max: 255 });
    if (fields.website !== undefined) data.website = fields.website;
    if (fields.industry !== undefined) data.industry = fields.industry;
    if (fields.employeeCount !== undefined) data.employeeCount = fields.employeeCount;
    if (fields.description !== undefined) data.description = fields.description;
    if (fields.socialLinks !== undefined) data.socialLinks = fields.socialLinks;
    if (fields.headquarters !== undefined) Object.assign(data, fields.headquarters);
    try {
      const updated = await inTransaction(this.db, this.outbox, async (tx, record) => {
        const row = await tx.company.update({ where: { id: company.id }, data });
        await record(CompanyUpdated, { ...companyState(row), changed: Object.keys(data).sort() });
        return row;
      });
      this.loaders.companyById.clear(company.id).prime(company.id, updated);
      return updated;
    } catch (error) {
      throw uniqueConflict(error, NAME_TAKEN);
    }
  }

  /**
   * The file is written first, then its row; if the row cannot be written the file is deleted again. Replacing a
   * logo flips `is_current` in the same transaction (the company row locked, so uploads queue up) and deletes the
   * previous file only after the commit: a failure never leaves a logo without its file or a file without its row.
   */
  async uploadLogo(companyId: string, upload: LogoUpload): Promise<CompanyLogo> {
    const viewer = requireViewer(this.viewer);
    const company = await this.manageable(requireId("companyId", companyId));
    const file = readLogoFile(upload, this.settings.logoMaxBytes);
    const fileId = randomUUID();
    const storageKey = `logos/${fileId}.${file.kind.extension}`;
    await this.settings.media.put(storageKey, file.bytes, file.kind.mimeType);
    let replaced: CompanyLogo | null;
    let logo: CompanyLogo;
    try {
      ({ logo, replaced } = await inTransaction(this.db, this.outbox, async (tx, record) => {
        await lockCompany(tx, company.id);
        const current = await tx.companyLogo.findFirst({ where: { companyId: company.id, isCurrent: true } });
        if (current) await tx.companyLogo.update({ where: { id: current.id }, data: { isCurrent: false } });
        const created = await tx.companyLogo.create({
          data: {
            companyId: company.id,
            fileId,
            fileName: file.fileName,
            mimeType: file.kind.mimeType,
            fileSizeBytes: BigInt(file.bytes.length),
            storageKey,
            uploadedBy: viewer.userId,
          },
        });
        await record(CompanyLogoChanged, logoChange(created, current));
        return { logo: created, replaced: current };
      }));
    } catch (error) {
      await this.deleteFile(storageKey);
      throw error;
    }
    if (replaced) await this.deleteFile(replaced.storageKey);
    return logo;
  }

  /** A failed delete is logged, not the caller's problem: the row no longer points at the file. */
  private async deleteFile(key: string): Promise<void> {
    try {
      await this.settings.media.delete(key);
    } catch (error) {
      this.log.error({ err: error, key }, "could not delete a media file");
    }
  }

  private async manageable(id: string): Promise<Company> {
    const company = await this.loaders.companyById.load(id);
    if (!company) throw notFound("Company", id);
    requireViewer(this.viewer);
    if (!this.canManage(company))
      throw forbidden("Only the admins and organizers of the company's organization can do this");
    return company;
  }

  private fields(input: UpdateCompanyInput) {
    return {
      website: optionalUrl("input.website", input.website),
      industry: optionalText("input.industry", input.industry, 100),
      employeeCount: optionalPositiveInt("input.employeeCount", input.employeeCount, 10_000_000),
      description: optionalText("input.description", input.description, 10_000),
      headquarters: address("input.headquarters", input.headquarters),
      socialLinks: socialLinks("input.socialLinks", input.socialLinks),
    };
  }
}

/** Serializes logo changes of one company (PGlite and PostgreSQL alike). */
async function lockCompany(tx: DbClient, companyId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "speakers"."companies" WHERE id = ${companyId}::uuid FOR UPDATE`;
}

/** The current logo stored under `key`, for serving; null for unknown and replaced ones. */
export async function findServableLogo(db: DbClient, key: string): Promise<CompanyLogo | null> {
  const logo = await db.companyLogo.findUnique({ where: { storageKey: key } });
  return logo?.isCurrent ? logo : null;
}

export const logoUrl = (logo: Pick<CompanyLogo, "storageKey">) => `/media/${logo.storageKey}`;
