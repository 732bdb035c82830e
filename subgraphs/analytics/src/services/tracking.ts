// Page views and behavior with personal data minimized: no raw addresses (a keyed hash with a daily salt), user
// ids only with consent, rate limits per visitor.
import { createHmac } from "node:crypto";
import {
  isPublished,
  notFound,
  rateLimited,
  requireId,
  type Cache,
  type Db,
  type RequestContext,
} from "@bilten/platform";
import type { AnalyticsLoaders } from "../loaders.js";
import { METRICS, addMetric } from "./ingest.js";

export const VIEW_WINDOW_MINUTES = 30;
export const CALLS_PER_MINUTE = 60;

/** Per-process fallback for the rate limit when no Redis is configured (the embedded default is one process). */
class LocalWindowCounter {
  private counts = new Map<string, number>();
  private window = 0;

  hit(key: string): number {
    const window = Math.floor(Date.now() / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count;
  }
}

const localCounter = new LocalWindowCounter();

export class TrackingService {
  constructor(
    private readonly db: Db,
    private readonly cache: Cache,
    private readonly loaders: AnalyticsLoaders,
    private readonly request: Pick<RequestContext, "viewer" | "client">,
    private readonly secret: string,
  ) {}

  /** Address + browser, hashed with a key and the day: unlinkable across days, never reversible. */
  visitorHash(now = new Date()): string {
    const day = now.toISOString().slice(0, 10);
    return createHmac("sha256", this.secret)
      .update(`${day}|${this.request.client.ip ?? "unknown"}|${this.request.client.userAgent ?? ""}`)
      .digest("hex");
  }

  async trackEventView(eventIdInput: string): Promise<boolean> {
    const eventId = requireId("eventId", eventIdInput);
    const event = await this.loaders.eventRefById.load(eventId);
    // Views count for published events only (not the platform's canSeeEvent): staff previewing a draft are no visitors.
    if (!event || !isPublished(event)) throw notFound("Event", eventId);
    const visitor = this.visitorHash();
    const minute = Math.floor(Date.now() / 60_000);
    const calls = (await this.cache.hit(`analytics:calls:${visitor}:${minute}`, 60)) ?? localCounter.hit(visitor);
    if (calls > CALLS_PER_MINUTE)
      throw rateLimited("Too many tracking calls; slow down", 60 - (Math.floor(Date.now() / 1000) % 60));
    const userId = await this.consentingUser();
    return this.db.$transaction(async (tx) => {
      // One visitor's views of one event are serialized, so two concurrent calls cannot both count.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${visitor} || ${eventId}))`;
      // The hash changes daily, so any earlier view with it is from today: the visitor is not new today.
      const previous = await tx.userBehavior.findFirst({
        where: { visitorHash: visitor, resourceType: "event", resourceId: eventId, action: "view" },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      if (previous && previous.createdAt.getTime() > Date.now() - VIEW_WINDOW_MINUTES * 60_000) return true;
      const now = new Date();
      await tx.userBehavior.create({
        data: {
          visitorHash: visitor,
          userId,
          action: "view",
          resourceType: "event",
          resourceId: eventId,
          createdAt: now,
        },
      });
      await addMetric(tx, eventId, METRICS.pageViews, now, 1);
      if (!previous) await addMetric(tx, eventId, METRICS.uniqueVisitors, now, 1);
      return true;
    });
  }

  /** The viewer's id if they consented to the processing of their data (as identity last told us), else null. */
  private async consentingUser(): Promise<string | null> {
    const viewer = this.request.viewer;
    if (!viewer) return null;
    const person = await this.db.analyticsPerson.findUnique({
      where: { userId: viewer.userId },
      select: { consent: true },
    });
    return person?.consent ? viewer.userId : null;
  }
}
