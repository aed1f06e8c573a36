import { ko } from "./ko";

/** The active UI strings. English can follow as another `Messages` object. */
export const t = ko;
export type { Messages } from "./ko";
