/** Where one listing stands. `loaded` counts records received in this load; `total` is the API's TotalCount. */
export type LoadState =
  | { phase: "idle" }
  | { phase: "loading"; loaded: number; total?: number }
  | { phase: "done"; loaded: number }
  | { phase: "failed"; error: unknown; loaded: number; total?: number };

export const IDLE: LoadState = { phase: "idle" };

/** Two listings shown as one section (GAAP's groups and proxies): the less finished one wins. */
export function combineLoadStates(a: LoadState, b: LoadState): LoadState {
  if (a.phase === "failed") return a;
  if (b.phase === "failed") return b;
  if (a.phase === "loading" || a.phase === "idle") return a.phase === "idle" && b.phase === "loading" ? b : a;
  return b;
}
