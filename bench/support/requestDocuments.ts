import * as fs from "node:fs";
import * as path from "node:path";

/** A request file the benchmarks validate: its text and how it was made, for the results file. */
export interface BenchDocument {
  name: string;
  text: string;
  bytes: number;
  description: string;
}

const MIB = 1024 * 1024;

/** The official CreateProxy example, as the API docs print it: a real file, with integers written as strings. */
export function typicalDocument(repoRoot: string): BenchDocument {
  const file = path.join(repoRoot, "test", "fixtures", "official", "createProxy-regions.tcreq.json");
  const text = fs.readFileSync(file, "utf8");
  return {
    name: "typical",
    text,
    bytes: Buffer.byteLength(text),
    description: `official CreateProxy example (${path.relative(repoRoot, file)}): 13 parameters, integers as decimal strings`,
  };
}

/**
 * The largest request file the API accepts in practice: CreateProxy with every parameter and the 50 tags a resource
 * may carry at most, pretty-printed (~5 KB). Clean, as a file about to be sent is.
 */
export function largestRealDocument(): BenchDocument {
  const TagSet = Array.from({ length: 50 }, (_, i) => ({ TagKey: `cost-center-${String(i).padStart(2, "0")}`, TagValue: `team-payments/ap-shanghai/shard-${i}` }));
  const value = {
    Action: "CreateProxy",
    Version: "2018-05-29",
    ProjectId: 0,
    ProxyName: "edge-shanghai-guangzhou-01",
    AccessRegion: "Shanghai",
    RealServerRegion: "Guangzhou",
    Bandwidth: 10,
    Concurrent: 2,
    ClientToken: "bench-5d1e-largest-real",
    BillingType: 0,
    IPAddressVersion: "IPv4",
    NetworkType: "normal",
    TagSet,
  };
  const text = JSON.stringify(value, null, 2) + "\n";
  return {
    name: "largest real",
    text,
    bytes: Buffer.byteLength(text),
    description: "CreateProxy with its common parameters and 50 tags (the API's most per resource), 2-space indented, no problems",
  };
}

/**
 * A 1 MiB CreateProxy request: the structure-heavy worst case. A request file only gets this big through a long
 * list, and TagSet is the only list CreateProxy has, so this one carries ~13,000 tags (as a script copying an
 * account's tags would write them), pretty-printed the way an editor formats JSON. Real files stay under a few KB
 * (the API allows 50 tags per resource), so this is a stress file; one huge string instead would be easier for both
 * validators (one token). Three problems are planted so that both sides report something and place it: a decimal
 * string for Bandwidth, a numeric TagValue deep in the list, and an unknown parameter at the end.
 */
export function largeDocument(targetBytes = MIB): BenchDocument {
  const base = {
    Action: "CreateProxy",
    Version: "2018-05-29",
    ProjectId: 0,
    ProxyName: "edge-shanghai-guangzhou-01",
    AccessRegion: "Shanghai",
    RealServerRegion: "Guangzhou",
    Bandwidth: "10",
    Concurrent: 2,
    ClientToken: "bench-7f3c2a9e-large-document",
  };
  const tag = (i: number) => ({
    TagKey: `cost-center-${String(i).padStart(5, "0")}`,
    TagValue: `team-payments/ap-shanghai/shard-${i % 97}`,
  });
  const render = (n: number) => {
    const TagSet: { TagKey: string; TagValue: string | number }[] = Array.from({ length: n }, (_, i) => tag(i));
    if (n > 5000) TagSet[5000] = { ...TagSet[5000]!, TagValue: 5000 };
    return JSON.stringify({ ...base, TagSet, Bandwidht: 20 }, null, 2) + "\n";
  };
  // Each tag is about 90 bytes pretty-printed: estimate, then grow to the first count that reaches the target.
  let n = Math.floor(targetBytes / 90);
  let text = render(n);
  while (Buffer.byteLength(text) < targetBytes) text = render((n += 16));
  while (n > 16 && Buffer.byteLength(render(n - 16)) >= targetBytes) text = render((n -= 16));
  return {
    name: "1 MB",
    text,
    bytes: Buffer.byteLength(text),
    description: `CreateProxy with a TagSet of ${n} tags, 2-space indented; planted: Bandwidth "10" (string), TagSet/5000/TagValue 5000 (number), unknown "Bandwidht"`,
  };
}
