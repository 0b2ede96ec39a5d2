import type { L4Record } from "../state/sandboxState";

/** L4Proxy as DescribeL4Proxy returns it: the record without what only the sandbox keeps. */
export function l4Info(l4: L4Record) {
  const { sandbox, ...fields } = l4;
  return fields;
}
