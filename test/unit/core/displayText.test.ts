import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { markdownText } from "../../../src/core/text/markdownText";
import { MAX_NOTIFICATION_CHARS, notificationText } from "../../../src/core/text/notificationText";
import { MAX_VALUE_CHARS, shortValue } from "../../../src/core/text/shortValue";

/** What VS Code's notifications turn into a link (vs/base/common/linkedText.ts). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

/** Text an endpoint or a request file could put where a code, RequestId, ID or name is shown. */
const HOSTILE = [
  "[Click to fix](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D)",
  "InvalidParameter.[x](https://evil.example/phish)",
  "[a](file:///etc/passwd 'title')",
  "link-1 [ok]\n(command:x)",
  "<img src=x onerror=alert(1)>",
  "**bold** _em_ `code` # heading > quote | table ~~strike~~",
  "![img](https://evil.example/t.png)",
  "line1\r\nline2\u2028line3",
  "evil\u202etxt.exe",
];

describe("text from APIs and files in notifications and markdown", () => {
  it("no notification text can become a link, and line breaks and bidi overrides are gone", () => {
    for (const text of HOSTILE) {
      const shown = notificationText(`Not changed: ${text} (code ${text}, RequestId ${text})`);
      assert.equal(shown.match(NOTIFICATION_LINK), null, shown);
      assert.doesNotMatch(shown, /[\r\n\u2028\u2029\u202e]/);
    }
    assert.equal(notificationText("[Open](command:x)"), "[Open] (command:x)", "the text itself stays readable");
    assert.equal(notificationText("Nothing to escape: link-abc, 5 Mbps."), "Nothing to escape: link-abc, 5 Mbps.");
  });

  it("cuts a notification that an answer made huge", () => {
    const shown = notificationText(`Not changed: ${"link-x, ".repeat(100_000)}`);
    assert.equal(shown.length, MAX_NOTIFICATION_CHARS);
    assert.ok(shown.endsWith("…"));
  });

  it("markdown text renders as written: no link, image, HTML, emphasis or heading", () => {
    for (const text of HOSTILE) {
      const md = markdownText(text);
      assert.doesNotMatch(md, /(?<!\\)\[/, md);
      assert.doesNotMatch(md, /(?<!\\)[()*_`#>|~!]/, md);
      assert.doesNotMatch(md, /</);
      assert.doesNotMatch(md, /[\r\n]/);
    }
    assert.equal(markdownText("[x](command:y)"), "\\[x\\]\\(command\\:y\\)");
  });

  it("shows any answer value as one bounded line, even one too deep to stringify", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    assert.equal(shortValue(deep), "…");
    assert.equal(shortValue("x".repeat(1_000_000)).length, MAX_VALUE_CHARS);
    assert.equal(shortValue({ Bandwidth: 10 }), '{"Bandwidth":10}');
    assert.equal(shortValue(12), "12");
    assert.equal(shortValue(undefined), "undefined");
  });
});
