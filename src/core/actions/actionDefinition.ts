import type * as z from "../zod";
import type { PathFinding } from "../validation/finding";
import type { Bilingual } from "./param";

export type Service = "gaap" | "teo";

/** A request as read from a file: parameters by name, integers already coerced from decimal strings. */
export type RequestParams = Readonly<Record<string, unknown>>;

/** One API action: its parameters, its conflict rules and its starting template. */
export interface ActionDefinition {
  name: string;
  service: Service;
  /** The API version the action belongs to (the request file's optional `Version`). */
  version: string;
  /** Sending it costs money or changes a billed resource, so the editor sends it through the preflight panel. */
  billable: boolean;
  doc: Bilingual;
  /** Every documented parameter except the common Action, Version and Region. */
  params: z.ZodObject;
  /** Conflicts between parameters, from the official docs (offline: no account needed). */
  rules(request: RequestParams): PathFinding[];
  /** A new request file's content. */
  template: Record<string, unknown>;
}

export const SERVICE_VERSIONS: Record<Service, string> = { gaap: "2018-05-29", teo: "2022-09-01" };
