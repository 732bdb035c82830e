// Speaker profiles: created by the user themself (linked to them) or by an organization's staff for invitations;
// personal fields for the speaker, the profile's organization and the organizers of events the speaker is on.
import {
  badInput,
  decodeKeyset,
  forbidden,
  notFound,
  optionalText,
  optionalUrl,
  pageSize,
  inTransaction,
  requireEmail,
  requireId,
  requireText,
  requireViewer,
  toKeysetPage,
  type Db,
  type OutboxRelay,
  type Page,
  type PageArgs,
  type Patch,
  type Viewer,
} from "@bilten/platform";
import {
  type Prisma,
  type ContactChannel,
  type SessionSpeaker,
  type Speaker,
  type SpeakerAvailability,
  type SpeakerRole,
} from "@bilten/platform/prisma";
import type { SpeakersLoaders } from "../../loaders.js";
import {
  canEditSpeaker,
  isProfileOrganizer,
  isSpeakerThemself,
  isStaffSomewhere,
  requireStaff,
} from "../../common/access.js";
import { SpeakerCreated, SpeakerUpdated } from "@bilten/contracts";
import { speakerState } from "../../common/domain-events.js";
import { labels, languageCode, uniqueConflict } from "../../common/input.js";
import type { SessionRefs } from "../../common/session-refs.js";

export interface CommunicationPreferencesInput {
  channel: ContactChannel;
  phone?: string | null;
  language?: string | null;
}

export interface PastEngagementInput {
  title: string;
  eventName: string;
  date: Date;
  url?: string | null;
}

export interface SpeakerProfileInput {
  email: string;
  firstName: string;
  lastName: string;
  companyId?: string | null;
  position?: string | null;
  shortBio?: string | null;
  detailedBio?: string | null;
  expertiseAreas?: string[] | null;
  profilePhotoUrl?: string | null;
  linkedInUrl?: string | null;
  twitterHandle?: string | null;
  certifications?: string[] | null;
  languages?: string[] | null;
  speakingTopics?: string[] | null;
  availability?: SpeakerAvailability | null;
  communicationPreferences?: CommunicationPreferencesInput | null;
  pastEngagements?: PastEngagementInput[] | null;
}

export interface CreateSpeakerInput extends SpeakerProfileInput {
  organizationId?: string | null;
  userId?: string | null;
}

export type UpdateSpeakerInput = Patch<SpeakerProfileInput> & { userId?: string | null };

/** One entry of a speaker's history: a confirmed session here that has ended, or a talk elsewhere. */
export interface HistoryEntry {
  title: string;
  eventName: string;
  date: string;
  role: SpeakerRole | null;
  session: { __typename: "Session"; id: string } | null;
  url: string | null;
}

const PROFILE_CONFLICTS: Parameters<typeof uniqueConflict>[1] = [
  ["email", "EMAIL_TAKEN", "Another speaker profile has this e-mail address", "input.email"],
  ["user_id", "SPEAKER_PROFILE_EXISTS", "This user already has a speaker profile", "input.userId"],
];

const dayIn = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);

