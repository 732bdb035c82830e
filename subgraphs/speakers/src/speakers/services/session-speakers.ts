// Session speakers and the invitation workflow: the event's staff invite (and re-send declined invitations); the
// invited speaker, or the event's staff on their behalf, confirm or decline. Every transition is one conditional
// UPDATE, so concurrent answers cannot both win; "one primary speaker per session" is a partial unique index.
import {
  badInput,
  conflict,
  forbidden,
  notFound,
  inTransaction,
  optionalText,
  requireId,
  requireViewer,
  type Db,
  type OutboxRelay,
  type Recorder,
  type Viewer,
} from "@bilten/platform";
import { SpeakerConfirmed, SpeakerDeclined, SpeakerInvitationWithdrawn, SpeakerInvited } from "@bilten/contracts";
import type { InvitationStatus, Prisma, SessionSpeaker, SpeakerRole, SpeakersEventRef } from "@bilten/platform/prisma";
import type { SpeakersLoaders } from "../../loaders.js";
import { isSpeakerThemself, requireStaff } from "../../common/access.js";
import { invitationState } from "../../common/domain-events.js";
import { uniqueConflict } from "../../common/input.js";
import type { SessionPlace, SessionRefs } from "../../common/session-refs.js";

export interface InviteArgs {
  sessionId: string;
  speakerId: string;
  role: SpeakerRole;
  presentationTitle?: string | null;
}

export interface SessionSummary {
  sessionId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  eventId: string;
  eventTitle: string | null;
  removed: boolean;
}

/** Primary speaker first, then moderator, co-speakers, panelists. */
const ROLE_ORDER: SpeakerRole[] = ["PRIMARY_SPEAKER", "MODERATOR", "CO_SPEAKER", "PANELIST"];
/** Events that are over or cancelled take no more invitations. */
const CLOSED_EVENT = new Set(["COMPLETED", "ARCHIVED", "CANCELLED"]);

const INVITE_CONFLICTS: Parameters<typeof uniqueConflict>[1] = [
  ["speaker_id", "ALREADY_INVITED", "The speaker is already invited to this session", "speakerId"],
  // The only other unique index of session_speakers: one primary speaker who has not declined, per session.
  ["", "PRIMARY_SPEAKER_TAKEN", "The session already has a primary speaker who has not declined", "role"],
];

interface Transition {
  from: InvitationStatus[];
  to: InvitationStatus;
  /** Who may make it: the invited speaker or the event's staff ("answer"), or the event's staff only. */
  by: "answer" | "staff";
  data: (viewer: Viewer) => Prisma.SessionSpeakerUncheckedUpdateManyInput;
  /** Records the transition's domain event from the invitation's new state. */
  announce: (record: Recorder, state: ReturnType<typeof invitationState>) => Promise<void>;
}

