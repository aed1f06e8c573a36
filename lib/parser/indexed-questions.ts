/**
 * A study team's note that opens with the questions it set ("# ❔ 질문" over "1. NSOperationQueue 와
 * GCD Queue 의 차이점을 설명하시오."), then answers them member by member under headings. A question
 * heading the opening list does not name, asked after one it names at the same depth under the same
 * heading, is the team's follow-up of that one ("## NSOperationQueue가 오버헤드가 더 발생하는 이유는
 * 무엇인가요?" after "## NSOperationQueue 와 GCD Queue 의 차이점을 설명하시오."). Before any heading the
 * list names, a member's question is one of its own; so is a topic heading ("## …를 생성하는 방법").
 */
import { RANK, linesOf, type Ctx } from "./context";
import type { CardDraft } from "./draft";
import { withoutGeneratedTail } from "./question-key";
import { cleanHeading, isQuestion, isRequest } from "./questions";

const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;

/**
 * How a question asks ("…에 대하여 설명하시오", "…은 무엇인가요?"): shared by questions about anything, so
 * two questions compared by their letters are compared without it.
 */
const ASKING_TAIL = /(에\s*(대해서?|대하여|관해서?)\s*)?((설명|말|말씀|얘기)\s*(해\s*(주세요|주십시오|보세요|봐|줘)|하시오|하세요|해주세요|해보세요)|알려\s*주세요|(은|는|이|가)?\s*(무엇인가요|무엇인가|무엇입니까|뭔가요|뭘까요|무엇일까요))?\s*[.?？!]*\s*$/;

