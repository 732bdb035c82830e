// What this subgraph knows about the events subgraph's sessions and events (its read model), and what the viewer
// may see of them: the platform's rule (published events for everyone, drafts for their staff).
import { canSeeEvent, type Viewer } from "@bilten/platform";
import type { SpeakersEventRef, SpeakersSessionRef } from "@bilten/platform/prisma";
import type { SpeakersLoaders } from "../loaders.js";
import { isStaff } from "./access.js";

export interface SessionPlace {
  session: SpeakersSessionRef;
  event: SpeakersEventRef | null;
}

export class SessionRefs {
  constructor(
    private readonly loaders: SpeakersLoaders,
    private readonly viewer: Viewer | null,
  ) {}

  /** The session (removed ones too) and its event, or null when neither has arrived yet. */
  async place(sessionId: string): Promise<SessionPlace | null> {
    const session = await this.loaders.sessionRefById.load(sessionId);
    if (!session) return null;
    return { session, event: await this.loaders.eventRefById.load(session.eventId) };
  }

  /** True when the session exists and the viewer may see its event. */
  isVisible(place: SessionPlace | null): place is SessionPlace & { event: SpeakersEventRef } {
    return !!place && !place.session.removed && !!place.event && canSeeEvent(this.viewer, place.event);
  }

  /** Admins and organizers of the session's event's organization. */
  isEventStaff(place: SessionPlace | null): boolean {
    return !!place?.event && isStaff(this.viewer, place.event.organizationId);
  }
}
