// Throwaway keys and a quiet logger for services started by tests.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { createLogger, generateKeyPemPair, type TokenKeys } from "@bilten/platform";

export function createTestKeys(): TokenKeys {
  const pair = generateKeyPemPair();
  return { publicKey: createPublicKey(pair.publicKey), privateKey: createPrivateKey(pair.privateKey) };
}

export const silentLogger = () => createLogger({ level: "silent" });
