// Instants in signed files (a manifest's createdAt, a receipt's receivedAt) have one spelling: UTC with
// milliseconds, as toISOString() writes it. People and scripts may give any RFC 3339 time with an explicit offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `2026-11-22T09:00:00+08:00` → `2026-11-22T01:00:00.000Z`; undefined for anything that is not such a time. */
export function normalizeInstant(value: string): string | undefined {
  const ms = RFC3339.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The one spelling signed files use (and a real time: no 2026-02-30). */
export function isCanonicalInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
}
