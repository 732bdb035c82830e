// Companies (the shared directory, managed by the organization that created each one) and partners (one per
// company: tier, dates, active flag, contacts, benefits), and User.company across subgraphs.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { errorOf, startTestStack, world, type Organizer, type TestStack } from "@bilten/testkit";
import { createCompany, ok } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let outsider: Organizer;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer("Conference Org");
  outsider = await world(stack).organizer("Another Org");
});
afterAll(async () => {
  await stack?.stop();
});

const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) {
  id name displayName isPartner website industry employeeCount description createdAt
  headquarters { street postalCode city country } socialLinks { linkedIn twitter xing }
  managingOrganization { id name } logo { url } partner { id } speakers { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) {
  id name displayName website industry employeeCount headquarters { city country } socialLinks { linkedIn twitter } } }`;

describe("companies", () => {
  test("an organization's staff add a company with the seed's fields; everyone reads it", async () => {
    const input = {
      organizationId: organizer.organizationId,
      name: "Holzbau Muster AG",
      website: "https://holzbau-muster.example",
      industry: "Timber construction",
      employeeCount: 120,
      description: "Timber frames since 1921.",
      headquarters: { street: "Aarbergergasse 1", postalCode: "3011", city: "Bern", country: "Switzerland" },
      socialLinks: { linkedIn: "https://www.linkedin.com/company/holzbau-muster", twitter: null },
    };
    const created = ok(await stack.query(CREATE, { input }, { token: organizer.accessToken })).createCompany;
    expect(created).toMatchObject({
      name: "Holzbau Muster AG",
      displayName: "Holzbau Muster AG",
      isPartner: false,
      employeeCount: 120,
      headquarters: input.headquarters,
      socialLinks: { linkedIn: input.socialLinks.linkedIn, twitter: null, xing: null },
      managingOrganization: { id: organizer.organizationId, name: "Conference Org" },
      logo: null,
      partner: null,
      speakers: [],
    });
    const read = await stack.query(`query($id: ID!) { company(id: $id) { name website industry description } }`, {
      id: created.id,
    });
    expect(read.data?.company).toEqual({
      name: input.name,
      website: input.website,
      industry: input.industry,
      description: input.description,
    });
  });

  test.each([
    ["an empty name", { name: "  " }, "input.name"],
    ["a website that is not http(s)", { website: "ftp://files.example" }, "input.website"],
    ["no employees", { employeeCount: 0 }, "input.employeeCount"],
    ["a social link that is not a URL", { socialLinks: { twitter: "@company" } }, "input.socialLinks.twitter"],
    ["a too long industry", { industry: "x".repeat(101) }, "input.industry"],
    ["a malformed organization", { organizationId: "org-1" }, "input.organizationId"],
  ])("%s is BAD_USER_INPUT naming the field, and nothing is written", async (_, change, field) => {
    const before = await stack.db.prisma.company.count();
    const result = await stack.query(
      CREATE,
      { input: { organizationId: organizer.organizationId, name: "Valid Name AG", ...change } },
      { token: organizer.accessToken },
    );
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await stack.db.prisma.company.count()).toBe(before);
  });

  test("names are unique in any letter case (COMPANY_NAME_TAKEN), also when renaming", async () => {
    const first = await createCompany(stack, organizer.accessToken, organizer.organizationId, {
      name: "Beton Plus AG",
    });
    const taken = await stack.query(
      CREATE,
      { input: { organizationId: outsider.organizationId, name: "BETON plus ag" } },
      { token: outsider.accessToken },
    );
    expect(errorOf(taken)).toMatchObject({ code: "CONFLICT", reason: "COMPANY_NAME_TAKEN", field: "input.name" });
    const second = await createCompany(stack, organizer.accessToken, organizer.organizationId, {
      name: "Beton Minus AG",
    });
    const renamed = await stack.query(
      UPDATE,
      { id: second.id, input: { name: "Beton Plus AG" } },
      { token: organizer.accessToken },
    );
    expect(errorOf(renamed)).toMatchObject({ code: "CONFLICT", reason: "COMPANY_NAME_TAKEN" });
    expect((await stack.db.prisma.company.findUniqueOrThrow({ where: { id: second.id } })).name).toBe("Beton Minus AG");
    expect(first.name).toBe("Beton Plus AG");
  });

  test("only the managing organization's admins and organizers (and platform admins) add or change companies", async () => {
    const input = { organizationId: organizer.organizationId, name: "Guarded AG" };
    expect(errorOf(await stack.query(CREATE, { input }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(errorOf(await stack.query(CREATE, { input }, { token: outsider.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const member = await organizer.member("ATTENDEE");
    expect(errorOf(await stack.query(CREATE, { input }, { token: member.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    expect(
      errorOf(
        await stack.query(UPDATE, { id: company.id, input: { industry: "Hijacked" } }, { token: outsider.accessToken }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      errorOf(
        await stack.query(
          UPDATE,
          { id: "00000000-0000-4000-8000-000000000000", input: {} },
          { token: organizer.accessToken },
        ),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    const colleague = await organizer.member("ORGANIZER");
    expect(
      ok(
        await stack.query(
          UPDATE,
          { id: company.id, input: { industry: "Engineering" } },
          { token: colleague.accessToken },
        ),
      ).updateCompany.industry,
    ).toBe("Engineering");
    expect(await stack.db.prisma.company.count({ where: { name: "Guarded AG" } })).toBe(0);
  });

  test("updates change what they mention; null clears optional fields", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId, {
      website: "https://old.example",
      industry: "Old",
      employeeCount: 5,
      headquarters: { city: "Biel", country: "CH" },
      socialLinks: { twitter: "https://x.example/c" },
    });
    const updated = ok(
      await stack.query(
        UPDATE,
        {
          id: company.id,
          input: { displayName: "Short", website: null, socialLinks: { linkedIn: "https://linkedin.example/c" } },
        },
        { token: organizer.accessToken },
      ),
    ).updateCompany;
    expect(updated).toMatchObject({
      name: company.name,
      displayName: "Short",
      website: null,
      industry: "Old",
      employeeCount: 5,
      headquarters: { city: "Biel", country: "CH" },
      socialLinks: { linkedIn: "https://linkedin.example/c", twitter: null },
    });
    const cleared = ok(
      await stack.query(UPDATE, { id: company.id, input: { headquarters: null } }, { token: organizer.accessToken }),
    ).updateCompany;
    expect(cleared.headquarters).toBeNull();
  });

  test("the directory lists companies by name, searches, filters partners, pages with cursors", async () => {
    const org = await world(stack).organizer("Lister");
    const names = ["Zeta Listing AG", "Alpha Listing AG", "Mu Listing GmbH", "Beta Listing AG", "Omega Listing AG"];
    for (const name of names) await createCompany(stack, org.accessToken, org.organizationId, { name });
    const PAGE = `query($after: String) { companies(search: "listing", first: 2, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: any = ok(await stack.query(PAGE, { after })).companies;
      seen.push(...page.nodes.map((n: { name: string }) => n.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].sort());
    expect(errorOf(await stack.query(`{ companies(after: "nope") { nodes { id } } }`))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
    expect(errorOf(await stack.query(`{ companies(first: 101) { nodes { id } } }`))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
  });
});

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) {
  id tier startDate endDate isActive benefits contacts { user { id } role } company { id isPartner } } }`;
const UPDATE_PARTNER = `mutation($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { id tier startDate endDate isActive benefits company { isPartner } } }`;
const ADD_CONTACT = `mutation($p: ID!, $u: ID!, $role: String!) { addPartnerContact(partnerId: $p, userId: $u, role: $role) { id contacts { user { id displayName } role } } }`;

describe("partners", () => {
  test("a company becomes a partner with a tier, dates and benefits; Company.partner and isPartner follow", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const partner = ok(
      await stack.query(
        CREATE_PARTNER,
        {
          input: {
            companyId: company.id,
            tier: "GOLD",
            startDate: "2026-01-01",
            endDate: "2027-12-31",
            benefits: ["Logo on the website", " 4 passes ", "4 passes"],
          },
        },
        { token: organizer.accessToken },
      ),
    ).createPartner;
    expect(partner).toMatchObject({
      tier: "GOLD",
      startDate: "2026-01-01",
      endDate: "2027-12-31",
      isActive: true,
      benefits: ["Logo on the website", "4 passes"],
      contacts: [],
      company: { id: company.id, isPartner: true },
    });
    const read = await stack.query(`query($id: ID!) { company(id: $id) { isPartner partner { id tier } } }`, {
      id: company.id,
    });
    expect(read.data?.company).toEqual({ isPartner: true, partner: { id: partner.id, tier: "GOLD" } });
    const twice = await stack.query(
      CREATE_PARTNER,
      { input: { companyId: company.id, tier: "BRONZE", startDate: "2026-01-01" } },
      { token: organizer.accessToken },
    );
    expect(errorOf(twice)).toMatchObject({ code: "CONFLICT", reason: "ALREADY_PARTNER" });
  });

  test.each([
    ["an end before the start", { endDate: "2025-12-31" }, "input.endDate"],
    ["an unknown company", { companyId: "00000000-0000-4000-8000-000000000000" }, "input.companyId"],
    ["too many benefits", { benefits: Array.from({ length: 31 }, (_, i) => `b${i}`) }, "input.benefits"],
  ])("%s is BAD_USER_INPUT naming the field, and nothing is written", async (_, change, field) => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const result = await stack.query(
      CREATE_PARTNER,
      { input: { companyId: company.id, tier: "SILVER", startDate: "2026-01-01", ...change } },
      { token: organizer.accessToken },
    );
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await stack.db.prisma.partner.count({ where: { companyId: company.id } })).toBe(0);
  });

  test("a date that is not a calendar date is refused", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const result = await stack.query(
      CREATE_PARTNER,
      { input: { companyId: company.id, tier: "SILVER", startDate: "2026-02-30" } },
      { token: organizer.accessToken },
    );
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  test("only the company's managers create and change partnerships", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const input = { companyId: company.id, tier: "PLATINUM", startDate: "2026-01-01" };
    expect(errorOf(await stack.query(CREATE_PARTNER, { input }, { token: outsider.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(errorOf(await stack.query(CREATE_PARTNER, { input }))).toMatchObject({ code: "UNAUTHENTICATED" });
    const partner = ok(await stack.query(CREATE_PARTNER, { input }, { token: organizer.accessToken })).createPartner;
    expect(
      errorOf(
        await stack.query(
          UPDATE_PARTNER,
          { id: partner.id, input: { tier: "BRONZE" } },
          { token: outsider.accessToken },
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    const contact = await world(stack).user();
    expect(
      errorOf(
        await stack.query(
          ADD_CONTACT,
          { p: partner.id, u: contact.userId, role: "CEO" },
          { token: outsider.accessToken },
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await stack.db.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).tier).toBe("PLATINUM");
  });

  test("updates: tier, dates (checked against the stored ones), active flag drives Company.isPartner", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const partner = ok(
      await stack.query(
        CREATE_PARTNER,
        { input: { companyId: company.id, tier: "BRONZE", startDate: "2026-03-01" } },
        { token: organizer.accessToken },
      ),
    ).createPartner;
    const bad = await stack.query(
      UPDATE_PARTNER,
      { id: partner.id, input: { endDate: "2026-02-01" } },
      { token: organizer.accessToken },
    );
    expect(errorOf(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endDate" });
    const badStart = await stack.query(
      UPDATE_PARTNER,
      { id: partner.id, input: { startDate: "2030-01-01", endDate: "2029-01-01" } },
      { token: organizer.accessToken },
    );
    expect(errorOf(badStart)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endDate" });
    const updated = ok(
      await stack.query(
        UPDATE_PARTNER,
        { id: partner.id, input: { tier: "STRATEGIC", endDate: "2028-02-29", isActive: false } },
        { token: organizer.accessToken },
      ),
    ).updatePartner;
    expect(updated).toMatchObject({
      tier: "STRATEGIC",
      startDate: "2026-03-01",
      endDate: "2028-02-29",
      isActive: false,
      company: { isPartner: false },
    });
    const reactivated = ok(
      await stack.query(
        UPDATE_PARTNER,
        { id: partner.id, input: { isActive: true, endDate: null } },
        { token: organizer.accessToken },
      ),
    ).updatePartner;
    expect(reactivated).toMatchObject({ isActive: true, endDate: null, company: { isPartner: true } });
    expect(
      errorOf(
        await stack.query(
          UPDATE_PARTNER,
          { id: "00000000-0000-4000-8000-000000000000", input: {} },
          { token: organizer.accessToken },
        ),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  test("contacts: several identity users with a role; once each; benefits and contacts only for contacts and managers", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    const partner = ok(
      await stack.query(
        CREATE_PARTNER,
        { input: { companyId: company.id, tier: "SILVER", startDate: "2026-01-01", benefits: ["Booth"] } },
        { token: organizer.accessToken },
      ),
    ).createPartner;
    const anna = await world(stack).user({ firstName: "Anna", lastName: "Contact" });
    const bruno = await world(stack).user({ firstName: "Bruno", lastName: "Contact" });
    ok(
      await stack.query(
        ADD_CONTACT,
        { p: partner.id, u: anna.userId, role: "Head of Marketing" },
        { token: organizer.accessToken },
      ),
    );
    const both = ok(
      await stack.query(ADD_CONTACT, { p: partner.id, u: bruno.userId, role: "CEO" }, { token: organizer.accessToken }),
    ).addPartnerContact;
    expect(both.contacts).toEqual([
      { user: { id: anna.userId, displayName: "Anna Contact" }, role: "Head of Marketing" },
      { user: { id: bruno.userId, displayName: "Bruno Contact" }, role: "CEO" },
    ]);
    expect(
      errorOf(
        await stack.query(
          ADD_CONTACT,
          { p: partner.id, u: anna.userId, role: "Again" },
          { token: organizer.accessToken },
        ),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      reason: "CONTACT_EXISTS",
    });
    expect(
      errorOf(
        await stack.query(ADD_CONTACT, { p: partner.id, u: "anna", role: "x" }, { token: organizer.accessToken }),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    expect(
      errorOf(
        await stack.query(ADD_CONTACT, { p: partner.id, u: bruno.userId, role: " " }, { token: organizer.accessToken }),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "role" });

    const Q = `query($id: ID!) { company(id: $id) { partner { tier benefits contacts { role } } } }`;
    expect((await stack.query(Q, { id: company.id })).data?.company.partner).toEqual({
      tier: "SILVER",
      benefits: null,
      contacts: null,
    });
    const stranger = await world(stack).user();
    expect(
      (await stack.query(Q, { id: company.id }, { token: stranger.accessToken })).data?.company.partner.benefits,
    ).toBeNull();
    expect((await stack.query(Q, { id: company.id }, { token: anna.accessToken })).data?.company.partner).toEqual({
      tier: "SILVER",
      benefits: ["Booth"],
      contacts: [{ role: "Head of Marketing" }, { role: "CEO" }],
    });
    expect(
      (await stack.query(Q, { id: company.id }, { token: organizer.accessToken })).data?.company.partner.benefits,
    ).toEqual(["Booth"]);

    const REMOVE = `mutation($p: ID!, $u: ID!) { removePartnerContact(partnerId: $p, userId: $u) { contacts { user { id } } } }`;
    expect(
      ok(await stack.query(REMOVE, { p: partner.id, u: anna.userId }, { token: organizer.accessToken }))
        .removePartnerContact.contacts,
    ).toEqual([{ user: { id: bruno.userId } }]);
    expect(
      errorOf(await stack.query(REMOVE, { p: partner.id, u: anna.userId }, { token: organizer.accessToken })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (await stack.query(Q, { id: company.id }, { token: anna.accessToken })).data?.company.partner.benefits,
    ).toBeNull();
  });

  test("partners list highest tier first, active ones unless asked, and page through", async () => {
    const org = await world(stack).organizer("Sponsors");
    const tiers = ["BRONZE", "STRATEGIC", "GOLD", "SILVER", "PLATINUM", "GOLD"];
    for (const [i, tier] of tiers.entries()) {
      const company = await createCompany(stack, org.accessToken, org.organizationId, { name: `Sponsor ${i} AG` });
      const partner = ok(
        await stack.query(
          CREATE_PARTNER,
          { input: { companyId: company.id, tier, startDate: "2026-01-01" } },
          { token: org.accessToken },
        ),
      ).createPartner;
      if (i === 0)
        ok(
          await stack.query(UPDATE_PARTNER, { id: partner.id, input: { isActive: false } }, { token: org.accessToken }),
        );
    }
    const mine = (nodes: { company: { name: string }; tier: string }[]) =>
      nodes.filter((n) => n.company.name.startsWith("Sponsor ")).map((n) => n.tier);
    const PAGE = `query($after: String, $all: Boolean) { partners(first: 2, after: $after, includeInactive: $all) { nodes { tier company { name } } pageInfo { hasNextPage endCursor } } }`;
    const walk = async (all: boolean) => {
      const seen: { company: { name: string }; tier: string }[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const page: any = ok(await stack.query(PAGE, { after, all })).partners;
        seen.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    expect(mine(await walk(false))).toEqual(["STRATEGIC", "PLATINUM", "GOLD", "GOLD", "SILVER"]);
    expect(mine(await walk(true))).toEqual(["STRATEGIC", "PLATINUM", "GOLD", "GOLD", "SILVER", "BRONZE"]);
    const gold = ok(await stack.query(`{ partners(tier: GOLD, first: 50) { nodes { tier company { name } } } }`))
      .partners.nodes;
    expect(mine(gold)).toEqual(["GOLD", "GOLD"]);
  });
});

describe("User.company", () => {
  test("resolves the user's company through identity's companyId, for viewers who may see the affiliation", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId, {
      name: "Employer AG",
    });
    const employee = await world(stack).user();
    ok(
      await stack.query(
        `mutation($c: ID!) { updateMyProfile(input: { companyId: $c }) { id } }`,
        { c: company.id },
        { token: employee.accessToken },
      ),
    );
    const mine = await stack.query(`{ me { companyId company { id name } } }`, {}, { token: employee.accessToken });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.me).toEqual({ companyId: company.id, company: { id: company.id, name: "Employer AG" } });
    const other = await stack.query(`query($id: ID!) { user(id: $id) { displayName company { id } } }`, {
      id: employee.userId,
    });
    expect(other.errors).toBeUndefined();
    expect(other.data?.user.company).toBeNull();
    const none = await stack.query(`{ me { company { id } } }`, {}, { token: organizer.accessToken });
    expect(none.data?.me.company).toBeNull();
  });
});
