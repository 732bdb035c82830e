// Organizations, memberships and role rules, through the gateway.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startTestStack, world, type Person, type TestStack } from "@bilten/testkit";
import { REFRESH, claimsOf } from "./fixtures.js";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name viewerRole } }`;
const ADD = `mutation($org: ID!, $email: String!, $role: MembershipRole!) {
  addMember(organizationId: $org, email: $email, role: $role) { id role user { id } organization { id } }
}`;
const REMOVE = `mutation($org: ID!, $user: ID!) { removeMember(organizationId: $org, userId: $user) }`;
const CHANGE = `mutation($org: ID!, $user: ID!, $role: MembershipRole!) {
  changeMemberRole(organizationId: $org, userId: $user, role: $role) { role }
}`;

async function organizationWithAdmin(): Promise<{ admin: Person; orgId: string }> {
  const admin = await world(stack).user();
  const created = await stack.query(
    CREATE_ORG,
    { input: { name: "Kulturhalle", website: "https://kultur.example" } },
    { token: admin.accessToken },
  );
  expect(created.errors).toBeUndefined();
  expect(created.data?.createOrganization.viewerRole).toBe("ADMIN");
  return { admin, orgId: created.data?.createOrganization.id };
}

describe("organizations", () => {
  test("creating needs a signed-in user and a name", async () => {
    const anonymous = await stack.query(CREATE_ORG, { input: { name: "X" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const person = await world(stack).user();
    const blank = await stack.query(CREATE_ORG, { input: { name: "   " } }, { token: person.accessToken });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    const badUrl = await stack.query(
      CREATE_ORG,
      { input: { name: "Y", website: "javascript:alert(1)" } },
      { token: person.accessToken },
    );
    expect(badUrl.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.website" });
  });

  test("an admin adds members with roles; the new role reaches the member's next access token", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const staff = await world(stack).user();
    const added = await stack.query(
      ADD,
      { org: orgId, email: staff.email.toUpperCase(), role: "CHECK_IN_STAFF" },
      { token: admin.accessToken },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addMember).toMatchObject({
      role: "CHECK_IN_STAFF",
      user: { id: staff.userId },
      organization: { id: orgId },
    });

    const refreshed = await stack.query(REFRESH, { token: staff.refreshToken });
    expect(claimsOf(refreshed.data?.refreshSession.accessToken).org).toEqual({ [orgId]: "CHECK_IN_STAFF" });

    const twice = await stack.query(
      ADD,
      { org: orgId, email: staff.email, role: "ORGANIZER" },
      { token: admin.accessToken },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_MEMBER" });
  });

  test("only organization admins manage members (checked live, not from a stale token)", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const organizer = await world(stack).user();
    const outsider = await world(stack).user();
    await stack.query(ADD, { org: orgId, email: organizer.email, role: "ORGANIZER" }, { token: admin.accessToken });
    const { accessToken } = await world(stack).refresh(organizer);

    const byOrganizer = await stack.query(
      ADD,
      { org: orgId, email: outsider.email, role: "ATTENDEE" },
      { token: accessToken },
    );
    expect(byOrganizer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byOutsider = await stack.query(
      CHANGE,
      { org: orgId, user: organizer.userId, role: "ADMIN" },
      { token: outsider.accessToken },
    );
    expect(byOutsider.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Promoted to admin and given a token saying so, then demoted: identity checks the database, not the token.
    await stack.query(CHANGE, { org: orgId, user: organizer.userId, role: "ADMIN" }, { token: admin.accessToken });
    const login = await stack.query(
      `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`,
      {
        e: organizer.email,
        p: organizer.password,
      },
    );
    const adminToken = login.data?.logIn.accessToken as string;
    await stack.query(CHANGE, { org: orgId, user: organizer.userId, role: "ORGANIZER" }, { token: admin.accessToken });
    const stale = await stack.query(
      ADD,
      { org: orgId, email: outsider.email, role: "ATTENDEE" },
      { token: adminToken },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("an organization keeps at least one admin", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const demote = await stack.query(
      CHANGE,
      { org: orgId, user: admin.userId, role: "ORGANIZER" },
      { token: admin.accessToken },
    );
    expect(demote.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "LAST_ADMIN" });
    const leave = await stack.query(REMOVE, { org: orgId, user: admin.userId }, { token: admin.accessToken });
    expect(leave.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "LAST_ADMIN" });

    const second = await world(stack).user();
    await stack.query(ADD, { org: orgId, email: second.email, role: "ADMIN" }, { token: admin.accessToken });
    const nowOk = await stack.query(
      CHANGE,
      { org: orgId, user: admin.userId, role: "ORGANIZER" },
      { token: admin.accessToken },
    );
    expect(nowOk.data?.changeMemberRole.role).toBe("ORGANIZER");
  });

  test("two admins demoting each other at the same moment leave one admin", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const other = await world(stack).user();
    await stack.query(ADD, { org: orgId, email: other.email, role: "ADMIN" }, { token: admin.accessToken });
    const otherToken = (await world(stack).refresh(other)).accessToken;
    const [a, b] = await Promise.all([
      stack.query(CHANGE, { org: orgId, user: other.userId, role: "ATTENDEE" }, { token: admin.accessToken }),
      stack.query(CHANGE, { org: orgId, user: admin.userId, role: "ATTENDEE" }, { token: otherToken }),
    ]);
    const succeeded = [a, b].filter((r) => r.data?.changeMemberRole).length;
    expect(succeeded).toBe(1);
    const refused = [a, b].find((r) => r.errors)?.errors?.[0]?.extensions;
    expect(["LAST_ADMIN", undefined]).toContain(refused?.reason);
    expect(await stack.db.prisma.membership.count({ where: { organizationId: orgId, role: "ADMIN" } })).toBe(1);
  });

  test("a member may leave; removing someone else needs an admin", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const a = await world(stack).user();
    const b = await world(stack).user();
    for (const p of [a, b])
      await stack.query(ADD, { org: orgId, email: p.email, role: "ATTENDEE" }, { token: admin.accessToken });
    const byPeer = await stack.query(REMOVE, { org: orgId, user: b.userId }, { token: a.accessToken });
    expect(byPeer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const leave = await stack.query(REMOVE, { org: orgId, user: a.userId }, { token: a.accessToken });
    expect(leave.data?.removeMember).toBe(true);
    const byAdmin = await stack.query(REMOVE, { org: orgId, user: b.userId }, { token: admin.accessToken });
    expect(byAdmin.data?.removeMember).toBe(true);
    expect(await stack.db.prisma.membership.count({ where: { organizationId: orgId } })).toBe(1);
  });

  test("bad ids and unknown users are coded errors", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const badId = await stack.query(REMOVE, { org: "nope", user: admin.userId }, { token: admin.accessToken });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "organizationId" });
    const unknown = await stack.query(
      ADD,
      { org: orgId, email: "ghost@test.example", role: "ATTENDEE" },
      { token: admin.accessToken },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const noOrg = await stack.query(
      ADD,
      { org: "00000000-0000-4000-8000-000000000000", email: admin.email, role: "ATTENDEE" },
      { token: admin.accessToken },
    );
    expect(noOrg.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("personal data", () => {
  const USER = `query($id: ID!) { user(id: $id) { id displayName email position gdprConsent { given } memberships { role } } }`;

  test("names are public; email and profile only for the user, their organization's staff and platform admins", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const member = await world(stack).user();
    const stranger = await world(stack).user();
    await stack.query(ADD, { org: orgId, email: member.email, role: "ATTENDEE" }, { token: admin.accessToken });
    const adminToken = (await world(stack).refresh(admin)).accessToken;

    const asStranger = await stack.query(USER, { id: member.userId }, { token: stranger.accessToken });
    expect(asStranger.data?.user).toMatchObject({
      displayName: expect.any(String),
      email: null,
      gdprConsent: null,
      memberships: null,
    });
    const anonymous = await stack.query(USER, { id: member.userId });
    expect(anonymous.data?.user.email).toBeNull();
    const asSelf = await stack.query(USER, { id: member.userId }, { token: member.accessToken });
    expect(asSelf.data?.user.email).toBe(member.email);
    const asOrgAdmin = await stack.query(USER, { id: member.userId }, { token: adminToken });
    expect(asOrgAdmin.data?.user.email).toBe(member.email);
    expect(asOrgAdmin.data?.user.memberships).toEqual([{ role: "ATTENDEE" }]);

    await stack.db.prisma.user.update({ where: { id: stranger.userId }, data: { isPlatformAdmin: true } });
    const platformToken = (await world(stack).refresh(stranger)).accessToken;
    const asPlatformAdmin = await stack.query(USER, { id: member.userId }, { token: platformToken });
    expect(asPlatformAdmin.data?.user.email).toBe(member.email);
  });

  test("members of an organization list its members; others are refused", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const member = await world(stack).user();
    await stack.query(ADD, { org: orgId, email: member.email, role: "ATTENDEE" }, { token: admin.accessToken });
    const MEMBERS = `query($id: ID!) { organization(id: $id) { name members(first: 10) { totalCount nodes { role user { displayName } } } } }`;
    const asMember = await stack.query(MEMBERS, { id: orgId }, { token: member.accessToken });
    expect(asMember.data?.organization.members.totalCount).toBe(2);
    const stranger = await world(stack).user();
    const asStranger = await stack.query(MEMBERS, { id: orgId }, { token: stranger.accessToken });
    expect(asStranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("updating the profile validates fields and records GDPR consent time", async () => {
    const person = await world(stack).user();
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { firstName position newsletterSubscription gdprConsent { given givenAt } } }`;
    const withdraw = await stack.query(
      UPDATE,
      { input: { gdprConsent: false, position: "Architect", newsletterSubscription: true } },
      { token: person.accessToken },
    );
    expect(withdraw.data?.updateMyProfile).toMatchObject({
      position: "Architect",
      newsletterSubscription: true,
      gdprConsent: { given: false, givenAt: null },
    });
    const give = await stack.query(UPDATE, { input: { gdprConsent: true } }, { token: person.accessToken });
    expect(give.data?.updateMyProfile.gdprConsent.given).toBe(true);
    expect(give.data?.updateMyProfile.gdprConsent.givenAt).not.toBeNull();
    const blank = await stack.query(UPDATE, { input: { firstName: "" } }, { token: person.accessToken });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.firstName" });
    const badCompany = await stack.query(UPDATE, { input: { companyId: "acme" } }, { token: person.accessToken });
    expect(badCompany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.companyId" });
  });

  test("the member list costs the same number of SQL statements for 3 or 30 members", async () => {
    const { admin, orgId } = await organizationWithAdmin();
    const MEMBERS = `query($id: ID!) { organization(id: $id) { members(first: 50) { nodes { role user { displayName email memberships { role } } } } } }`;
    const count = async () => {
      stack.statements.length = 0;
      const result = await stack.query(MEMBERS, { id: orgId }, { token: admin.accessToken });
      expect(result.errors).toBeUndefined();
      return [...stack.statements];
    };
    const people = await Promise.all(Array.from({ length: 29 }, () => world(stack).user()));
    for (const p of people.slice(0, 2))
      await stack.query(ADD, { org: orgId, email: p.email, role: "ATTENDEE" }, { token: admin.accessToken });
    const few = await count();
    for (const p of people.slice(2))
      await stack.query(ADD, { org: orgId, email: p.email, role: "ATTENDEE" }, { token: admin.accessToken });
    const many = await count();
    expect(many.length).toBe(few.length);
  });
});