export class SpeakerService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: SpeakersLoaders,
    private readonly refs: SessionRefs,
    private readonly outbox: OutboxRelay | undefined,
  ) {}

  byId(id: string): Promise<Speaker | null> {
    return this.loaders.speakerById.load(id);
  }

  forUser(userId: string): Promise<Speaker | null> {
    return this.loaders.speakerByUserId.load(userId);
  }

  forCompany(companyId: string): Promise<Speaker[]> {
    return this.loaders.speakersByCompanyId.load(companyId);
  }

  async list(args: PageArgs & { search?: string | null; companyId?: string | null }): Promise<Page<Speaker>> {
    const size = pageSize(args);
    const where: Prisma.SpeakerWhereInput = {};
    const search = args.search?.trim();
    if (search) {
      where.OR = [
        { firstName: { contains: search, mode: "insensitive" } },
        { lastName: { contains: search, mode: "insensitive" } },
      ];
    }
    if (args.companyId) where.companyId = requireId("companyId", args.companyId);
    if (args.after) {
      const [last, first, id] = decodeKeyset(args.after, 3).map(String) as [string, string, string];
      where.AND = [
        {
          OR: [
            { lastName: { gt: last } },
            { lastName: last, firstName: { gt: first } },
            { lastName: last, firstName: first, id: { gt: id } },
          ],
        },
      ];
    }
    const rows = await this.db.speaker.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: size + 1,
    });
    for (const row of rows) this.loaders.speakerById.prime(row.id, row);
    return toKeysetPage(rows, size, (speaker) => [speaker.lastName, speaker.firstName, speaker.id]);
  }

  /**
   * Personal fields: the speaker themself, the profile's organization, platform admins, and the admins and
   * organizers of an event the speaker is invited to (they need to reach their speakers).
   */
  async canSeePersonal(speaker: Speaker): Promise<boolean> {
    if (canEditSpeaker(this.viewer, speaker)) return true;
    if (!isStaffSomewhere(this.viewer)) return false;
    const assignments = await this.loaders.assignmentsBySpeakerId.load(speaker.id);
    const places = await Promise.all(assignments.map((a) => this.refs.place(a.sessionId)));
    return places.some((place) => this.refs.isEventStaff(place));
  }

  /**
   * The invitations the viewer may see: all for the speaker themself and platform admins; those of their events for
   * an event's staff; confirmed ones of published events (sessions not removed) for everyone else. In time order.
   */
  async invitations(speaker: Speaker): Promise<SessionSpeaker[]> {
    const assignments = await this.loaders.assignmentsBySpeakerId.load(speaker.id);
    const places = await Promise.all(assignments.map((a) => this.refs.place(a.sessionId)));
    const everything = isSpeakerThemself(this.viewer, speaker) || !!this.viewer?.isPlatformAdmin;
    return assignments
      .map((assignment, i) => ({ assignment, place: places[i] ?? null }))
      .filter(
        ({ assignment, place }) =>
          everything ||
          this.refs.isEventStaff(place) ||
          (assignment.status === "CONFIRMED" && this.refs.isVisible(place) && !!place?.event?.publishedAt),
      )
      .sort(
        (a, b) => (a.place?.session.startsAt.getTime() ?? Infinity) - (b.place?.session.startsAt.getTime() ?? Infinity),
      )
      .map(({ assignment }) => assignment);
  }

  /** Sessions the speaker is confirmed for that the viewer may see, in time order, as federation stubs. */
  async sessions(speaker: Speaker): Promise<{ __typename: "Session"; id: string }[]> {
    const confirmed = (await this.invitations(speaker)).filter((a) => a.status === "CONFIRMED");
    const places = await Promise.all(confirmed.map((a) => this.refs.place(a.sessionId)));
    return places
      .filter((place) => this.refs.isVisible(place))
      .map((place) => ({ __typename: "Session" as const, id: place?.session.id as string }));
  }

  /** Confirmed sessions here that have ended (among those the viewer may see) and talks elsewhere, newest first. */
  async history(speaker: Speaker): Promise<HistoryEntry[]> {
    const [confirmed, elsewhere] = await Promise.all([
      this.invitations(speaker).then((all) => all.filter((a) => a.status === "CONFIRMED")),
      this.loaders.pastEngagementsBySpeakerId.load(speaker.id),
    ]);
    const places = await Promise.all(confirmed.map((a) => this.refs.place(a.sessionId)));
    const now = Date.now();
    const here = confirmed.flatMap((assignment, i): HistoryEntry[] => {
      const place = places[i] ?? null;
      if (!this.refs.isVisible(place) || place.session.endsAt.getTime() > now) return [];
      return [
        {
          title: assignment.presentationTitle ?? place.session.title,
          eventName: place.event.title,
          date: dayIn(place.session.startsAt, place.event.timeZone),
          role: assignment.role,
          session: { __typename: "Session", id: place.session.id },
          url: null,
        },
      ];
    });
    const other = elsewhere.map((e): HistoryEntry => ({
      title: e.title,
      eventName: e.eventName,
      date: e.heldOn.toISOString().slice(0, 10),
      role: null,
      session: null,
      url: e.url,
    }));
    return [...here, ...other].sort((a, b) => b.date.localeCompare(a.date));
  }

  async create(input: CreateSpeakerInput): Promise<Speaker> {
    const viewer = requireViewer(this.viewer);
    let organizationId: string | null = null;
    let userId: string | null;
    if (input.organizationId) {
      organizationId = requireId("input.organizationId", input.organizationId);
      requireStaff(
        viewer,
        organizationId,
        "Only the organization's admins and organizers can create speaker profiles for it",
      );
      userId = input.userId ? requireId("input.userId", input.userId) : null;
    } else {
      if (input.userId && input.userId !== viewer.userId) {
        throw badInput(
          "input.userId",
          "Your own profile is linked to you; only an organization's staff link profiles to other accounts",
        );
      }
      userId = viewer.userId;
    }
    const profile = await this.profile(input, true);
    const engagements = this.pastEngagements(input.pastEngagements);
    try {
      return await inTransaction(this.db, this.outbox, async (tx, record) => {
        const created = await tx.speaker.create({
          data: {
            ...(profile as Prisma.SpeakerUncheckedCreateInput),
            userId,
            organizationId,
            createdBy: viewer.userId,
            ...(engagements ? { pastEngagements: { create: engagements } } : {}),
          },
        });
        await record(SpeakerCreated, speakerState(created));
        return created;
      });
    } catch (error) {
      throw uniqueConflict(error, PROFILE_CONFLICTS);
    }
  }

  async update(id: string, input: UpdateSpeakerInput): Promise<Speaker> {
    requireViewer(this.viewer);
    const speakerId = requireId("id", id);
    const speaker = await this.loaders.speakerById.load(speakerId);
    if (!speaker) throw notFound("Speaker", speakerId);
    if (!canEditSpeaker(this.viewer, speaker))
      throw forbidden("Only the speaker and the profile's organization can change it");
    const data = (await this.profile(input, false)) as Prisma.SpeakerUncheckedUpdateInput;
    if (input.userId !== undefined) {
      if (!isProfileOrganizer(this.viewer, speaker))
        throw forbidden("Only the profile's organization can link it to another account");
      data.userId = input.userId ? requireId("input.userId", input.userId) : null;
    }
    const engagements = this.pastEngagements(input.pastEngagements);
    try {
      const updated = await inTransaction(this.db, this.outbox, async (tx, record) => {
        const row = await tx.speaker.update({ where: { id: speakerId }, data });
        if (engagements) {
          await tx.speakingEngagement.deleteMany({ where: { speakerId } });
          await tx.speakingEngagement.createMany({ data: engagements.map((e) => ({ ...e, speakerId })) });
        }
        const changed = [...Object.keys(data), ...(engagements ? ["pastEngagements"] : [])].sort();
        await record(SpeakerUpdated, { ...speakerState(row), changed });
        return row;
      });
      this.loaders.speakerById.clear(speakerId).prime(speakerId, updated);
      this.loaders.pastEngagementsBySpeakerId.clear(speakerId);
      return updated;
    } catch (error) {
      throw uniqueConflict(error, PROFILE_CONFLICTS);
    }
  }

  /** Validated columns of a profile write; on update only what the input mentions. */
  private async profile(input: Patch<SpeakerProfileInput>, creating: boolean): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    const text = (field: keyof SpeakerProfileInput, max: number) => {
      const value = input[field] as string | null | undefined;
      const cleaned = optionalText(`input.${field}`, value, max);
      if (cleaned !== undefined || creating) data[field] = cleaned ?? null;
    };
    if (input.email != null || creating) data.email = requireEmail("input.email", input.email ?? "");
    if (input.firstName != null || creating)
      data.firstName = requireText("input.firstName", input.firstName ?? "", { max: 100 });
    if (input.lastName != null || creating)
      data.lastName = requireText("input.lastName", input.lastName ?? "", { max: 100 });
    if (input.companyId !== undefined) {
      if (input.companyId === null) data.companyId = null;
      else {
        const companyId = requireId("input.companyId", input.companyId);
        if (!(await this.loaders.companyById.load(companyId)))
          throw badInput("input.companyId", "input.companyId is not a known company");
        data.companyId = companyId;
      }
    }
    text("position", 255);
    text("shortBio", 1_000);
    text("detailedBio", 10_000);
    for (const field of ["profilePhotoUrl", "linkedInUrl"] as const) {
      const url = optionalUrl(`input.${field}`, input[field]);
      if (url !== undefined || creating) data[field] = url ?? null;
    }
    if (input.twitterHandle !== undefined || creating) {
      const handle = optionalText("input.twitterHandle", input.twitterHandle?.replace(/^@/, ""), 50) ?? null;
      if (handle !== null && !/^[A-Za-z0-9_]{1,50}$/.test(handle))
        throw badInput("input.twitterHandle", "input.twitterHandle must be letters, digits and _ (without the @)");
      data.twitterHandle = handle;
    }
    for (const field of ["expertiseAreas", "certifications", "speakingTopics"] as const) {
      const list = labels(`input.${field}`, input[field]);
      if (list !== undefined) data[field] = list;
    }
    if (input.languages !== undefined)
      data.languages = (input.languages ?? []).map((l, i) => languageCode(`input.languages.${i}`, l));
    if (input.availability != null) data.availability = input.availability;
    const prefs = input.communicationPreferences;
    if (prefs !== undefined) {
      const phone = optionalText("input.communicationPreferences.phone", prefs?.phone, 50) ?? null;
      if (phone !== null && !/^\+?[0-9 ()./-]{5,50}$/.test(phone))
        throw badInput(
          "input.communicationPreferences.phone",
          "input.communicationPreferences.phone is not a phone number",
        );
      if (prefs?.channel === "PHONE" && !phone)
        throw badInput("input.communicationPreferences.phone", "A phone number is needed when the channel is PHONE");
      data.contactChannel = prefs?.channel ?? "EMAIL";
      data.phone = phone;
      data.preferredLanguage = languageCode("input.communicationPreferences.language", prefs?.language ?? "de");
    }
    return data;
  }

  private pastEngagements(list: PastEngagementInput[] | null | undefined) {
    if (list === undefined) return undefined;
    if ((list ?? []).length > 50)
      throw badInput("input.pastEngagements", "input.pastEngagements takes at most 50 entries");
    return (list ?? []).map((e, i) => ({
      title: requireText(`input.pastEngagements.${i}.title`, e.title, { max: 255 }),
      eventName: requireText(`input.pastEngagements.${i}.eventName`, e.eventName, { max: 255 }),
      heldOn: e.date,
      url: optionalUrl(`input.pastEngagements.${i}.url`, e.url) ?? null,
    }));
  }
}
