// Venues and their rooms. Venue records are public; the owning organization's staff edit them.
import {
  badInput,
  conflict,
  decodeCursor,
  isUniqueViolation,
  notFound,
  optionalText,
  pageSize,
  requireId,
  requireText,
  toPage,
  type Db,
  type Page,
  type PageArgs,
  type Patch,
  type Viewer,
} from "@bilten/platform";
import type { Prisma, Room, Venue } from "@bilten/platform/prisma";
import type { EventsLoaders } from "../loaders.js";
import { requireEventStaff } from "./access.js";
import { labels, optionalCapacity } from "./input.js";

export interface RoomInput {
  name: string;
  capacity?: number | null;
}

export interface CreateVenueInput {
  organizationId: string;
  name: string;
  address: string;
  city: string;
  country: string;
  postalCode?: string | null;
  capacity?: number | null;
  amenities?: string[] | null;
  rooms?: RoomInput[] | null;
}
export type UpdateVenueInput = Patch<Omit<CreateVenueInput, "organizationId" | "rooms">>;

export class VenueService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: EventsLoaders,
  ) {}

  byId(id: string): Promise<Venue | null> {
    return this.loaders.venueById.load(id);
  }

  async list(city: string | null | undefined, args: PageArgs): Promise<Page<Venue>> {
    const size = pageSize(args);
    const rows = await this.db.venue.findMany({
      where: city ? { city: { equals: city.trim(), mode: "insensitive" } } : {},
      orderBy: { id: "asc" },
      take: size + 1,
      ...(args.after ? { cursor: { id: decodeCursor(args.after) }, skip: 1 } : {}),
    });
    return toPage(rows, size);
  }

  async create(input: CreateVenueInput): Promise<Venue> {
    const organizationId = requireId("input.organizationId", input.organizationId);
    requireEventStaff(this.viewer, organizationId);
    const capacity = optionalCapacity("input.capacity", input.capacity) ?? null;
    const rooms = (input.rooms ?? []).map((room, i) => this.room(`input.rooms.${i}`, room, capacity));
    if (new Set(rooms.map((r) => r.name.toLowerCase())).size !== rooms.length) {
      throw conflict("ROOM_NAME_TAKEN", "Two rooms of one venue cannot share a name", { field: "input.rooms" });
    }
    return this.db.venue.create({
      data: {
        organizationId,
        name: requireText("input.name", input.name, { max: 255 }),
        address: requireText("input.address", input.address, { max: 1000 }),
        city: requireText("input.city", input.city, { max: 100 }),
        country: requireText("input.country", input.country, { max: 100 }),
        postalCode: optionalText("input.postalCode", input.postalCode, 20) ?? null,
        capacity,
        amenities: labels("input.amenities", input.amenities) ?? [],
        rooms: { create: rooms },
      },
    });
  }

  async update(id: string, input: UpdateVenueInput): Promise<Venue> {
    const venue = await this.requireOwnVenue(requireId("id", id));
    const data: Prisma.VenueUpdateInput = {};
    if (input.name != null) data.name = requireText("input.name", input.name, { max: 255 });
    if (input.address != null) data.address = requireText("input.address", input.address, { max: 1000 });
    if (input.city != null) data.city = requireText("input.city", input.city, { max: 100 });
    if (input.country != null) data.country = requireText("input.country", input.country, { max: 100 });
    if (input.postalCode !== undefined) data.postalCode = optionalText("input.postalCode", input.postalCode, 20);
    if (input.capacity !== undefined) data.capacity = optionalCapacity("input.capacity", input.capacity);
    if (input.amenities !== undefined) data.amenities = labels("input.amenities", input.amenities);
    const updated = await this.db.venue.update({ where: { id: venue.id }, data });
    this.loaders.venueById.clear(venue.id).prime(venue.id, updated);
    return updated;
  }

  async addRoom(venueId: string, input: RoomInput): Promise<Room> {
    const venue = await this.requireOwnVenue(requireId("venueId", venueId));
    try {
      return await this.db.room.create({ data: { venueId: venue.id, ...this.room("input", input, venue.capacity) } });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict("ROOM_NAME_TAKEN", "The venue already has a room with this name", { field: "input.name" });
      throw error;
    }
  }

  private room(field: string, input: RoomInput, venueCapacity: number | null) {
    const capacity = optionalCapacity(`${field}.capacity`, input.capacity) ?? null;
    if (capacity != null && venueCapacity != null && capacity > venueCapacity) {
      throw badInput(`${field}.capacity`, `A room cannot hold more than its venue (${venueCapacity})`);
    }
    return { name: requireText(`${field}.name`, input.name, { max: 100 }), capacity };
  }

  private async requireOwnVenue(id: string): Promise<Venue> {
    const venue = await this.loaders.venueById.load(id);
    if (!venue) throw notFound("Venue", id);
    requireEventStaff(this.viewer, venue.organizationId);
    return venue;
  }
}
