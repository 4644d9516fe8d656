/**
 * A value built on first use, then kept. The zod schemas are built this way: a lint with no
 * configuration, cache or baseline uses none of them, and building them all at module load
 * was about a tenth of a one-form run's start-up.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
