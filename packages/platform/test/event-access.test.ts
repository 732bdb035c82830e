// The one rule of who sees an event, as every subgraph applies it to its events or its read model of them.
import { describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import type { OrgRole, Viewer } from "../src/auth.js";
import { canSeeEvent } from "../src/event-access.js";

const organizationId = randomUUID();
const viewer = (roles: Record<string, OrgRole>, isPlatformAdmin = false): Viewer => ({
  userId: randomUUID(),
  isPlatformAdmin,
  roles,
  expiresAt: new Date(Date.now() + 60_000),
});

describe("canSeeEvent", () => {
  const draft = { organizationId, publishedAt: null };
  const published = { organizationId, publishedAt: new Date() };

  test("a published event is public, a draft is not", () => {
    expect(canSeeEvent(null, published)).toBe(true);
    expect(canSeeEvent(null, draft)).toBe(false);
    expect(canSeeEvent(viewer({}), draft)).toBe(false);
  });

  test("a draft is for the admins and organizers of its organization and platform admins only", () => {
    expect(canSeeEvent(viewer({ [organizationId]: "ADMIN" }), draft)).toBe(true);
    expect(canSeeEvent(viewer({ [organizationId]: "ORGANIZER" }), draft)).toBe(true);
    expect(canSeeEvent(viewer({ [organizationId]: "CHECK_IN_STAFF" }), draft)).toBe(false);
    expect(canSeeEvent(viewer({ [randomUUID()]: "ADMIN" }), draft)).toBe(false);
    expect(canSeeEvent(viewer({}, true), draft)).toBe(true);
  });
});
