// Who works an event's doors (ADMIN, ORGANIZER, CHECK_IN_STAFF of its organization), asked on every scan.
import { forbidden, notFound, requireId, requireViewer, type Viewer } from "@bilten/platform";
import type { TicketingLoaders } from "../../loaders.js";
import { isDoorStaff, type EventRef } from "../../common/access.js";

/**
 * Scanners hit the same event hundreds of times a second; what a scan needs of it (its organization, its
 * capacity) is kept for a few seconds per process instead of being read for every scan.
 */
class RecentEvents {
  private readonly entries = new Map<string, { event: EventRef; until: number }>();

  constructor(private readonly ttlMs: number) {}

  async get(id: string, load: () => Promise<EventRef | null>): Promise<EventRef | null> {
    const now = Date.now();
    const hit = this.entries.get(id);
    if (hit && hit.until > now) return hit.event;
    const event = await load();
    if (event) {
      if (this.entries.size > 10_000) this.entries.clear();
      this.entries.set(id, { event, until: now + this.ttlMs });
    }
    return event;
  }
}

const doorEvents = new RecentEvents(5_000);

export class DoorStaff {
  constructor(
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
  ) {}

  /** The event, when the viewer works its doors. */
  async event(field: string, eventId: string): Promise<EventRef> {
    const viewer = requireViewer(this.viewer);
    const id = requireId(field, eventId);
    const event = await doorEvents.get(id, () => this.loaders.eventRefById.load(id));
    if (!event) throw notFound("Event", id);
    if (!isDoorStaff(viewer, event)) throw forbidden("Only the event organization's staff work its doors");
    return event;
  }
}
