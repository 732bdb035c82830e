// Sign-up, log-in, refresh-token rotation and reuse detection, through the gateway.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startTestStack, world, type TestStack } from "@bilten/testkit";
import { REFRESH } from "./fixtures.js";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email displayName gdprConsent { given givenAt } } }
}`;
const LOG_IN = `mutation($email: String!, $password: String!) {
  logIn(email: $email, password: $password) { accessToken refreshToken user { id email } }
}`;
const ME = `{ me { id email firstName lastName displayName memberships { role } } }`;

describe("sign up and log in", () => {
  test("sign up, log in, then `me` returns the signed-in user with personal data", async () => {
    const input = {
      email: "  Grace.Hopper@Example.COM ",
      password: "compilers-are-fun-1906",
      firstName: "Grace",
      lastName: "Hopper",
      gdprConsent: true,
    };
    const created = await stack.query(SIGN_UP, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data?.signUp.user).toMatchObject({
      email: "grace.hopper@example.com",
      displayName: "Grace Hopper",
      gdprConsent: { given: true },
    });
    expect(Date.parse(created.data?.signUp.user.gdprConsent.givenAt)).toBeGreaterThan(Date.now() - 60_000);

    const loggedIn = await stack.query(LOG_IN, { email: "GRACE.HOPPER@example.com", password: input.password });
    expect(loggedIn.errors).toBeUndefined();
    const me = await stack.query(ME, {}, { token: loggedIn.data?.logIn.accessToken });
    expect(me.data?.me).toEqual({
      id: created.data?.signUp.user.id,
      email: "grace.hopper@example.com",
      firstName: "Grace",
      lastName: "Hopper",
      displayName: "Grace Hopper",
      memberships: [],
    });
  });

  test("anonymous `me` is null", async () => {
    const me = await stack.query(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toBeNull();
  });

  test("an e-mail address already taken, in any letter case, is a coded CONFLICT", async () => {
    const first = await world(stack).user();
    const again = await stack.query(SIGN_UP, {
      input: { email: first.email.toUpperCase(), password: "another-long-passphrase", firstName: "A", lastName: "B" },
    });
    expect(again.data).toBeNull();
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "EMAIL_TAKEN",
      field: "input.email",
    });
    expect(await stack.db.prisma.user.count({ where: { email: first.email.toLowerCase() } })).toBe(1);
  });

  test.each([
    ["short", "short1", "at least 10"],
    ["common", "password123", "too common"],
    ["built from the name", "ada-lovelace-rocks", "name"],
  ])("a weak password (%s) is BAD_USER_INPUT on input.password and creates nothing", async (_, password, words) => {
    const email = `weak.${Math.random().toString(36).slice(2)}@test.example`;
    const result = await stack.query(SIGN_UP, { input: { email, password, firstName: "Ada", lastName: "Lovelace" } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.password" });
    expect(result.errors?.[0]?.message).toContain(words);
    expect(await stack.db.prisma.user.count({ where: { email } })).toBe(0);
  });

  test("a malformed e-mail address is BAD_USER_INPUT on input.email", async () => {
    const result = await stack.query(SIGN_UP, {
      input: { email: "not-an-address", password: "a-good-long-passphrase", firstName: "A", lastName: "B" },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
  });

  test("a wrong password and an unknown account give the same UNAUTHENTICATED answer", async () => {
    const person = await world(stack).user();
    const wrong = await stack.query(LOG_IN, { email: person.email, password: "not the password at all" });
    const unknown = await stack.query(LOG_IN, { email: "nobody@test.example", password: "whatever-it-is" });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  test("passwords are stored as scrypt hashes, never in clear", async () => {
    const person = await world(stack).user();
    const row = await stack.db.prisma.user.findUniqueOrThrow({ where: { id: person.userId } });
    expect(row.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(row.passwordHash).not.toContain(person.password);
  });
});

describe("refresh tokens", () => {
  test("a refresh rotates the token: the new pair works, the old refresh token is spent", async () => {
    const person = await world(stack).user();
    const first = await stack.query(REFRESH, { token: person.refreshToken });
    expect(first.errors).toBeUndefined();
    const next = first.data?.refreshSession;
    expect(next.refreshToken).not.toBe(person.refreshToken);
    const me = await stack.query(`{ me { id } }`, {}, { token: next.accessToken });
    expect(me.data?.me.id).toBe(person.userId);
    const second = await stack.query(REFRESH, { token: next.refreshToken });
    expect(second.errors).toBeUndefined();
  });

  test("reusing a spent refresh token revokes the whole family, including the newest token", async () => {
    const person = await world(stack).user();
    const rotated = await stack.query(REFRESH, { token: person.refreshToken });
    const newest = rotated.data?.refreshSession.refreshToken as string;

    const replay = await stack.query(REFRESH, { token: person.refreshToken });
    expect(replay.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(replay.errors?.[0]?.message).toMatch(/already used/);

    const afterTheft = await stack.query(REFRESH, { token: newest });
    expect(afterTheft.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const live = await stack.db.prisma.refreshToken.count({ where: { userId: person.userId, revokedAt: null } });
    expect(live).toBe(0);
  });

  test("two concurrent refreshes with one token: at most one succeeds", async () => {
    const person = await world(stack).user();
    const results = await Promise.all([1, 2, 3].map(() => stack.query(REFRESH, { token: person.refreshToken })));
    const ok = results.filter((r) => r.data?.refreshSession);
    expect(ok.length).toBeLessThanOrEqual(1);
    for (const r of results.filter((r) => !r.data?.refreshSession)) {
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  test("tokens are stored as SHA-256 hashes", async () => {
    const person = await world(stack).user();
    const rows = await stack.db.prisma.refreshToken.findMany({ where: { userId: person.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.tokenHash).not.toBe(person.refreshToken);
  });

  test("log out ends the session", async () => {
    const person = await world(stack).user();
    const out = await stack.query(`mutation($t: String!) { logOut(refreshToken: $t) }`, { t: person.refreshToken });
    expect(out.data?.logOut).toBe(true);
    const refresh = await stack.query(REFRESH, { token: person.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("changing the password signs out other sessions and needs the current password", async () => {
    const person = await world(stack).user();
    const other = await stack.query(LOG_IN, { email: person.email, password: person.password });
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { refreshToken } }`;

    const wrong = await stack.query(
      CHANGE,
      { c: "not-my-password", n: "a-brand-new-passphrase" },
      { token: person.accessToken },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });

    const changed = await stack.query(
      CHANGE,
      { c: person.password, n: "a-brand-new-passphrase" },
      { token: person.accessToken },
    );
    expect(changed.errors).toBeUndefined();
    const oldSession = await stack.query(REFRESH, { token: other.data?.logIn.refreshToken });
    expect(oldSession.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const fresh = await stack.query(REFRESH, { token: changed.data?.changePassword.refreshToken });
    expect(fresh.errors).toBeUndefined();
    const oldPassword = await stack.query(LOG_IN, { email: person.email, password: person.password });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
