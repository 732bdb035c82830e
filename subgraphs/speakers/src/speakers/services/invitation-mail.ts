// The e-mail a SpeakerInvited domain event causes, sent by the platform's mail notifications (retried until it
// goes out, at most once per event and recipient). It goes to the speaker profile's own address, with the session
// and event as this subgraph's read model knows them.
import type { ContractEvent, SpeakerInvited } from "@bilten/contracts";
import type { DbClient, MailMessage } from "@bilten/platform";
import type { SpeakerRole } from "@bilten/platform/prisma";

const ROLE_NAMES: Record<SpeakerRole, string> = {
  PRIMARY_SPEAKER: "primary speaker",
  CO_SPEAKER: "co-speaker",
  MODERATOR: "moderator",
  PANELIST: "panelist",
};

export function invitationMail(db: DbClient) {
  return async (event: ContractEvent<typeof SpeakerInvited>): Promise<MailMessage[]> => {
    const invitation = await db.sessionSpeaker.findUnique({
      where: { id: event.data.sessionSpeakerId },
      include: { speaker: true },
    });
    // Withdrawn, answered or re-sent since (a re-sent invitation has its own event): this e-mail is no longer news.
    if (!invitation || invitation.status !== "INVITED" || invitation.invitedAt.toISOString() !== event.data.invitedAt)
      return [];
    const session = await db.speakersSessionRef.findUnique({ where: { id: invitation.sessionId } });
    if (!session) throw new Error(`session ${invitation.sessionId} is not in the read model yet`);
    const eventRef = await db.speakersEventRef.findUnique({ where: { id: session.eventId } });
    const timeZone = eventRef?.timeZone ?? "Europe/Zurich";
    const when = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "full", timeStyle: "short" });
    const until = new Intl.DateTimeFormat("en-GB", { timeZone, timeStyle: "short" });
    const { speaker } = invitation;
    const eventTitle = eventRef?.title ?? "an event";
    const lines = [
      `Hello ${speaker.firstName} ${speaker.lastName},`,
      "",
      `you are invited to speak at ${eventTitle}, as ${ROLE_NAMES[invitation.role]}:`,
      "",
      `  ${session.title}`,
      `  ${when.format(session.startsAt)} – ${until.format(session.endsAt)} (${timeZone})`,
      ...(invitation.presentationTitle ? [`  Your contribution: ${invitation.presentationTitle}`] : []),
      "",
      "Please confirm or decline the invitation after signing in (confirmSpeakerInvitation or",
      `declineSpeakerInvitation with the invitation id ${invitation.id}).`,
    ];
    return [
      { to: speaker.email, subject: `Invitation to speak: ${session.title} (${eventTitle})`, text: lines.join("\n") },
    ];
  };
}
