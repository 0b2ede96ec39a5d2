import type { Cloud } from "../../core/client/createCloud";
import { cachedLiveSource } from "../../core/live/cachedLiveSource";
import { cloudLiveSource } from "../../core/live/cloudLiveSource";
import type { LiveSource } from "../../core/live/liveSource";
import { readConfiguration } from "../configuration";

/**
 * The live source of the account in use: one cache per client, so switching account or endpoint starts fresh
 * and nothing of one account answers for another. Undefined when no account is ready or live checks are off.
 * A request file asking for one is a first need of the account: `needAccount` starts resolving it (once), and the
 * session's change then checks the open files again.
 */
export function sessionLiveSource(currentCloud: () => Cloud | undefined, needAccount: () => void = () => {}): (() => LiveSource | undefined) & { clear(): void } {
  const sources = new WeakMap<Cloud, LiveSource & { clear(): void }>();
  const sourceOf = () => {
    if (!readConfiguration().liveChecks) return undefined;
    const cloud = currentCloud();
    if (!cloud) {
      needAccount();
      return undefined;
    }
    let source = sources.get(cloud);
    if (!source) {
      source = cachedLiveSource(cloudLiveSource(cloud));
      sources.set(cloud, source);
    }
    return source;
  };
  // After a write (any, see CloudSession.onDidWrite): what the account looked like before is no answer for the next check.
  const clear = () => {
    const cloud = currentCloud();
    if (cloud) sources.get(cloud)?.clear();
  };
  return Object.assign(sourceOf, { clear });
}
