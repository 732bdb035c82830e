// npm run keys: prints fresh Ed25519 key pairs as .env lines (docker-compose reads them): one for access tokens,
// one for signing ticket QR payloads (a separate pair, so neither key can forge what the other signs).
import { generateKeyPemPair } from "../auth.js";

const oneLine = (pem: string) => pem.trim().replace(/\n/g, "\\n");
const lines = (prefix: string) => {
  const pair = generateKeyPemPair();
  return `${prefix}_PUBLIC_KEY="${oneLine(pair.publicKey)}"\n${prefix}_PRIVATE_KEY="${oneLine(pair.privateKey)}"\n`;
};
process.stdout.write(lines("AUTH") + lines("TICKET_SIGNING"));
