// Idempotency keys. A request that takes or gives back money (a purchase, a refund) carries a key chosen by the
// client; what it makes is stored with the key (unique per owner) and a hash of the request. A retry (same key, same
// hash) gets what the first request made; the same key with a different request is refused.
import { conflict, isUniqueViolation } from "./errors.js";

/** How an idempotent request ended: it made something, or it found what an earlier request with its key made. */
export type Idempotent<Prior, Made> = { made: Made } | { replayed: Prior };

export interface IdempotentRequest<Prior extends { requestHash: string }, Made> {
  /** The hash of this request, compared with the one stored with what the key made first. */
  hash: string;
  /** The argument that holds the key, named in the refusal. */
  field: string;
  /**
   * Makes what the request asks for; or returns what an earlier request with the key made, when it finds that first
   * (read under a lock, or along with what the request needs anyway).
   */
  attempt: () => Promise<Idempotent<Prior, Made>>;
  /** What a concurrent request with the key made: read after `attempt` lost the race to it (a unique violation). */
  winner: () => Promise<Prior | null>;
  /** For the refusal of a key used for a different request: what it was used for, and the ids to name. */
  reused: (prior: Prior) => { what: string; details: Record<string, unknown> };
}

/** Runs `attempt` under the key's rules; a replay of a different request is CONFLICT IDEMPOTENCY_KEY_REUSED. */
export async function idempotent<Prior extends { requestHash: string }, Made>(
  request: IdempotentRequest<Prior, Made>,
): Promise<Idempotent<Prior, Made>> {
  let outcome: Idempotent<Prior, Made>;
  try {
    outcome = await request.attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await request.winner();
    if (!winner) throw error;
    outcome = { replayed: winner };
  }
  if ("replayed" in outcome && outcome.replayed.requestHash !== request.hash) {
    const { what, details } = request.reused(outcome.replayed);
    throw conflict("IDEMPOTENCY_KEY_REUSED", `This idempotency key was used for ${what}`, {
      field: request.field,
      ...details,
    });
  }
  return outcome;
}
