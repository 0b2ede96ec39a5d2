import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { checkedAsYouType, MAX_CHARS_CHECKED_AS_YOU_TYPE, VALIDATION_DEBOUNCE_MS } from "../../../src/core/editor/checkBounds";
import { checkFailedFinding, describeError, tooLargeFinding } from "../../../src/core/editor/editorFindings";
import { formatFinding } from "../../../src/core/messages/formatFinding";

describe("editor check bounds", () => {
  it("the debounce interval is one a typist notices neither way", () => {
    assert.ok(VALIDATION_DEBOUNCE_MS >= 150 && VALIDATION_DEBOUNCE_MS <= 300, String(VALIDATION_DEBOUNCE_MS));
  });

  it("checks files up to the cap as they are typed, and not one character more", () => {
    assert.equal(checkedAsYouType(5_000), true, "the largest real request file (50 tags, ~5 KB)");
    assert.equal(checkedAsYouType(MAX_CHARS_CHECKED_AS_YOU_TYPE), true);
    assert.equal(checkedAsYouType(MAX_CHARS_CHECKED_AS_YOU_TYPE + 1), false);
    assert.equal(checkedAsYouType(11, 10), false);
  });

  it("a file over the cap gets one warning at its start naming its size and the cap, in both languages", () => {
    const f = tooLargeFinding(3 * 1024 * 1024, MAX_CHARS_CHECKED_AS_YOU_TYPE);
    assert.equal(f.severity, "warning");
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(formatFinding(f, "en"), "This file is too large to check as you type (3,072 KB; the limit is 2,048 KB). Check Request checks it once.");
    assert.match(formatFinding(f, "zh-cn"), /3,072 KB.*2,048 KB/);
  });

  it("a check that threw is an error on the file, naming the error but not quoting the document", () => {
    let thrown: unknown;
    try {
      JSON.parse('{"SecretKey": "AKIDsecretsecret" oops');
    } catch (e) {
      thrown = e;
    }
    const f = checkFailedFinding(thrown);
    assert.equal(f.severity, "error", "Send refuses a file nobody could check");
    const en = formatFinding(f, "en");
    assert.match(en, /could not be checked.*SyntaxError/);
    assert.doesNotMatch(en, /AKID|oops/);
    const logged = describeError(thrown);
    assert.match(logged, /^SyntaxError at /);
    assert.doesNotMatch(logged, /AKID|oops|SecretKey/);
  });

  it("odd things thrown are described without throwing again", () => {
    assert.equal(describeError(undefined), "undefined");
    assert.equal(describeError("a string with content"), "string");
    const weird = new Error("x");
    weird.name = "name with the document's {words}";
    assert.equal(checkFailedFinding(weird).params.error, "Error");
    assert.equal(describeError(Object.assign(new Error("x"), { stack: undefined })), "Error");
  });
});
