// Outgoing e-mail: SMTP in production (SMTP_URL), a sink that keeps messages in memory everywhere else (tests read
// it; development logs each message). Mail is sent from domain events, so a failed send is retried, never lost.
import { createTransport } from "nodemailer";
import type { AnyEventContract, ContractEvent } from "@bilten/contracts/contract";
import type { DbClient } from "./db.js";
import type { Consumer, DomainEventStream } from "./domain-events.js";
import { consumeEvents } from "./event-consumers.js";
import { maskEmail, type Logger } from "./logging.js";

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_MAIL_FROM = "Bilten <no-reply@bilten.example>";

export function createSmtpMailer(url: string, from = DEFAULT_MAIL_FROM): Mailer {
  const transport = createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    async close() {
      transport.close();
    },
  };
}

/** Keeps what was sent (newest last, bounded) so tests and developers can read it. */
export class MailSink implements Mailer {
  readonly sent: MailMessage[] = [];
  private failures = 0;

  constructor(
    private readonly log?: Logger,
    private readonly limit = 1000,
  ) {}

  /** The next `count` sends fail, as an unreachable SMTP server would (tests of the retry path). */
  failNext(count: number): void {
    this.failures = count;
  }

  async send(message: MailMessage): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error("mail sink: simulated delivery failure");
    }
    this.sent.push(message);
    if (this.sent.length > this.limit) this.sent.shift();
    this.log?.info({ to: maskEmail(message.to), subject: message.subject }, "mail (development sink)");
  }

  async close(): Promise<void> {}
}

export function createMailer(smtpUrl: string | undefined, from: string | undefined, log?: Logger): Mailer {
  return smtpUrl ? createSmtpMailer(smtpUrl, from) : new MailSink(log);
}

export interface MailNotificationsOptions<C extends AnyEventContract> {
  /** Consumer group on the domain-event stream, e.g. "speakers-mail". */
  group: string;
  stream: DomainEventStream;
  mailer: Mailer;
  db: DbClient;
  /** PostgreSQL schema holding the subgraph's `sent_mail` and `dead_letters` tables. */
  schema: string;
  log: Logger;
  /** The events that may cause mail. */
  contracts: readonly C[];
  /** The messages a domain event causes; [] for events that send nothing. */
  compose(event: ContractEvent<C>): Promise<MailMessage[]>;
}

/**
 * Sends the mail domain events call for, at least once per (event, recipient): a send that fails makes the
 * handler fail, so the stream delivers the event again later; what was sent is recorded so a redelivery does
 * not send twice.
 */
export async function startMailNotifications<C extends AnyEventContract>(
  options: MailNotificationsOptions<C>,
): Promise<Consumer> {
  if (!/^[a-z_]+$/.test(options.schema)) throw new Error(`bad schema ${options.schema}`);
  const table = `"${options.schema}"."sent_mail"`;
  const { group, contracts, schema, db, log } = options;
  return consumeEvents(options.stream, { group, contracts, schema, db, log }, async (event) => {
    const messages = await options.compose(event);
    for (const message of messages) {
      const already = await options.db.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM ${table} WHERE event_id = $1::uuid AND recipient = $2`,
        event.id,
        message.to,
      );
      if (already.length > 0) continue;
      await options.mailer.send(message);
      await options.db.$executeRawUnsafe(
        `INSERT INTO ${table} (event_id, recipient) VALUES ($1::uuid, $2) ON CONFLICT DO NOTHING`,
        event.id,
        message.to,
      );
      options.log.info({ eventType: event.eventType, to: maskEmail(message.to) }, "mail sent");
    }
  });
}
