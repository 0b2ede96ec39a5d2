import type { Service } from "../actions/actionDefinition";

/** Reads by the API's naming: Describe…, Inquiry… (prices) and Check… (a create's dry run). */
const READ_PREFIXES = ["Describe", "Inquiry", "Check"];

/** Whether an action may change the account (anything not named as a read), so what was read before is stale. */
export function isWriteAction(action: string): boolean {
  return !READ_PREFIXES.some((prefix) => action.startsWith(prefix));
}

/** A write that has just finished (sent and answered, failed or cancelled: each may have changed the account). */
export interface WriteDone {
  service: Service;
  action: string;
}
