// The hostile corpus: request files written to hurt a validator (issue 12 point 8), each within a byte budget.
// Built by small generators, not stored: a case is named on the command line of the child that checks it.

export const HOSTILE_BUDGET_BYTES = 1024 * 1024;

export interface HostileCase {
  name: string;
  /** What the document is, in a few words, for the results file. */
  what: string;
  build: (budget: number) => string;
}

const HEAD = '{"Action":"CreateProxy","Version":"2018-05-29","ProjectId":0,"ProxyName":"p","AccessRegion":"Shanghai","RealServerRegion":"Guangzhou","Bandwidth":10,"Concurrent":2';

/** As many repeats of `unit` as fit between `open` and `close` within the budget. */
function fill(open: string, unit: string, close: string, budget: number): string {
  const n = Math.max(0, Math.floor((budget - open.length - close.length) / unit.length));
  return open + unit.repeat(n) + close;
}

/** `open`s, the innermost value, then `close`s, n of each, within the budget: a nesting n deep. */
function nest(prefix: string, open: string, inner: string, close: string, suffix: string, budget: number): string {
  const n = Math.floor((budget - prefix.length - inner.length - suffix.length) / (open.length + close.length));
  return prefix + open.repeat(n) + inner + close.repeat(n) + suffix;
}

/** `s` with a NUL after each character, as UTF-16LE bytes look when read as UTF-8 (BOM included). */
const utf16Looking = (s: string) => "\uFFFD\uFFFD" + [...s].map((c) => c + "\u0000").join("");

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: "deep-arrays", what: "TagSet nested in arrays as deep as the budget allows", build: (b) => nest(`${HEAD},"TagSet":`, "[", "", "]", "}", b) },
  { name: "deep-objects", what: 'TagSet nested in {"a": …} as deep as the budget allows', build: (b) => nest(`${HEAD},"TagSet":`, '{"a":', "1", "}", "}", b) },
  { name: "deep-secret-keys", what: 'nesting of {"SecretKey": …} (the secret check walks every level)', build: (b) => nest(`${HEAD},"TagSet":`, '{"SecretKey":', '"AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', "}", "}", b) },
  { name: "unclosed-arrays", what: "one million [ and nothing else", build: (b) => "[".repeat(b) },
  { name: "unclosed-objects", what: '{"a": repeated, never closed', build: (b) => fill("", '{"a":', "", b) },
  { name: "stray-words", what: "an object of bare words (one syntax error each)", build: (b) => fill("{", "word ", "}", b) },
  { name: "stray-lines-crlf", what: 'lines of "a" "b" with CRLF: two errors a line', build: (b) => fill("{\r\n", '"a" "b"\r\n', "}", b) },
  {
    name: "duplicate-keys-deep",
    what: "objects nested as deep as the budget allows, each with the same key twice",
    build: (b) => nest(`${HEAD},"TagSet":`, '{"k":1,"k":1,"n":', "1", "}", "}", b),
  },
  { name: "duplicate-keys-flat", what: "one key repeated as often as the budget allows", build: (b) => fill(`${HEAD}`, ',"ProxyName":"p"', "}", b) },
  { name: "many-unknown-parameters", what: "tens of thousands of unknown parameters (one finding each)", build: (b) => {
    const parts: string[] = [];
    let size = HEAD.length + 1;
    for (let i = 0; size < b - 20; i++) {
      const p = `,"Unknown${i}":${i}`;
      parts.push(p);
      size += p.length;
    }
    return HEAD + parts.join("") + "}";
  } },
  { name: "many-invalid-tags", what: "a TagSet of tags with numbers for strings (two findings each)", build: (b) => fill(`${HEAD},"TagSet":[`, '{"TagKey":1,"TagValue":2},', '{"TagKey":"k","TagValue":"v"}]}', b) },
  { name: "long-string", what: "a ProxyName of one million characters", build: (b) => `${HEAD.replace('"ProxyName":"p"', `"ProxyName":"${"x".repeat(b - HEAD.length - 4)}"`)}}` },
  { name: "long-escapes", what: "a ProxyName of \\u escapes and lone surrogates", build: (b) => fill(`${HEAD},"Extra":"`, "\\u00e9\\ud800\\n", '"}', b) },
  { name: "huge-numbers", what: "Bandwidth 1e309 and a number of a million digits", build: (b) => `${HEAD.replace('"Bandwidth":10', '"Bandwidth":1e309')},"Concurrent":${"9".repeat(b - HEAD.length - 40)}}` },
  { name: "many-huge-numbers", what: "a TagSet of 1e309", build: (b) => fill(`${HEAD},"TagSet":[`, "1e309,", "1]}", b) },
  { name: "proto-keys", what: '"__proto__", "constructor", "toString" as keys, nested, and as the action', build: (b) =>
    nest('{"Action":"toString","Version":{"valueOf":1},"ClientToken":"__proto__","TagSet":', '{"__proto__":{"constructor":{"toString":', "1", "}}}", "}", b) },
  { name: "object-action", what: 'Action and Version as objects ({"toString":1}), padded with tags', build: (b) => fill('{"Action":{"toString":1},"Version":{"valueOf":1},"TagSet":[', '{"TagKey":"k","TagValue":"v"},', "{}]}", b) },
  { name: "utf16-looking", what: "a request file saved as UTF-16LE, read as UTF-8 (NUL after each character)", build: (b) => {
    const unit = utf16Looking(HEAD + "}");
    return unit.repeat(Math.max(1, Math.floor(b / 2 / unit.length)));
  } },
  { name: "control-characters", what: "raw control characters inside strings and between tokens", build: (b) => fill(`${HEAD},"Extra":"`, "\u0000\u0001\u0007\u001b", '"}', b) },
  { name: "blank-lines", what: "a small request after a million newlines", build: (b) => "\n".repeat(b - HEAD.length - 1) + HEAD + "}" },
  { name: "comments", what: "a request with a // comment on every line (comments are not JSON)", build: (b) => fill(`${HEAD},\n`, "// note\n", '"Extra":1}', b) },
  { name: "wide-tagset", what: "a valid TagSet of ten thousand tags (far over the API's 50)", build: (b) => fill(`${HEAD},"TagSet":[`, '{"TagKey":"cost-center","TagValue":"team-payments"},', '{"TagKey":"k","TagValue":"v"}]}', b) },
];

export function hostileCase(name: string): HostileCase | undefined {
  return HOSTILE_CASES.find((c) => c.name === name);
}
