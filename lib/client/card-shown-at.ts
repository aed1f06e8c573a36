/** The parts of `Performance` the first card's clock reads (a parameter, so tests pass their own). */
export type PaintClock = Pick<Performance, "now" | "getEntriesByName">;

/**
 * When a card came on screen, on the `performance.now()` clock. A card that arrived in the page's
 * HTML was visible from the first contentful paint, before the page's JavaScript hydrated it: its
 * answer clock starts there, not at hydration (seconds later on a slow phone). Any other card is
 * shown when it mounts.
 */
export function cardShownAt(withPage: boolean, clock: PaintClock = performance): number {
  const now = clock.now();
  if (!withPage) return now;
  const paint = clock.getEntriesByName("first-contentful-paint")[0];
  return paint && paint.startTime <= now ? paint.startTime : now;
}
