/**
 * Follow-ups written in an answer as bold list items that ask, each answered
 * by what is indented under it (a Notion page exported as toggles: "- **OSI
 * 7계층을 나눈 이유는?**" answered, then "- **7계층에서 5계층으로 줄인 이유는?**"
 * nested in that answer over its own). They were the first question's answer.
 */
import { cleanAnswer, dedent } from "./draft";
import { isQuestion } from "./questions";
import type { FoldedQuestion } from "./pointed-back";

/** "- **…이유는?**", "- **A보다 많은** **B로 나눈 이유는?**": an item at the margin wholly in bold that asks. */
const BOLD_ITEM = /^[-*+][ \t]+((?:\*\*[^*\n]+\*\*[ \t]*)+)$/;

/** Characters of an answer once markers, emphasis and blank space are gone. */
const ownLength = (markdown: string) => markdown.replace(/^\s*([-*+]|\d{1,3}[.)])\s+/gm, "").replace(/[*_`>#\s]+/g, "").length;

/** Take the bold asking items at an answer's margin out of it, each with the lines indented under it as its answer. */
export function splitBoldAskedItems(answer: string): { answer: string; asked: FoldedQuestion[] } {
  if (!answer.includes("**")) return { answer, asked: [] };
  const lines = answer.split("\n");
  // (beside bold items that ask nothing, "- **ul ol의 차이**", "- **dl dt dd 란?**" is one point of the answer's outline)
  const bolds = lines.flatMap((l) => BOLD_ITEM.exec(l)?.[1]?.replace(/\*\*/g, "").trim() ?? []);
  if (bolds.some((b) => !/[?？]$/.test(b))) return { answer, asked: [] };
  const asked: FoldedQuestion[] = [];
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BOLD_ITEM.exec(lines[i]!);
    const question = m ? m[1]!.replace(/\*\*/g, "").replace(/\s+/g, " ").trim() : "";
    let j = i + 1;
    while (j < lines.length && (!lines[j]!.trim() || /^[ \t]{2,}\S/.test(lines[j]!))) j++;
    const body = cleanAnswer(dedent(lines.slice(i + 1, j).join("\n")).trim());
    if (!m || !/[?？]$/.test(question) || !isQuestion(question) || ownLength(body) < 10) {
      kept.push(lines[i]!);
      continue;
    }
    asked.push({ question, answer: body });
    i = j - 1;
  }
  const rest = cleanAnswer(kept.join("\n"));
  // (items that make up the whole answer are its outline, not questions asked next)
  return asked.length > 0 && ownLength(rest) >= 20 ? { answer: rest, asked } : { answer, asked: [] };
}
