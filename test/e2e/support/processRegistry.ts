import type { ChildProcess } from "node:child_process";

/**
 * Every process the end-to-end machinery starts is spawned `detached` (its own process group) and tracked here, so
 * that code-server's extension host, its npm install's node-gyp, and the like are stopped with their parent, by
 * group id, even when a flow throws, times out or the runner gets Ctrl-C.
 */
class ProcessRegistry {
  private readonly live = new Set<ChildProcess>();
  private readonly shutdownHooks = new Set<() => Promise<void> | void>();
  private handlersInstalled = false;
  private stopping: Promise<void> | undefined;

  track(child: ChildProcess): ChildProcess {
    this.installExitHandlers();
    this.live.add(child);
    child.once("exit", () => this.live.delete(child));
    return child;
  }

  /** SIGTERM the child's group, wait up to `graceMs` for it to exit, then SIGKILL the group. */
  async stop(child: ChildProcess, graceMs = 10_000): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      // The leader is gone, but what it started (code-server's extension host) may still be in its group.
      signalGroup(child, "SIGKILL");
      this.live.delete(child);
      return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    signalGroup(child, "SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
    const late = await Promise.race([exited.then(() => false), timedOut]);
    clearTimeout(timer);
    // The leader may be gone while grandchildren linger in the group: always finish with SIGKILL.
    signalGroup(child, "SIGKILL");
    if (late) await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
    this.live.delete(child);
  }

  /** Extra cleanup (a browser, a sandbox) to run when Ctrl-C or SIGTERM ends the process. Returns an unregister. */
  onShutdown(hook: () => Promise<void> | void): () => void {
    this.installExitHandlers();
    this.shutdownHooks.add(hook);
    return () => this.shutdownHooks.delete(hook);
  }

  /** True once a shutdown (Ctrl-C, SIGTERM, or an explicit stopAll) has begun. */
  get shuttingDown(): boolean {
    return this.stopping !== undefined;
  }

  /** Runs the shutdown hooks once and stops every live process; concurrent calls share one shutdown. */
  stopAll(): Promise<void> {
    this.stopping ??= (async () => {
      const hooks = [...this.shutdownHooks];
      this.shutdownHooks.clear();
      const runHook = async (hook: () => Promise<void> | void): Promise<void> => {
        try {
          await hook();
        } catch {
          // Shutting down anyway; one failed hook must not keep the others or the processes alive.
        }
      };
      await Promise.all([...hooks.map(runHook), ...[...this.live].map((c) => this.stop(c))]);
    })();
    return this.stopping;
  }

  private installExitHandlers(): void {
    if (this.handlersInstalled) return;
    this.handlersInstalled = true;
    // `exit` handlers must be synchronous: kill outright, there is no time for a grace period.
    process.once("exit", () => {
      for (const child of this.live) signalGroup(child, "SIGKILL");
    });
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.once(signal, () => {
        void this.stopAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
      });
    }
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

export const processRegistry = new ProcessRegistry();
