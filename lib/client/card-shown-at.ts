/** The parts of `Performance` the first card's clock reads (a parameter, so tests pass their own). */
export type PaintClock = Pick<Performance, "now" | "getEntriesByName" | "getEntriesByType">;

/** The path of the URL this document was loaded from (its navigation entry), if known. */
function documentPath(clock: PaintClock): string | null {
  const entry = clock.getEntriesByType("navigation")[0];
  try {
    return entry ? new URL(entry.name).pathname : null;
  } catch {
    return null;
  }
}

/**
 * When a card came on screen, on the `performance.now()` clock. A card that arrived in the page's
 * HTML was visible from the first contentful paint, before the page's JavaScript hydrated it: its
 * answer clock starts there, not at hydration (seconds later on a slow phone). That holds only
 * when this document was loaded at the study page itself (`currentPath`): after a client-side
 * visit from another page, the first paint was that page's. Any other card is shown when it mounts.
 */
export function cardShownAt(withPage: boolean, clock: PaintClock = performance, currentPath?: string): number {
  const now = clock.now();
  // Server rendering has no location (and its value is replaced on hydration).
  currentPath ??= typeof location === "undefined" ? "" : location.pathname;
  if (!withPage || documentPath(clock) !== currentPath) return now;
  const paint = clock.getEntriesByName("first-contentful-paint")[0];
  return paint && paint.startTime <= now ? paint.startTime : now;
}