export class SessionSpeakerService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: SpeakersLoaders,
    private readonly refs: SessionRefs,
    private readonly outbox: OutboxRelay | undefined,
  ) {}

  /** Session.speakers: confirmed speakers for everyone who may see the session, every invitation for its staff. */
  async forSession(sessionId: string): Promise<SessionSpeaker[]> {
    const place = await this.refs.place(sessionId);
    if (!this.refs.isVisible(place)) return [];
    const rows = await this.loaders.assignmentsBySessionId.load(sessionId);
    const visible = this.refs.isEventStaff(place) ? rows : rows.filter((row) => row.status === "CONFIRMED");
    return [...visible].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  }

  /** A stub of the session for the events subgraph, only when the viewer may see it there. */
  async session(row: SessionSpeaker): Promise<{ __typename: "Session"; id: string } | null> {
    return this.refs.isVisible(await this.refs.place(row.sessionId))
      ? { __typename: "Session", id: row.sessionId }
      : null;
  }

  async summary(row: SessionSpeaker): Promise<SessionSummary | null> {
    const place = await this.refs.place(row.sessionId);
    if (!place) return null;
    const { session, event } = place;
    return {
      sessionId: session.id,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      eventId: session.eventId,
      eventTitle: event?.title ?? null,
      removed: session.removed,
    };
  }

  async declineReason(row: SessionSpeaker): Promise<string | null> {
    if (!row.declineReason || !this.viewer) return null;
    if (this.viewer.isPlatformAdmin || this.refs.isEventStaff(await this.refs.place(row.sessionId)))
      return row.declineReason;
    const speaker = await this.loaders.speakerById.load(row.speakerId);
    return speaker && isSpeakerThemself(this.viewer, speaker) ? row.declineReason : null;
  }

  async invite(args: InviteArgs): Promise<SessionSpeaker> {
    const viewer = requireViewer(this.viewer);
    const sessionId = requireId("sessionId", args.sessionId);
    const speakerId = requireId("speakerId", args.speakerId);
    const place = await this.refs.place(sessionId);
    if (!place || place.session.removed || !place.event) {
      // The read model learns new sessions from the events subgraph within moments; until then they are unknown.
      throw badInput(
        "sessionId",
        "sessionId is not a known session (one scheduled a moment ago may need a moment to arrive)",
      );
    }
    requireStaff(viewer, place.event.organizationId, "Only the event's admins and organizers invite speakers");
    requireOpen(place.event);
    if (!(await this.loaders.speakerById.load(speakerId)))
      throw badInput("speakerId", "speakerId is not a known speaker");
    const presentationTitle = optionalText("presentationTitle", args.presentationTitle, 255) ?? null;
    try {
      return await inTransaction(this.db, this.outbox, async (tx, record) => {
        const created = await tx.sessionSpeaker.create({
          data: { sessionId, speakerId, role: args.role, presentationTitle, invitedBy: viewer.userId },
        });
        await record(SpeakerInvited, invitationState(created, place.session.eventId));
        return created;
      });
    } catch (error) {
      throw uniqueConflict(error, INVITE_CONFLICTS);
    }
  }

  confirm(id: string): Promise<SessionSpeaker> {
    return this.transition(id, {
      from: ["INVITED"],
      to: "CONFIRMED",
      by: "answer",
      data: (viewer) => ({ status: "CONFIRMED", confirmedAt: new Date(), answeredBy: viewer.userId }),
      announce: (record, state) => record(SpeakerConfirmed, state),
    });
  }

  decline(id: string, reason: string | null | undefined): Promise<SessionSpeaker> {
    const declineReason = optionalText("reason", reason, 2_000) ?? null;
    return this.transition(id, {
      from: ["INVITED", "CONFIRMED"],
      to: "DECLINED",
      by: "answer",
      data: (viewer) => ({ status: "DECLINED", declinedAt: new Date(), declineReason, answeredBy: viewer.userId }),
      announce: (record, state) => record(SpeakerDeclined, { ...state, reason: declineReason }),
    });
  }

  async resend(id: string): Promise<SessionSpeaker> {
    try {
      return await this.transition(id, {
        from: ["DECLINED"],
        to: "INVITED",
        by: "staff",
        data: (viewer) => ({
          status: "INVITED",
          invitedAt: new Date(),
          invitedBy: viewer.userId,
          confirmedAt: null,
          declinedAt: null,
          declineReason: null,
          answeredBy: null,
        }),
        announce: (record, state) => record(SpeakerInvited, { ...state, resent: true }),
      });
    } catch (error) {
      throw uniqueConflict(error, INVITE_CONFLICTS);
    }
  }

  async withdraw(id: string): Promise<boolean> {
    const { row, place } = await this.authorize(id, "staff");
    await inTransaction(this.db, this.outbox, async (tx, record) => {
      const { count } = await tx.sessionSpeaker.deleteMany({ where: { id: row.id } });
      if (count === 0) throw notFound("Speaker invitation", row.id);
      await record(SpeakerInvitationWithdrawn, invitationState(row, place?.session.eventId ?? null));
    });
    return true;
  }

  private async transition(id: string, transition: Transition): Promise<SessionSpeaker> {
    const { row, place, viewer } = await this.authorize(id, transition.by);
    if (transition.to === "INVITED" && place?.event) requireOpen(place.event);
    const updated = await inTransaction(this.db, this.outbox, async (tx, record) => {
      const { count } = await tx.sessionSpeaker.updateMany({
        where: { id: row.id, status: { in: transition.from } },
        data: transition.data(viewer),
      });
      const current = await tx.sessionSpeaker.findUnique({ where: { id: row.id } });
      if (!current) throw notFound("Speaker invitation", row.id);
      if (count === 0) {
        throw conflict("INVALID_TRANSITION", `The invitation is ${current.status} and cannot become ${transition.to}`, {
          from: current.status,
          to: transition.to,
        });
      }
      await transition.announce(record, invitationState(current, place?.session.eventId ?? null));
      return current;
    });
    this.loaders.sessionSpeakerById.clear(updated.id).prime(updated.id, updated);
    return updated;
  }

  /** The invitation and its session, if the viewer may act on it; the event's staff always may. */
  private async authorize(
    id: string,
    by: "answer" | "staff",
  ): Promise<{ row: SessionSpeaker; place: SessionPlace | null; viewer: Viewer }> {
    const viewer = requireViewer(this.viewer);
    const rowId = requireId("id", id);
    const row = await this.loaders.sessionSpeakerById.load(rowId);
    if (!row) throw notFound("Speaker invitation", rowId);
    const place = await this.refs.place(row.sessionId);
    if (this.refs.isEventStaff(place)) return { row, place, viewer };
    if (by === "answer") {
      const speaker = await this.loaders.speakerById.load(row.speakerId);
      if (speaker && isSpeakerThemself(viewer, speaker)) return { row, place, viewer };
      throw forbidden(
        "Only the invited speaker, or the event's admins and organizers on their behalf, can answer this invitation",
      );
    }
    throw forbidden("Only the event's admins and organizers can do this");
  }
}

function requireOpen(event: SpeakersEventRef): void {
  if (CLOSED_EVENT.has(event.status)) {
    throw conflict("EVENT_CLOSED", `The event is ${event.status.toLowerCase()}; it takes no more speaker invitations`, {
      status: event.status,
    });
  }
}
