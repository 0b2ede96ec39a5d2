/** Values a message template can name, e.g. `{name}` in "The parameter `{name}` is missing". */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * An error the sandbox answers inside the `{"Response": {"Error": ...}}` envelope with HTTP 200, as the API does.
 * Handlers throw it; the message is worded later, in the caller's X-TC-Language.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = "ApiError";
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
