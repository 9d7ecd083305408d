/**
 * Shared helpers for the domain tests. The test machine may well run in UTC, where local and UTC
 * days coincide and time-zone bugs hide; these helpers run code in a zone where they show.
 */

/** Runs `fn` with the process time zone set to `zone` (Node applies TZ changes at once). */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

export function at(iso: string): Date {
  return new Date(iso);
}
