import * as path from "node:path";

/**
 * Whether `candidate` lies inside `folder` (not the folder itself), both absolute `/`-separated paths as in a
 * URI's path. Checked after joining, so that whatever built the name, a file is never written outside its folder.
 */
export function isInsideFolder(folder: string, candidate: string): boolean {
  if (candidate.includes("\0")) return false;
  const relative = path.posix.relative(path.posix.normalize(folder), path.posix.normalize(candidate));
  // A backslash is a separator once Windows turns the URI into a file path.
  if (relative === "" || relative.includes("\\") || path.posix.isAbsolute(relative)) return false;
  return relative !== ".." && !relative.startsWith("../");
}
