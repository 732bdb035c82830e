// The enums domain-event payloads carry are the database's: a value added to a Prisma enum without its contract (or
// the other way round) would make the producer throw at run time, so it fails here first.
import { describe, expect, test } from "@jest/globals";
import * as contracts from "@bilten/contracts";
import { $Enums } from "@bilten/platform/prisma";

const PAIRS = [
  ["MembershipRole", contracts.MembershipRole, $Enums.MembershipRole],
  ["EventStatus", contracts.EventStatus, $Enums.EventStatus],
  ["SessionType", contracts.SessionType, $Enums.SessionType],
  ["PartnershipTier", contracts.PartnershipTier, $Enums.PartnershipTier],
  ["SpeakerAvailability", contracts.SpeakerAvailability, $Enums.SpeakerAvailability],
  ["SpeakerRole", contracts.SpeakerRole, $Enums.SpeakerRole],
  ["InvitationStatus", contracts.InvitationStatus, $Enums.InvitationStatus],
  ["PaymentMethod", contracts.PaymentMethod, $Enums.PaymentMethod],
  ["RegistrationStatus", contracts.RegistrationStatus, $Enums.RegistrationStatus],
  ["CheckInDirection", contracts.CheckInDirection, $Enums.CheckInDirection],
] as const;

describe("contract enums", () => {
  test.each(PAIRS)("%s has the database's values", (_, contract, database) => {
    expect([...contract.options].sort()).toEqual(Object.values(database).sort());
  });
});
