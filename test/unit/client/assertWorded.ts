import { strict as assert } from "node:assert";
import { explainApiError } from "../../../src/core/errors/explainError";

/** The error's explanation is complete in both languages: every placeholder filled from its details. */
export function assertWorded(error: { code: string; httpStatus?: number; details?: Readonly<Record<string, string | number>> }): void {
  for (const language of ["en", "zh-CN"]) {
    const { what, todo } = explainApiError(error, language);
    assert.doesNotMatch(what + todo, /\{\w+\}/, `${error.code} in ${language}: ${what} ${todo}`);
  }
}
