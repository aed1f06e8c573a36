/**
 * Candidate rules for the parts of a carded topic, scored by
 * scripts/parts-analysis.ts. Each maps a nested card's features to an action.
 */
import type { PartFeatures } from "./part-features";

export type PartRule = (p: PartFeatures) => "fold" | "followup" | null;

const gen = (p: PartFeatures) => p.shape === "gen-heading";
const asks = (p: PartFeatures) => p.shape === "q-heading" || p.shape === "q-line";

/** Candidate rules by name; the analysis prints each one's effect. */
export const RULES: Record<string, PartRule> = {
  "fold gen": (p) => (gen(p) ? "fold" : null),
  "fold gen, not title": (p) => (gen(p) && !p.ancestorIsTitle ? "fold" : null),
  "fold gen, prose>=20": (p) => (gen(p) && p.ancestorProse >= 20 ? "fold" : null),
  "fold gen, facet": (p) => (gen(p) && p.facetWord ? "fold" : null),
  "fold gen, facet|shared": (p) => (gen(p) && (p.facetWord || p.sharesSubject) ? "fold" : null),
  "fold gen, leaf": (p) => (gen(p) && p.children === 0 ? "fold" : null),
  "fold gen, leaf, own<100, shared": (p) => (gen(p) && p.children === 0 && p.ownLength < 100 && p.sharesSubject ? "fold" : null),
  "fold gen, bodiless parent, leaf, shared": (p) => (gen(p) && p.ancestorProse < 20 && p.children === 0 && p.sharesSubject ? "fold" : null),
  "fold gen, bodiless parent, leaf, facet": (p) => (gen(p) && p.ancestorProse < 20 && p.children === 0 && p.facetWord ? "fold" : null),
  "fold unnamed": (p) => (p.unnamed ? "fold" : null),
  "fold unnamed|gen facet,leaf,sibs<=3": (p) => (p.unnamed || (gen(p) && p.facetWord && p.children === 0 && p.siblings <= 3) ? "fold" : null),
  "follow q": (p) => (asks(p) ? "followup" : null),
  "follow q, not title": (p) => (asks(p) && !p.ancestorIsTitle ? "followup" : null),
  "follow q, ancestor prose>=20": (p) => (asks(p) && p.ancestorProse >= 20 ? "followup" : null),
};
