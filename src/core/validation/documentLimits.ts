/** How much of a document validation reads, and how much of what it finds it reports. */
export interface DocumentLimits {
  /** Characters (UTF-16 code units). A longer text is one "too large" finding and is not read further. */
  maxLength: number;
  /** Nested objects and arrays, the root included. A deeper text is one "too deep" finding. */
  maxDepth: number;
  /** Findings reported; the rest are counted in one "… and N more" finding. */
  maxFindings: number;
}

/**
 * Request files. The largest request the API accepts as valid is about 5 KB (50 tags of 128 + 256 characters at
 * most); 2 MiB is 400 times that and well inside the 10 MB an API 3.0 POST may carry, so no real file reaches it,
 * and validating a file of that size stays a matter of tens of milliseconds. The deepest request is 3 levels (root,
 * TagSet, tag); 32 leaves room for any future action. 500 findings is more than anyone reads in a Problems list.
 */
export const DOCUMENT_LIMITS: DocumentLimits = { maxLength: 2 * 1024 * 1024, maxDepth: 32, maxFindings: 500 };

/** `tcaccel.json`: a few hundred bytes in practice (a rules object of finding codes), two levels deep. */
export const CONFIG_LIMITS: DocumentLimits = { maxLength: 256 * 1024, maxDepth: 8, maxFindings: 100 };

/** Counts the steps validation takes (tokens, parser events, nodes walked): a measure of work that is not time. */
export interface ValidationMeter {
  steps: number;
}
