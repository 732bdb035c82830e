// The rules every list of the API shares: an event's lists are for its admins and organizers, a person's lists for
// that person (and platform admins). Pages come from the batched page loaders (their rows through the by-id
// loaders); each module's service says which list.
import { forbidden, pageSize, requireViewer, type Page, type PageArgs, type Viewer } from "@bilten/platform";
import type { TicketingLoaders } from "../loaders.js";
import { EventRefs, isEventStaff } from "./access.js";
import type { PageKey, PageLoaders, PageRows } from "./pages.js";

export class Listings {
  private readonly events: EventRefs;

  constructor(
    private readonly viewer: Viewer | null,
    loaders: TicketingLoaders,
    private readonly pages: PageLoaders,
  ) {
    this.events = new EventRefs(loaders, viewer);
  }

  /** A list of an event, for its staff; `what` names it in the refusal. */
  async ofEvent<L extends keyof PageRows>(
    list: L,
    what: string,
    eventId: string,
    args: PageArgs,
    statuses?: string[] | null,
  ): Promise<Page<PageRows[L]>> {
    const event = await this.events.visible(eventId);
    if (!event || !isEventStaff(this.viewer, event))
      throw forbidden(`Only the event's admins and organizers see its ${what}`);
    return this.pages[list].load(key(eventId, args, statuses));
  }

  /** A person's own list. */
  async ofPerson<L extends keyof PageRows>(
    list: L,
    what: string,
    userId: string,
    args: PageArgs,
  ): Promise<Page<PageRows[L]>> {
    const viewer = requireViewer(this.viewer);
    if (viewer.userId !== userId && !viewer.isPlatformAdmin)
      throw forbidden(`Only the user themself sees their ${what}`);
    return this.pages[list].load(key(userId, args, null));
  }
}

function key(ownerId: string, args: PageArgs, statuses: string[] | null | undefined): PageKey {
  return {
    ownerId,
    first: pageSize(args),
    after: args.after ?? null,
    statuses: statuses?.length ? [...statuses].sort() : null,
  };
}
