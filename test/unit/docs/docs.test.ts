import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(__dirname, "../../../..");
const DOC = "docs/architecture.md";

// Top-level folders whose files the doc may name. dist/ is build output: the bundles it names come from esbuild.js.
const SOURCE_ROOTS = ["src", "test", "docs", "media", "bench", "scripts", "l10n"];

/** Every file under the source folders, by path from the root (bounded: the tree is a few hundred files). */
function sourceFiles(): string[] {
  // The root's own files too (package.json, package.nls.json, esbuild.js, …).
  const out: string[] = fs.readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  const stack = SOURCE_ROOTS.map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));
  while (stack.length > 0 && out.length < 20_000) {
    const dir = stack.pop()!;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else out.push(path.relative(ROOT, p).split(path.sep).join("/"));
    }
  }
  return out;
}

/**
 * The names in backticks and the targets of relative links (resolved from `docDir`, the doc's folder) that look like
 * files or folders of this repository.
 */
export function namedPaths(markdown: string, docDir: string): string[] {
  const tokens = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim());
  const links = [...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((t) => !/^[a-z]+:/.test(t))
    .map((t) => path.posix.normalize(path.posix.join(docDir, t)));
  const pathLike = (t: string) =>
    /^[\w.*-]+(\/[\w.*-]*)+$/.test(t) ? SOURCE_ROOTS.includes(t.split("/")[0]!) : /^[\w*-]+(\.[\w-]+)*\.(ts|js|mjs|json|css|md)$/.test(t);
  return [...new Set([...tokens, ...links].filter(pathLike))];
}

/** Whether `named` (a path from the root, a bare file name, or either with `*`) names something that exists. */
export function exists(named: string, files: readonly string[]): boolean {
  const glob = (s: string) => new RegExp(`^${s.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
  if (named.includes("/")) {
    const dir = named.endsWith("/") ? named : `${named}/`;
    return named.includes("*") ? files.some((f) => glob(named).test(f)) : files.includes(named) || files.some((f) => f.startsWith(dir));
  }
  const name = glob(named);
  return files.some((f) => name.test(f.slice(f.lastIndexOf("/") + 1)));
}

describe("docs/architecture.md", () => {
  it("names only files and folders that exist", () => {
    const files = sourceFiles();
    const named = namedPaths(fs.readFileSync(path.join(ROOT, DOC), "utf8"), path.posix.dirname(DOC));
    assert.ok(named.length > 10, `found only ${named.length} paths in ${DOC}: ${named.join(", ")}`);
    assert.deepEqual(named.filter((n) => !exists(n, files)), [], `${DOC} names these, which do not exist`);
  });

  it("the check tells a missing file from a present one", () => {
    const files = ["src/core/actions/registry.ts", "src/extension/preflight/checkView.ts"];
    assert.deepEqual(namedPaths("see `src/core/actions/` and `registry.ts`, `*View.ts`, [x](../src/gone.ts), `zod`, `@a/b`", "docs"), [
      "src/core/actions/",
      "registry.ts",
      "*View.ts",
      "src/gone.ts",
    ]);
    assert.ok(exists("src/core/actions/", files) && exists("registry.ts", files) && exists("*View.ts", files));
    assert.ok(!exists("messages.ts", files) && !exists("src/core/gone.ts", files) && !exists("src/core/act", files));
  });
});

/** Sizes the README's prose states (the last of a "before → after" chain), by what they are of. */
export function proseSizes(readme: string): { subject: "vsix" | "extension"; kb: string; text: string }[] {
  const prose = readme.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/g, "");
  const size = String.raw`(?:\*\*)?\d[\d,]*(?:\.\d+)?\s*KB(?:\*\*)?`;
  const pattern = new RegExp(String.raw`(VSIX|extension bundles?)\`?[^.\n|→]{0,12}?(${size}(?:\s*→\s*${size})*)`, "gi");
  return [...prose.matchAll(pattern)].map((m) => {
    const chain = m[2]!.split("→");
    const kb = /\d[\d,]*(?:\.\d+)?/.exec(chain[chain.length - 1]!)![0].replace(/,/g, "");
    return { subject: /vsix/i.test(m[1]!) ? "vsix" : "extension", kb, text: m[0] };
  });
}

/** The same sizes as the measured table says them. */
export function tableSizes(readme: string): Partial<Record<"vsix" | "extension", number>> {
  const row = (label: RegExp) => {
    const line = readme.split("\n").find((l) => l.startsWith("|") && label.test(l.split("|")[1] ?? ""));
    const value = line ? /([\d,]+(?:\.\d+)?)\s*KB/.exec(line.split("|")[2] ?? "") : null;
    return value ? Number(value[1]!.replace(/,/g, "")) : undefined;
  };
  const out: Partial<Record<"vsix" | "extension", number>> = {};
  const vsix = row(/^\s*VSIX\b/);
  const extension = row(/^\s*Extension bundles? \(dist\/extension\.js/);
  if (vsix !== undefined) out.vsix = vsix;
  if (extension !== undefined) out.extension = extension;
  return out;
}

/** Whether a figure written with its own precision ("612", "323.2") is the measured one rounded to it. */
const sameFigure = (written: string, measured: number) => {
  const decimals = written.includes(".") ? written.split(".")[1]!.length : 0;
  return measured.toFixed(decimals) === Number(written).toFixed(decimals);
};

describe("README sizes", () => {
  it("the sizes in the prose are the ones in the measured table", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const table = tableSizes(readme);
    const stated = proseSizes(readme);
    const wrong = stated.filter((s) => table[s.subject] !== undefined && !sameFigure(s.kb, table[s.subject]!)).map((s) => `"${s.text}" (table: ${table[s.subject]} KB)`);
    assert.deepEqual(wrong, [], "README.md states sizes that differ from the table under them");
  });

  it("the check reads the prose and the table as written", () => {
    const readme = [
      "Sizes: the VSIX is **321.6 KB** (18 files); the extension bundles 623 KB minified, `dist/extension.js` 6.6 KB of it. Fixed (extension bundles 956 KB → 612 KB, VSIX 514 KB → 322 KB).",
      "<!-- bench:start -->",
      "| Extension bundles (dist/extension.js + features.js, minified) | 611.7 KB | – |",
      "| VSIX (npm run package) | 323.2 KB | – |",
      "<!-- bench:end -->",
    ].join("\n");
    assert.deepEqual(tableSizes(readme), { vsix: 323.2, extension: 611.7 });
    assert.deepEqual(proseSizes(readme).map((s) => [s.subject, s.kb, sameFigure(s.kb, tableSizes(readme)[s.subject]!)]), [
      ["vsix", "321.6", false],
      ["extension", "623", false],
      ["extension", "612", true],
      ["vsix", "322", false],
    ]);
  });
});
