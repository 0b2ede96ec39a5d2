import { CancelledError, throwIfAborted } from "../errors/cancelledError";

/**
 * Writes to one proxy (or group) run one after another: GAAP refuses a listener change while another is applied
 * (FailedOperation.ListenerHasTask), and Terraform holds one lock for every GAAP write. Different keys run side by
 * side. A Map keyed by outside text; an entry lives only while its key has work queued.
 */
export class ProxyWriteQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `work` after every earlier write under `key`. A caller who cancels while waiting is answered at once with
   * CancelledError and its work never runs; the writes behind it still wait for the ones before it.
   */
  run<T>(key: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    throwIfAborted(signal);
    const before = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const tail = new Promise<void>((r) => (release = r));
    this.tails.set(key, tail);
    const finish = () => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
      release();
    };
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new CancelledError());
      signal?.addEventListener("abort", onAbort, { once: true });
      void before.then(() => {
        signal?.removeEventListener("abort", onAbort);
        if (signal?.aborted) {
          finish();
          reject(new CancelledError());
          return;
        }
        let started: Promise<T>;
        try {
          started = work();
        } catch (e) {
          finish();
          reject(e as Error);
          return;
        }
        started.then(
          (v) => {
            finish();
            resolve(v);
          },
          (e: unknown) => {
            finish();
            reject(e as Error);
          },
        );
      });
    });
  }

  /** Keys with work queued or running (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
