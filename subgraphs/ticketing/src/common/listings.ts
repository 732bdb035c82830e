// The rules every list of the API shares: an event's lists are for its admins and organizers, a person's lists for
// that person (and platform admins). Pages of ids come from the batched page loaders, rows from the by-id loaders;
// each module's service says which list and which loader.
import { forbidden, pageSize, requireViewer, type Page, type PageArgs, type Viewer } from "@bilten/platform";
import type { TicketingLoaders } from "../loaders.js";
import { EventRefs, isEventStaff } from "./access.js";
import { loadPage, type PageKey, type PageLoaders } from "./pages.js";
type LoadRows<T> = (ids: string[]) => Promise<(T | null | Error)[]>;

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
  async ofEvent<T>(list: keyof PageLoaders, what: string, eventId: string, args: PageArgs, statuses: string[] | null | undefined, load: LoadRows<T>): Promise<Page<T>> {
    const event = await this.events.visible(eventId);
    if (!event || !isEventStaff(this.viewer, event)) throw forbidden(`Only the event's admins and organizers see its ${what}`);
    return loadPage(await this.pages[list].load(key(eventId, args, statuses)), load);
  }

  /** A person's own list. */
  async ofPerson<T>(list: keyof PageLoaders, what: string, userId: string, args: PageArgs, load: LoadRows<T>): Promise<Page<T>> {
    const viewer = requireViewer(this.viewer);
    if (viewer.userId !== userId && !viewer.isPlatformAdmin) throw forbidden(`Only the user themself sees their ${what}`);
    return loadPage(await this.pages[list].load(key(userId, args, null)), load);
  }
}

function key(ownerId: string, args: PageArgs, statuses: string[] | null | undefined): PageKey {
  return { ownerId, first: pageSize(args), after: args.after ?? null, statuses: statuses?.length ? [...statuses].sort() : null };
}
