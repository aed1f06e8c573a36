/**
 * The grade bar's badge on the suggested grade. Its own module because the grade bar is in
 * /study's first load and the rest of the analysis strings are not (bench/README.md, page weight).
 */
export const koSuggestedBadge = "추천";
