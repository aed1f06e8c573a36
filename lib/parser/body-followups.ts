/**
 * Questions written inside a topic's own explanation, and questions that
 * point back at the one before them: both are follow-ups, not new topics.
 */
import type { Block } from "./blocks";
import type { CardDraft } from "./draft";
import { isNoise } from "./draft";
import { textOf } from "./markdown";
import type { Segment } from "./segments";

/**
 * "그럼 …?", "그렇다면 …?", "이러한 문제를 해결하기 위한 …?", "…라고 하셨는데 그럼 …?", "더 추가적인 …은 없나요?",
 * "그 외에 …?" (and MENTIONED_BEFORE below): words that point back ("추가적인 메모리 없이 …?", "또 다른 프로세스의 …?" ask on their own).
 */
const POINTS_BACK_WORDS = /^[+\s]*(\((위|앞|이전)\s*(질문|문제)[^)]*\)|(그렇다면|그러면|그럼|그렇담|그런데|이러한|이런|그러한|그런|그것(에\s*대한|에\s*대해서?|의)|위와\s*같은|then|so then|더\s*추가(적인|적으로|로)|추가(적으로|로)\s*(더|또)|그\s*(외|밖)에(도|는)?)[\s,]|(위|앞)(의)?\s*(문제|(꼬리\s*)?질문|상황|경우|현상|문제점)(을|를|은|는|이|가|에|에서|의)?[\s,])|^[^?？\n]{2,80}?(다|라)고\s*(하셨|말씀하셨|(말씀|설명|얘기|이야기)해\s*주셨|(얘기|이야기|언급)하셨|했|하셨었)(는데|잖아요|죠)[\s,]/i;

/**
 * "캐시와의 차이는 뭔가요?": a comparison with one side left out, the one just asked about ("추상 클래스와 인터페이스와의
 * 차이는?" names both sides and asks on its own). Read in question headings only: inside an explanation the same words
 * are the writer's own rhetoric ("Hashtable과의 차이는 무엇일까? …").
 */
export const ONE_SIDE_LEFT_OUT = /^(?:(?![와과]\s)[^?？\s])(?:(?![와과]\s)[^?？\n]){0,40}?(와|과)의\s*(차이점?|공통점|관계)(은|는|이|가)?(\s|[?？]|$)/;

/**
 * "…에 대해 더 자세하게 설명해주세요", "좀 더 구체적으로 말해 주세요": a request for more of what was just answered, in its
 * first sentence (after a paragraph of the asker's own doubts, "…조금 더 자세히 설명해 주실 수 있나요?" asks on its own).
 */
export const MORE_DETAIL = /^([^.?？!\n]{0,50}\s)?(좀\s*|조금\s*)?더\s*(자세(히|하게)|구체적으로|깊이|깊게)\s[^.?？!\n]{0,20}?(설명|말해|말씀)/;

/** "(apache와 nginx 중 하나를 언급했으면) …?": asked only if the answer before it went there. */
export const ASKED_IF_MENTIONED = /^[+\s]*\([^()\n]{2,60}?(언급|말|답|대답|얘기|이야기|설명)(을\s*)?(했|하였)(으면|다면)\)\s*\S/;

/**
 * A question that opens by pointing back at the previous answer, in words or
 * by a condition on it: it follows that question up.
 */
/**
 * "만약에 끝에서만 삽입한다면 …?", "만약 레이어를 지우면 …?": a case put to the answer just given. Read where questions follow
 * one another (headings, question lines, list items, folds); in an explanation the same words are the writer's example.
 */
// (…and "…방식 말고 다른 모델도 있나요?", "…도 같은 현상이 일어나나요?": asking past, or again, what that answer named)
export const HYPOTHETICAL = /^[+\s]*만약(에)?[\s,]|\S\s*말고\s*(다른|또)\s|같은\s*(현상|문제|상황|결과)(이|가|도|은|는|을|를)?\s/;

/**
 * "…해결할 수는 없는 것 아닌가?", "…지장이 있지 않나요?": a question doubting what the answer before it claimed. Only read
 * between question lines, as an interview is written down (a bank of question headings asks such things on its own);
 * "왜 …하지 않나요?" and the other asking words open a question of their own.
 */
export const DOUBT = /^(?![^?？]*(왜|어떻게|어떤|무엇|뭐|뭘|언제|어디|누가|몇))[^?？]*\S\s*(아닌가요?|아닐까요?|않나요|않을까요?|않습니까)\s*[?？]*\s*$/;

/** "각각에 대해서 …", "말하신 디자인패턴을 …", "퀵소트를 말했는데, …": a question about what the answer just before it said ("아까 …를 말했는데" reaches further back). */
export const MENTIONED_BEFORE = /^[+\s]*(각각(에\s*대해(서)?|을|를)|(말|언급|설명|얘기|이야기|말씀)(하|해\s*주)신|(?![^?？\n]{0,40}(아까|앞서|처음에|이전에|지난번))[^?？\n]{2,40}?(을|를)\s*(말|언급|얘기|이야기)(했|하셨)(는데|으니|으니까),?)[\s,]/;

export const POINTS_BACK = new RegExp(`${POINTS_BACK_WORDS.source}|${ASKED_IF_MENTIONED.source}|${MENTIONED_BEFORE.source}`, POINTS_BACK_WORDS.flags);

/** The last question card made from a `<details>` or question line, per section. */
const LAST_ASKED = new WeakMap<object, CardDraft>();

export function lastAsked(section: object): CardDraft | undefined {
  return LAST_ASKED.get(section);
}

export function rememberAsked(section: object, draft: CardDraft | null): void {
  if (draft) LAST_ASKED.set(section, draft);
}

/** "질의응답", "Q&A", "면접 질문": a heading that collects questions, each its own topic. */
const QUESTION_COLLECTION = /^(질의\s*응답|질문\s*(과|및|&)?\s*답변|q\s*(&|and|n)\s*a|faq|(예상\s*|면접\s*|기술\s*)질문(\s*모음)?)$/i;

/** Whether a heading collects questions (its questions are topics, not follow-ups). */
export function collectsQuestions(title: string): boolean {
  return QUESTION_COLLECTION.test(title.replace(/[\s:.]+$/, "").trim());
}

/**
 * Index of the first question (`<details>` question or question line) in a
 * topic's body when the topic is first explained in prose of its own (20
 * characters or more before it, an example's code counting, the same bar as
 * a question sub-heading's topic), else -1: those questions then follow the
 * topic up ("## 시스템 콜" + explanation + "<summary>왜 직접 쓰지 않을까?</summary>").
 */
export function firstQuestionAfterExplanation(segments: Segment[], source: string): number {
  const at = segments.findIndex((s) => s.kind === "question" || s.kind === "details");
  if (at <= 0) return -1;
  const prose = segments
    .slice(0, at)
    .filter((s) => s.kind === "free")
    .flatMap((s) => s.blocks)
    .filter((b: Block) => !isNoise(b, source) && (b.node.type === "paragraph" || b.node.type === "list" || b.node.type === "code"))
    .map((b) => (b.node.type === "code" ? b.node.value : textOf(b.node)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return prose.length >= 20 ? at : -1;
}
