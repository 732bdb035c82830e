import type { CompanyLogoResolvers, CompanyResolvers } from "../generated/resolvers.js";
import { logoUrl } from "../companies/services/companies.js";
import { storedSocialLinks } from "../common/input.js";

export const Company: CompanyResolvers = {
  __resolveReference: (ref, ctx) => ctx.companies.byId(ref.id),
  headquarters: (company) => {
    const {
      headquartersStreet: street,
      headquartersPostcode: postalCode,
      headquartersCity: city,
      headquartersCountry: country,
    } = company;
    return street || postalCode || city || country ? { street, postalCode, city, country } : null;
  },
  socialLinks: (company) => storedSocialLinks(company.socialLinks),
  logo: (company, _, ctx) => ctx.loaders.currentLogoByCompanyId.load(company.id),
  partner: (company, _, ctx) => ctx.partners.forCompany(company),
  speakers: (company, _, ctx) => ctx.speakers.forCompany(company.id),
  managingOrganization: (company) => ({ __typename: "Organization", id: company.organizationId }),
};

export const CompanyLogo: CompanyLogoResolvers = {
  url: (logo) => logoUrl(logo),
  fileSizeBytes: (logo) => Number(logo.fileSizeBytes),
};
