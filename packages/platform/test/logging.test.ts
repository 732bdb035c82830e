import { describe, expect, test } from "@jest/globals";
import { Writable } from "node:stream";
import { createLogger, maskEmail } from "../src/logging.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger({ level: "info", destination }), lines };
}

describe("logging", () => {
  test("passwords, tokens and authorization headers are redacted at any depth", () => {
    const { log, lines } = capture();
    log.info(
      {
        input: { password: "hunter2-hunter2", refreshToken: "rt-secret" },
        headers: { authorization: "Bearer abc.def" },
        token: "t",
      },
      "sign-up",
    );
    const text = lines.join("");
    expect(text).not.toMatch(/hunter2|rt-secret|abc\.def|"t"/);
    expect(text).toContain("[redacted]");
  });

  test("e-mail addresses are masked in fields and messages", () => {
    const { log, lines } = capture();
    log.info({ user: { email: "grace.hopper@example.com" } }, "invited grace.hopper@example.com");
    const text = lines.join("");
    expect(text).not.toContain("grace.hopper@");
    expect(text).toContain("gr***@example.com");
  });

  test("the mask keeps two characters and the domain, like the seed's mask_email()", () => {
    expect(maskEmail("ab@x.org")).toBe("ab***@x.org");
    expect(maskEmail("write to someone@bilten.example today")).toBe("write to so***@bilten.example today");
  });
});
