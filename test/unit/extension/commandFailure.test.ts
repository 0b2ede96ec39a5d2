import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { CancelledError } from "../../../src/core/errors/cancelledError";
import { isUserCancel, withoutSecrets } from "../../../src/extension/commands/commandFailure";
import { UserCancelled } from "../../../src/extension/commands/userCancelled";

describe("command failures", () => {
  it("a prompt backed out of, or a cancelled progress, is the user's cancel", () => {
    assert.equal(isUserCancel(new UserCancelled()), true);
    assert.equal(isUserCancel(new CancelledError()), true);
    class HostCancel extends Error {}
    assert.equal(isUserCancel(new HostCancel(), (e) => e instanceof HostCancel), true);
  });

  it("any other failure is shown, even one named AbortError (a request a timeout aborted)", () => {
    const aborted = Object.assign(new Error("The user aborted a request."), { name: "AbortError" });
    assert.equal(isUserCancel(aborted), false);
    assert.equal(isUserCancel(new Error("boom")), false);
    assert.equal(isUserCancel("a string"), false);
    assert.equal(isUserCancel(undefined), false);
  });

  it("a shown or logged error carries no SecretId or SecretKey", () => {
    const id = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    const key = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    const text = withoutSecrets(`signing with ${id} and ${key} failed (RequestId 6f1b2c3d-1a2b-4c5d-8e9f-0a1b2c3d4e5f)`);
    assert.ok(!text.includes(id) && !text.includes(key), text);
    assert.match(text, /RequestId 6f1b2c3d-1a2b-4c5d-8e9f-0a1b2c3d4e5f/);
    // Ids and words of 32 characters that are not keys stay.
    assert.equal(withoutSecrets("lb-abcdefghijklmnopqrstuvwxyz0123"), "lb-abcdefghijklmnopqrstuvwxyz0123");
    assert.equal(withoutSecrets("a".repeat(32)), "a".repeat(32));
  });
});
