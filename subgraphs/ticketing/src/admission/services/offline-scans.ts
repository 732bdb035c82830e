// Scans recorded by a scanner that was offline, uploaded when it is back: each applied on its own through the same
// scan as an online one, idempotent per nonce.
import { badInput, isUniqueViolation, requireText, type Db } from "@bilten/platform";
import type { CheckIn } from "@bilten/platform/prisma";
import { GraphQLError } from "graphql";
import type { EventRef } from "../../common/access.js";
import { AlreadyApplied } from "../adapters/scans.js";
import type { CheckInInput, CheckInService } from "./check-ins.js";
import type { DoorStaff } from "./door-staff.js";
import type { LiveCountService } from "./live-counts.js";

export interface OfflineScanInput extends Omit<CheckInInput, "eventId"> {
  nonce: string;
  scannedAt: Date;
}

export type OfflineScanStatus = "APPLIED" | "DUPLICATE" | "CONFLICT" | "REJECTED";

export interface OfflineScanResult {
  nonce: string;
  status: OfflineScanStatus;
  reason: string | null;
  message: string | null;
  checkIn: CheckIn | null;
}

const MAX_OFFLINE_SCANS = 500;
/** Offline devices' clocks drift; a scan from further in the future than this is refused. */
const CLOCK_SKEW_MS = 5 * 60_000;

export class OfflineScanService {
  constructor(
    private readonly db: Db,
    private readonly doors: DoorStaff,
    private readonly checkIns: CheckInService,
    private readonly counts: LiveCountService,
  ) {}

  /**
   * Scans recorded by a scanner that was offline: applied in scan-time order, each on its own (one refusal does not
   * undo the others), idempotent per nonce. Results come back in the order of the input.
   */
  async upload(input: { eventId: string; deviceId: string; scans: OfflineScanInput[] }): Promise<OfflineScanResult[]> {
    const event = await this.doors.event("input.eventId", input.eventId);
    const deviceId = requireText("input.deviceId", input.deviceId, { max: 100 });
    if (input.scans.length > MAX_OFFLINE_SCANS)
      throw badInput("input.scans", `At most ${MAX_OFFLINE_SCANS} scans per upload`);
    const nonces = new Set<string>();
    input.scans.forEach((scan, i) => {
      requireText(`input.scans.${i}.nonce`, scan.nonce, { max: 100 });
      if (nonces.has(scan.nonce))
        throw badInput(`input.scans.${i}.nonce`, "Each scan of an upload needs its own nonce");
      nonces.add(scan.nonce);
      if (scan.scannedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
        throw badInput(`input.scans.${i}.scannedAt`, "A scan cannot be from the future; check the device's clock");
      }
    });
    const order = input.scans
      .map((scan, index) => ({ scan, index }))
      .sort((a, b) => a.scan.scannedAt.getTime() - b.scan.scannedAt.getTime() || a.index - b.index);
    const results: OfflineScanResult[] = new Array(input.scans.length);
    let applied = 0;
    for (const { scan, index } of order) {
      results[index] = await this.apply(event, deviceId, scan);
      if (results[index]?.status === "APPLIED") applied += 1;
    }
    if (applied > 0) await this.counts.publish(event);
    return results;
  }

  private async apply(event: EventRef, deviceId: string, scan: OfflineScanInput): Promise<OfflineScanResult> {
    const base = { nonce: scan.nonce, reason: null, message: null, checkIn: null };
    const existing = await this.db.checkIn.findUnique({ where: { clientNonce: scan.nonce } });
    if (existing) return { ...base, status: "DUPLICATE", checkIn: existing };
    try {
      const { checkIn } = await this.checkIns.scan(
        event,
        { ...scan, eventId: event.id },
        { scannedAt: scan.scannedAt, deviceId, nonce: scan.nonce },
      );
      return { ...base, status: "APPLIED", checkIn };
    } catch (error) {
      if (error instanceof AlreadyApplied) return { ...base, status: "DUPLICATE", checkIn: error.checkIn };
      if (isUniqueViolation(error)) {
        // The same nonce uploaded concurrently by a retrying device: the other upload applied it.
        return {
          ...base,
          status: "DUPLICATE",
          checkIn: await this.db.checkIn.findUnique({ where: { clientNonce: scan.nonce } }),
        };
      }
      if (error instanceof GraphQLError && typeof error.extensions.code === "string") {
        const status: OfflineScanStatus = error.extensions.code === "CONFLICT" ? "CONFLICT" : "REJECTED";
        const reason = typeof error.extensions.reason === "string" ? error.extensions.reason : error.extensions.code;
        return { ...base, status, reason, message: error.message };
      }
      throw error;
    }
  }
}