/** The words of a question, for comparing two wordings: no numbering, asking tail, marks, spaces or case. */
const wordsOf = (text: string) =>
  withoutGeneratedTail(text)
    .trim()
    .replace(ASKING_TAIL, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/^\s*(q\s*)?\d{1,2}\s*[.)]\s*/i, "")
    .replace(/<[^>]*>|[\s*_`"'“”‘’.,!?？:：()[\]·\-]+/g, "");

/** A word that ends in a particle closes the question's subject ("UIKit 클래스들을", "GCD API 동작 방식과"). */
const PARTICLE_END = /(은|는|이|가|을|를|의|에서|에|와|과|란|이란|로|으로|도)$/;

/** What a question is about: its words up to the first one that ends in a particle, particle, marks and spaces aside. */
function subjectOf(text: string): string {
  const words = withoutGeneratedTail(text).replace(/^\s*(q\s*)?\d{1,2}\s*[.)]\s*/i, "").trim().split(/\s+/);
  const cut = words.findIndex((w) => PARTICLE_END.test(w.replace(/[?？.!,]+$/, "")));
  const head = cut === -1 ? words : words.slice(0, cut + 1);
  return wordsOf(head.join(" ").replace(/[?？.!,]+$/, "").replace(PARTICLE_END, ""));
}

interface Wording {
  words: string;
  subject: string;
  pairs: Map<string, number>;
}

function wordingOf(text: string): Wording {
  const words = wordsOf(text);
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) pairs.set(words.slice(i, i + 2), (pairs.get(words.slice(i, i + 2)) ?? 0) + 1);
  return { words, subject: subjectOf(text), pairs };
}

/**
 * Whether two wordings ask the same question: the list and the heading are written by different
 * members ("UIKit클래스들을 다룰 때 꼭 처리해야하는 스레드 이름은?" over "UIKit 클래스들을 다룰 때 꼭
 * 처리해야하는 애플리케이션 쓰레드 이름은 무엇인가?"): the same subject, and most of their letter pairs
 * shared. ("스레드 풀을 사용하는 이유는?" and "커넥션 풀을 사용하는 이유는?" share most letters but not
 * their subject; "HTTPS란?" and "HTTP란?" are too short to tell apart by letters.)
 */
function sameQuestion(a: Wording, b: Wording): boolean {
  if (a.words.length < 2 || b.words.length < 2) return false;
  if (a.words === b.words) return true;
  if (!a.subject || a.subject !== b.subject || Math.min(a.words.length, b.words.length) < 8) return false;
  let shared = 0;
  for (const [g, n] of a.pairs) shared += Math.min(n, b.pairs.get(g) ?? 0);
  return (2 * shared) / (a.words.length - 1 + b.words.length - 1) >= 0.6;
}

/** The questions a note opens with: listed (never headings) above its first answered question. */
function openingList(ctx: Ctx, lines: string[]): Ctx["unanswered"] {
  if (ctx.unanswered.length === 0 || ctx.drafts.length === 0) return [];
  const first = Math.min(...ctx.drafts.map((d) => d.lineStart));
  // (a heading left unanswered above the first answer, "# Context에 대하여 설명하시오" over empty parts, lists nothing)
  return ctx.unanswered.filter((u) => u.line < first && !HEADING.test(lines[u.line - 1] ?? ""));
}

/** The heading line a card was made from, with its depth and words; null for a card from a list item, a fold or prose. */
function headingOf(lines: string[], d: CardDraft): { depth: number; text: string } | null {
  const m = HEADING.exec(lines[d.lineStart - 1] ?? "");
  return m ? { depth: m[1]!.length, text: cleanHeading(m[2]!) } : null;
}

/**
 * Make each unlisted question heading after a listed one a follow-up of it (see the module comment).
 * Only in a team's note: its question headings sit under two or more headings that ask nothing (the
 * members' names); a question bank under one title, with a contents list out of date, is left alone.
 */
export function followIndexedQuestions(ctx: Ctx): void {
  const lines = linesOf(ctx.source);
  const listed = openingList(ctx, lines).map((u) => wordingOf(u.prompt));
  if (listed.length === 0) return;
  const drafts = [...ctx.drafts].sort((a, b) => a.lineStart - b.lineStart);
  const asking = (t: string) => isQuestion(t) || isRequest(t);
  const members = new Set(drafts.filter((d) => d.headingPath.length >= 2 && !asking(d.headingPath.at(-2)!) && asking(headingOf(lines, d)?.text ?? "")).map((d) => d.headingPath.slice(0, -1).join("\u0000")));
  if (members.size < 2) return;
  let runHead: { draft: CardDraft; depth: number; parentPath: string } | null = null;
  for (const d of drafts) {
    const heading = headingOf(lines, d);
    if (!heading || d.kind === "followup") continue;
    const parentPath = d.headingPath.slice(0, -1).join("\u0000");
    if (runHead && (heading.depth < runHead.depth || parentPath !== runHead.parentPath)) runHead = null;
    const wording = wordingOf(d.prompt);
    if (members.has(parentPath) && listed.some((l) => sameQuestion(l, wording))) {
      runHead = { draft: d, depth: heading.depth, parentPath };
      continue;
    }
    if (!runHead || heading.depth !== runHead.depth || d.kind !== "qa" || d.parentDraft) continue;
    // (a topic of the member's own, "## …를 생성하는 방법", ends the run of follow-ups)
    if (!asking(heading.text)) {
      runHead = null;
      continue;
    }
    d.idKind ??= d.kind;
    d.kind = "followup";
    d.rank = RANK.followup;
    d.parentDraft = runHead.draft;
  }
}

/**
 * The opening list's questions that a heading below answers, worded a little differently: no
 * questions left unanswered. (Run once listed questions have given their words to the cards that
 * explain them exactly, so those keep the list's wording.)
 */
export function dropListedAnsweredBelow(ctx: Ctx): void {
  const lines = linesOf(ctx.source);
  const listed = openingList(ctx, lines);
  if (listed.length === 0) return;
  const answered = ctx.drafts.filter((d) => headingOf(lines, d)).map((d) => wordingOf(d.prompt));
  const dropped = new Set(listed.filter((u) => {
    const wording = wordingOf(u.prompt);
    return answered.some((a) => sameQuestion(wording, a));
  }));
  if (dropped.size > 0) ctx.unanswered = ctx.unanswered.filter((u) => !dropped.has(u));
}
