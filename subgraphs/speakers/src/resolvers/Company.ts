import type { Company as CompanyRow, CompanyLogo as CompanyLogoRow } from "@bilten/platform/prisma";
import type { SpeakersContext } from "../context.js";
import { logoUrl } from "../companies/services/companies.js";

export const Company = {
  __resolveReference: (ref: { id: string }, ctx: SpeakersContext) => ctx.companies.byId(ref.id),
  headquarters: (company: CompanyRow) => {
    const { headquartersStreet: street, headquartersPostcode: postalCode, headquartersCity: city, headquartersCountry: country } = company;
    return street || postalCode || city || country ? { street, postalCode, city, country } : null;
  },
  socialLinks: (company: CompanyRow) => company.socialLinks ?? {},
  logo: (company: CompanyRow, _: unknown, ctx: SpeakersContext) => ctx.loaders.currentLogoByCompanyId.load(company.id),
  partner: (company: CompanyRow, _: unknown, ctx: SpeakersContext) => ctx.partners.forCompany(company),
  speakers: (company: CompanyRow, _: unknown, ctx: SpeakersContext) => ctx.speakers.forCompany(company.id),
  managingOrganization: (company: CompanyRow) => ({ __typename: "Organization", id: company.organizationId }),
};

export const CompanyLogo = {
  url: (logo: CompanyLogoRow) => logoUrl(logo),
  fileSizeBytes: (logo: CompanyLogoRow) => Number(logo.fileSizeBytes),
};
