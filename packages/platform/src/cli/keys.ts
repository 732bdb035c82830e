// npm run keys: prints a fresh Ed25519 key pair for access tokens as .env lines (docker-compose reads them).
import { generateKeyPemPair } from "../auth.js";

const pair = generateKeyPemPair();
const oneLine = (pem: string) => pem.trim().replace(/\n/g, "\\n");
process.stdout.write(`AUTH_PUBLIC_KEY="${oneLine(pair.publicKey)}"\nAUTH_PRIVATE_KEY="${oneLine(pair.privateKey)}"\n`);
