// What the speakers tests share on top of the testkit's builders: conferences with sessions, companies, speaker
// profiles, invitations and the answers to them, logo bytes and uploads.
import { must, type Event, type Organizer, type TestStack } from "@bilten/testkit";

/** A request that must succeed (the testkit's `must`). */
export { must as ok };

export interface Conference {
  event: Event;
  eventId: string;
  sessionIds: string[];
  startsAt: string;
}

/** An event of the organization with `sessions` one-hour sessions, one after the other, published or a draft. */
export async function conference(
  organizer: Organizer,
  options: { sessions?: number; published?: boolean; title?: string } = {},
): Promise<Conference> {
  const draft = await organizer.event(options.title ? { title: options.title } : {});
  const sessionIds: string[] = [];
  for (let i = 0; i < (options.sessions ?? 2); i++) {
    const session = await draft.session({
      title: `Talk ${i + 1}`,
      startsAt: new Date(Date.parse(draft.startsAt) + i * 3_600_000),
    });
    sessionIds.push(session.id);
  }
  const event = (options.published ?? true) ? await draft.changeStatus("PUBLISHED") : draft;
  return { event, eventId: event.id, sessionIds, startsAt: event.startsAt };
}

export async function createCompany(
  stack: TestStack,
  token: string,
  organizationId: string,
  input: Record<string, unknown> = {},
) {
  const result = await stack.query(
    `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name isPartner } }`,
    { input: { organizationId, name: `Company ${Math.random().toString(36).slice(2, 10)}`, ...input } },
    { token },
  );
  return must(result).createCompany as { id: string; name: string; isPartner: boolean };
}

let speakerCount = 0;

/** A speaker profile; with `organizationId` in the input one made by that organization's staff. */
export async function createSpeaker(stack: TestStack, token: string, input: Record<string, unknown> = {}) {
  speakerCount += 1;
  const result = await stack.query(
    `mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id email firstName lastName } }`,
    {
      input: {
        email: `speaker${speakerCount}.${Date.now()}@talks.example`,
        firstName: "Sam",
        lastName: `Speaker${speakerCount}`,
        ...input,
      },
    },
    { token },
  );
  return must(result).createSpeaker as { id: string; email: string; firstName: string; lastName: string };
}

export const INVITE = `mutation($session: ID!, $speaker: ID!, $role: SpeakerRole!, $title: String) {
  inviteSpeaker(sessionId: $session, speakerId: $speaker, role: $role, presentationTitle: $title) { id status role invitedAt } }`;

export function invite(
  stack: TestStack,
  token: string,
  sessionId: string,
  speakerId: string,
  role = "CO_SPEAKER",
  title?: string,
) {
  return stack.query(INVITE, { session: sessionId, speaker: speakerId, role, title }, { token });
}

export const CONFIRM = `mutation($id: ID!) { confirmSpeakerInvitation(id: $id) { id status isConfirmed confirmedAt declinedAt } }`;
export const DECLINE = `mutation($id: ID!, $reason: String) { declineSpeakerInvitation(id: $id, reason: $reason) { id status declinedAt declineReason } }`;
export const RESEND = `mutation($id: ID!) { resendSpeakerInvitation(id: $id) { id status invitedAt declinedAt declineReason } }`;

/** A 1x1 PNG, a tiny JPEG and WebP header, and a clean SVG: enough bytes for type detection. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", "latin1"),
  Buffer.from([0xff, 0xd9]),
]);
export const WEBP = Buffer.concat([
  Buffer.from("RIFF", "latin1"),
  Buffer.from([0x1a, 0, 0, 0]),
  Buffer.from("WEBPVP8L", "latin1"),
  Buffer.alloc(18, 1),
]);
export const SVG = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient></defs>
  <style>.a { fill: url(#g); }</style>
  <rect class="a" width="10" height="10" style="stroke: url('#g')"/>
  <use xlink:href="#g"/>
  <text x="1" y="8">Logo &amp; Co</text>
</svg>`,
);

export const UPLOAD = `mutation($company: ID!, $file: LogoUploadInput!) {
  uploadCompanyLogo(companyId: $company, file: $file) { id url fileName mimeType fileSizeBytes uploadedAt } }`;

export function upload(
  stack: TestStack,
  token: string,
  companyId: string,
  bytes: Buffer,
  fileName: string,
  contentType?: string,
) {
  return stack.query(
    UPLOAD,
    { company: companyId, file: { fileName, contentBase64: bytes.toString("base64"), contentType } },
    { token },
  );
}
