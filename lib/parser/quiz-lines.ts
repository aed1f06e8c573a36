/**
 * The lines a quiz item is written in: its choices, the heading over them,
 * spacing written as HTML, and the label its answer opens with.
 */

/** "- A: …", "B) …", "(c) …", "① …", "1. …", "ㄱ. …": one choice of a multiple-choice question. */
export const CHOICE = /^\s*(?:[-*+]\s+)?(?:[A-E][:.)]|\([A-Ea-e1-5]\)|[①②③④⑤]|[1-5][.)]|[ㄱ-ㅁ][.)])\s*\S/;
/** A choice named by a letter ("- A: …", "B) …"), not a numbered or circled point of an answer ("1. …", "①"). */
export const LETTERED_CHOICE = /^\s*(?:[-*+]\s+)?(?:[A-E][:.)]|\([A-Ea-e]\))\s*\S/;
/** "① FIFO ② LRU ③ OPT": choices written on one line. */
export const INLINE_CHOICES = /^\s*(?:[①②③④⑤][^①②③④⑤\n]+){2,}$/;
/** "보기:", "선택지": the heading of a question's choices. */
export const CHOICES_HEADING = /^\s*(\*\*)?(보기|선택지|choices?|options?)(\*\*)?\s*[:：]?\s*$/i;
/** A line of html markup alone ("<br>", "<p>", "</p>"): spacing between the material and what follows. */
export const LONE_TAG = /^\s*<\/?(br|p|div|hr)\b[^>]*>\s*$/i;
/** The answer opening with its label: "#### 답: D", "**정답**: …", "> 정답: …", "정답은 C입니다", "Answer: …". */
export const ANSWER_LABEL = /^\s*(>\s*)?(#{1,6}\s*)?(\*\*|__)?\s*((정답|답|answer)\s*(\*\*|__)?\s*[:：]|정답은\s)/i;

/** A line that says something: not blank, not a lone spacing tag. */
export const said = (line: string) => line.trim() !== "" && !LONE_TAG.test(line);
