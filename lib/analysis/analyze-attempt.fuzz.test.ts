import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeAttempt } from "./analyze-attempt";

const hangulish = fc.string({ unit: fc.constantFrom(..."가나다라SYN_ACK 신애크 음어그 은는이가을를 .,\n*`#-1".split("")), maxLength: 120 });
const text = fc.oneof(fc.string({ maxLength: 200 }), hangulish, fc.string({ unit: "grapheme", maxLength: 80 }));

describe("analyzeAttempt (property)", () => {
  it("never throws; coverage stays in [0, 1]; figures are finite", () => {
    fc.assert(
      fc.property(
        fc.record({ kind: fc.constantFrom("script", "steps", "qa", "followup", "other"), prompt: text, answer: text, steps: fc.option(fc.array(text, { maxLength: 5 })) }),
        text,
        fc.oneof(fc.integer({ min: -1000, max: 10_000_000 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0)),
        fc.integer({ min: -5, max: 1000 }),
        fc.array(fc.double(), { maxLength: 5 }),
        (card, transcript, durationMs, targetSeconds, earlierPaces) => {
          const a = analyzeAttempt({ card, transcript, durationMs, targetSeconds, earlierPaces });
          expect(a.coverage).toBeGreaterThanOrEqual(0);
          expect(a.coverage).toBeLessThanOrEqual(1);
          expect(Number.isFinite(a.pace.syllablesPerMinute)).toBe(true);
          expect(Number.isFinite(a.fillers.perMinute)).toBe(true);
          expect([1, 2, 3, 4]).toContain(a.suggestedRating);
          for (const k of a.keyPoints) for (const [s, e] of k.spans) expect(0 <= s && s < e && e <= transcript.normalize("NFC").length).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
