// Content engagement (the seed's content_engagement): ratings by people who attended, views and downloads.
import {
  badInput,
  conflict,
  isUniqueViolation,
  notFound,
  requireId,
  requireInt,
  requireViewer,
  valueLoader,
  type Db,
  type Viewer,
} from "@bilten/platform";
import type { AnalyticsLoaders } from "../loaders.js";
import { visibleSession } from "./access.js";
import { WHOLE_EVENT } from "./ingest.js";

export interface SessionEngagement {
  averageRating: number | null;
  ratingCount: number;
  materialViews: number;
  materialDownloads: number;
}

const NO_ENGAGEMENT: SessionEngagement = {
  averageRating: null,
  ratingCount: 0,
  materialViews: 0,
  materialDownloads: 0,
};

export function engagementLoader(db: Db) {
  return valueLoader<SessionEngagement>(async (sessionIds) => {
    const rows = await db.$queryRaw<
      { content_id: string; engagement_type: string; n: number; average: number | null }[]
    >`
      SELECT content_id, engagement_type, count(*)::int AS n, avg(engagement_value)::float8 AS average
        FROM "analytics"."content_engagement"
       WHERE content_type = 'session' AND content_id = ANY(${sessionIds}::uuid[])
       GROUP BY content_id, engagement_type`;
    const engagement = new Map<string, SessionEngagement>();
    for (const id of new Set(rows.map((r) => r.content_id))) {
      const of = (type: string) => rows.find((r) => r.content_id === id && r.engagement_type === type);
      const rating = of("rating");
      engagement.set(id, {
        averageRating: rating?.average != null ? Math.round(rating.average * 100) / 100 : null,
        ratingCount: rating?.n ?? 0,
        materialViews: of("view")?.n ?? 0,
        materialDownloads: of("download")?.n ?? 0,
      });
    }
    return engagement;
  }, NO_ENGAGEMENT);
}

export class EngagementService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: AnalyticsLoaders,
  ) {}

  async rate(sessionIdInput: string, rating: number) {
    const viewer = requireViewer(this.viewer);
    const sessionId = requireId("sessionId", sessionIdInput);
    requireInt("rating", rating, { min: 1, max: 5 });
    const found = await visibleSession(viewer, this.loaders, sessionId);
    if (!found) throw notFound("Session", sessionId);
    if (!(await this.attended(viewer.userId, found.session.eventId, sessionId))) {
      throw badInput("sessionId", "You can only rate sessions you attended", { reason: "NOT_ATTENDED" });
    }
    try {
      const row = await this.db.contentEngagement.create({
        data: {
          userId: viewer.userId,
          contentType: "session",
          contentId: sessionId,
          engagementType: "rating",
          engagementValue: rating,
        },
      });
      return { sessionId, rating, ratedAt: row.engagedAt };
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("ALREADY_RATED", "You have already rated this session");
      throw error;
    }
  }

  async trackMaterial(sessionIdInput: string, kind: "VIEW" | "DOWNLOAD"): Promise<boolean> {
    const viewer = requireViewer(this.viewer);
    const sessionId = requireId("sessionId", sessionIdInput);
    const found = await visibleSession(viewer, this.loaders, sessionId);
    if (!found) throw notFound("Session", sessionId);
    await this.db.contentEngagement.create({
      data: { userId: viewer.userId, contentType: "session", contentId: sessionId, engagementType: kind.toLowerCase() },
    });
    return true;
  }

  /**
   * Attended = checked in to the session; for sessions nobody scanned at (no session check-ins at all), checked in to
   * the event.
   */
  private async attended(userId: string, eventId: string, sessionId: string): Promise<boolean> {
    const [answer] = await this.db.$queryRaw<{ attended: boolean }[]>`
        SELECT CASE
                 WHEN EXISTS (SELECT 1 FROM "analytics"."attendance" WHERE event_id = ${eventId}::uuid AND session_id = ${sessionId}::uuid)
                 THEN EXISTS (SELECT 1 FROM "analytics"."attendance" WHERE event_id = ${eventId}::uuid AND session_id = ${sessionId}::uuid AND user_id = ${userId}::uuid)
                 ELSE EXISTS (SELECT 1 FROM "analytics"."attendance" WHERE event_id = ${eventId}::uuid AND session_id = ${WHOLE_EVENT}::uuid AND user_id = ${userId}::uuid)
               END AS attended`;
    return answer?.attended === true;
  }
}
