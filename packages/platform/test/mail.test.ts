// Mail: a real SMTP conversation in production mode, and at-least-once, at-most-once-per-recipient delivery
// from domain events.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { z } from "zod";
import { defineEvent } from "@bilten/contracts";
import { createLocalEventStream, type DomainEvent } from "../src/domain-events.js";
import { MailSink, createSmtpMailer, startMailNotifications } from "../src/mail.js";
import {
  countAppends,
  createTestDatabase,
  eventually,
  settle,
  silentLogger,
  type TestDatabase,
} from "@bilten/testkit/infrastructure";

describe("SMTP transport", () => {
  test("delivers a message with its attachment to an SMTP server", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
        stream.on("end", () => {
          received.push(raw);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.server.address() as { port: number }).port;
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, "Bilten <no-reply@bilten.example>");
    try {
      await mailer.send({
        to: "speaker@test.example",
        subject: "You are invited",
        text: "Please confirm.",
        attachments: [{ filename: "ticket.txt", content: "T-123", contentType: "text/plain" }],
      });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/Subject: You are invited/);
      expect(received[0]).toMatch(/To: speaker@test.example/);
      expect(received[0]).toMatch(/filename=ticket.txt/);
    } finally {
      await mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("mail from domain events", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.$executeRawUnsafe(`CREATE SCHEMA mailtest`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TABLE mailtest.sent_mail (event_id uuid NOT NULL, recipient varchar(255) NOT NULL, sent_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (event_id, recipient))`,
    );
  });
  afterAll(async () => {
    await db?.drop();
  });

  const Invited = defineEvent({
    source: "test",
    name: "SpeakerInvited",
    version: 1,
    aggregateType: "Speaker",
    aggregateId: "speakerId",
    payload: z.strictObject({ speakerId: z.guid(), email: z.string() }),
  });
  const event = (): DomainEvent => {
    const speakerId = randomUUID();
    return {
      id: randomUUID(),
      aggregateType: "Speaker",
      aggregateId: speakerId,
      eventType: "SpeakerInvited",
      eventVersion: 1,
      occurredAt: new Date().toISOString(),
      source: "test",
      data: { speakerId, email: "a@test.example" },
    };
  };

  test("a failed send is retried until it goes out, and a redelivered event sends nothing twice", async () => {
    const stream = countAppends(createLocalEventStream());
    const mailer = new MailSink();
    mailer.failNext(2);
    const consumer = await startMailNotifications({
      group: "mail",
      stream,
      mailer,
      db: db.prisma,
      schema: "mailtest",
      log: silentLogger(),
      contracts: [Invited],
      compose: async (e) => [{ to: e.data.email, subject: "Invitation", text: "Hi" }],
    });
    const invited = event();
    await stream.append([invited, { ...event(), eventType: "SomethingElse" }]);
    await eventually(() => mailer.sent.length > 0);
    expect(mailer.sent).toEqual([{ to: "a@test.example", subject: "Invitation", text: "Hi" }]);

    await stream.append([invited]); // the same event again (at-least-once delivery upstream)
    await settle({ stream });
    expect(mailer.sent).toHaveLength(1);
    await consumer.stop();
    await stream.close();
  });
});
