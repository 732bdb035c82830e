// Partner analytics (BATbern): employees' attendance, sessions given by the partner's speakers and how they were
// received, from the read models analytics keeps of identity's, speakers' and ticketing's domain events. The
// formulas are documented in schema.graphql (PartnerAnalytics).
import { forbidden, requireViewer, type Db, type Viewer } from "@bilten/platform";
import { WHOLE_EVENT } from "./ingest.js";

export class PartnerAnalyticsService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
  ) {}

  async forPartner(partnerId: string) {
    const viewer = requireViewer(this.viewer);
    const partner = await this.db.analyticsPartner.findUnique({ where: { partnerId } });
    if (!partner) return null;
    if (!viewer.isPlatformAdmin) {
      const contact = await this.db.analyticsPartnerContact.findUnique({
        where: { partnerId_userId: { partnerId, userId: viewer.userId } },
      });
      if (!contact) throw forbidden("Only the partner's contacts see its analytics");
    }
    const company = partner.companyId;
    const [attendance, [exposure]] = await Promise.all([
      this.db.$queryRaw<{ event_id: string; employees: number }[]>`
        SELECT a.event_id, count(DISTINCT a.user_id)::int AS employees
          FROM "analytics"."attendance" a
          JOIN "analytics"."people" p ON p.user_id = a.user_id AND p.company_id = ${company}::uuid
          JOIN "analytics"."event_refs" e ON e.id = a.event_id AND e.published_at IS NOT NULL
         WHERE a.session_id = ${WHOLE_EVENT}::uuid
         GROUP BY a.event_id
         ORDER BY min(e.starts_at)`,
      this.db.$queryRaw<
        { sessions_given: number; reached: number; average_rating: number | null; all_sessions: number }[]
      >`
        WITH given AS (
          SELECT DISTINCT ss.session_id, r.event_id
            FROM "analytics"."session_speakers" ss
            JOIN "analytics"."speakers" s ON s.speaker_id = ss.speaker_id AND s.company_id = ${company}::uuid
            JOIN "analytics"."session_refs" r ON r.id = ss.session_id AND NOT r.removed
           WHERE ss.status = 'CONFIRMED'
        )
        SELECT
          (SELECT count(*)::int FROM given) AS sessions_given,
          (SELECT count(DISTINCT a.user_id)::int FROM "analytics"."attendance" a WHERE a.session_id IN (SELECT session_id FROM given)) AS reached,
          (SELECT avg(c.engagement_value)::float8 FROM "analytics"."content_engagement" c
            WHERE c.engagement_type = 'rating' AND c.content_id IN (SELECT session_id FROM given)) AS average_rating,
          (SELECT count(*)::int FROM "analytics"."session_refs" r WHERE NOT r.removed AND r.event_id IN (SELECT event_id FROM given)) AS all_sessions`,
    ]);
    const total = attendance.reduce((sum, row) => sum + row.employees, 0);
    const sessionsGiven = exposure?.sessions_given ?? 0;
    const reached = exposure?.reached ?? 0;
    const averageRating = exposure?.average_rating ?? null;
    const contentEngagementScore = averageRating === null ? null : round(averageRating * 20);
    return {
      employeeAttendanceAllEvents: total,
      averageAttendancePerEvent: attendance.length ? round(total / attendance.length) : 0,
      attendanceByEvent: attendance.map((row) => ({
        event: { __typename: "Event", id: row.event_id },
        employees: row.employees,
      })),
      contentEngagementScore,
      brandExposure: {
        sessionsGiven,
        attendeesReached: reached,
        averageRating: averageRating === null ? null : round(averageRating),
      },
      topicInfluenceScore: exposure?.all_sessions ? round((100 * sessionsGiven) / exposure.all_sessions) : 0,
      roiScore: round(total + 2 * reached + 10 * sessionsGiven + (contentEngagementScore ?? 0) / 10),
    };
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
