/**
 * A request for a service is a referral, its requester the referrer (rules/recognition/service-requests.ts).
 * The first rows are the Department for Education's family hubs referral and openEHR's service
 * request in the real-label set's tuning part, none recognised before 6 December 2026.
 */
import { describe, expect, it } from "vitest";
import { readServiceRequest } from "../../rules/recognition/service-requests";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel, itReadsEachLabelUnder } from "./reads-labels";

describe("readServiceRequest", () => {
  it.each([
    ["why are you requesting a connection?", "why are you referral?"],
    ["reason for the connection request", "reason for the referral"],
    ["request for services", "referral"],
    ["requester", "referrer"],
    ["name of requestor", "name of referrer"],
    // Requests for anything else keep their words.
    ["request for information", "request for information"],
    ["has the parent requested a copy?", "has the parent requested a copy?"],
    ["service request", "service request"],
  ])("%j → %j", (text, read) => {
    expect(readServiceRequest(text)).toBe(read);
  });
});

describe("a request for a service, recognised as the referral", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Why are you requesting a connection?", "referral.reason"],
    ["Reason for the connection request", "referral.reason"],
    ["Professional who has made this connection request", "referrer.details"],
    ["Requester", "referrer.details"],
    ["Request for information", null],
    ["Date of request", null],
  ], "(the shipped pack)");
  itReadsEachLabelUnder(pack, [
    ["Requester", "Service request", "referrer.details"],
    // The kind of service wanted is not whether the referral asks for action or shares information.
    ["Service type", "Service request", null],
  ], "(the shipped pack)");
});
