/** Public entry point of the Markdown → cards parser. */
export { parseDeck } from "./parse-deck";
export { josa, hasFinalConsonant, isPoliteProse } from "./korean";
export { fnv1a64 } from "./ids";
export * from "./types";
export { questionKey } from "./question-key";
