import { strict as assert } from "node:assert";
import * as path from "node:path";
import { describe, it } from "node:test";
import { isInsideFolder } from "../../../src/core/requests/isInsideFolder";
import { MAX_FILE_STEM, safeFileName } from "../../../src/core/requests/safeFileName";

/** IDs an endpoint could send instead of `link-abc123`, each trying to leave the workspace or break the name. */
const HOSTILE_IDS = [
  "x/../../../../tmp/pwned",
  "..",
  ".",
  "../",
  "..\\..\\Windows\\System32\\evil",
  "/etc/passwd",
  "C:\\Users\\me\\.ssh\\id_rsa",
  "\\\\server\\share\\x",
  "link\0.tcreq.json/../../x",
  "a".repeat(100_000),
  "../".repeat(10_000) + "tmp/x",
  "ｌｉｎｋ／‥／‥／tmp",
  "link-\u202egnp.exe",
  "CON",
  "nul.txt",
  "COM1",
  "",
  "   ",
  "._.",
  ".hidden",
  "%2e%2e%2fetc",
  "file:///etc/passwd",
  "untitled:x#y?z",
];

describe("file names from IDs", () => {
  it("keeps an ordinary ID as it is", () => {
    assert.equal(safeFileName("CreateProxy-link-m9t4yxxs"), "CreateProxy-link-m9t4yxxs");
    assert.equal(safeFileName("CreateL4Proxy-sid-2gqf1z0y1vxz"), "CreateL4Proxy-sid-2gqf1z0y1vxz");
  });

  it("makes every hostile ID a short name of safe characters that stays in the folder", () => {
    const folder = "/home/me/project";
    for (const id of HOSTILE_IDS) {
      const name = safeFileName(`CreateProxy-${id}`);
      const alone = safeFileName(id);
      for (const n of [name, alone]) {
        assert.match(n, /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, JSON.stringify(id));
        assert.ok(n.length >= 1 && n.length <= MAX_FILE_STEM + 1, `${n.length} characters for ${JSON.stringify(id.slice(0, 20))}`);
        assert.ok(n !== "." && n !== "..");
        assert.doesNotMatch(n, /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i, "no Windows device name");
        const file = path.posix.join(folder, `${n}-999.tcreq.json`);
        assert.equal(path.posix.dirname(file), folder, JSON.stringify(id));
        assert.ok(isInsideFolder(folder, file));
      }
    }
  });

  it("never gives an empty name", () => {
    for (const id of ["", "...", "///", "\0", "日本語"]) assert.equal(safeFileName(id), "request", JSON.stringify(id));
    assert.equal(safeFileName("", "CreateProxy"), "CreateProxy");
  });

  it("tells a joined path that leaves its folder", () => {
    const folder = "/home/me/project";
    assert.ok(isInsideFolder(folder, "/home/me/project/a.tcreq.json"));
    assert.ok(isInsideFolder(folder + "/", "/home/me/project/sub/a.tcreq.json"));
    for (const escaped of [
      "/home/me/project",
      "/home/me/project/..",
      "/home/me/project/../../../tmp/pwned.tcreq.json",
      "/home/me/project-other/a.tcreq.json",
      "/tmp/pwned",
      "/home/me/project/..\\..\\x.tcreq.json",
      "/home/me/project/a\0b",
    ]) {
      assert.equal(isInsideFolder(folder, escaped), false, escaped);
    }
  });
});
