import { randomUUID } from "node:crypto";

/**
 * A fresh ClientToken (36 ASCII characters, within the API's 64). Made once per logical request, before the
 * first attempt, so every retry carries the same one and the server can recognise them as one request.
 */
export const newClientToken = (): string => randomUUID();
