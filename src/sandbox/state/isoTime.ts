/** EdgeOne's time format: ISO 8601 in UTC to the second ("2024-05-01T08:00:00Z"). */
export const isoTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
