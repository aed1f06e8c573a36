/**
 * What a question gives rather than what answers it: the code a quiz asks
 * about ("질문: 아래 코드의 결과값은?" + a code block), the terms a question
 * lists ("다음 헤더들에 대해 설명해주세요." + a list of names), or follow-up
 * questions nested under it with a note after them.
 */
import { isRequest } from "./questions";

/** A question that points at material written with it: the code below, the following items, a value or output. */
const POINTS_AT_MATERIAL = /(아래|다음|위|이|해당)의?\s*(코드|구문|식|예제|항목|목록|용어|헤더|것들?)|(다음|아래)\s*(\S+\s){0,2}\S+들|(결과|출력|반환|리턴)\s*값|의\s*값은|출력\s*결과|output|following|below/i;

const LIST_ITEM = /^\s*([-*+]|\d{1,3}[.)])\s+/;

/** A question that asks to pick among choices ("틀린 것을 골라주세요", "옳은 것을 모두 고르시오", "Choose the …"). */
export const ASKS_TO_CHOOSE = /(것|답|항목|보기|설명|문장)[을를]\s*(모두\s*)?(고르\s*(시오|십시오|세요|고\s)|골라\s*(주|줘|보))|^\s*(choose|select)\s+(the|all|one|two|three)\b/i;

/** A choice marked as the pick, or a line giving it: bold, a check, "정답", "답:", an arrow pointing at it, "틀림"/"맞음". */
const CHOICE_MARKED = /\*\*|__|✅|✔|⭕|정답|answer|(^|\s)답\s*[:：]|←|<-|틀림|맞음/i;

/** Two or more list items, each one line of at most 120 characters, none marked as the right one (bold, ✅, "정답"). */
function isPlainChoiceList(answer: string): boolean {
  const lines = answer.split("\n").filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => LIST_ITEM.test(l) && l.length <= 120 && !CHOICE_MARKED.test(l));
}

/**
 * Whether an "answer" is only what the question gives: a lone code block (or up
 * to three unfenced lines of code) under a question that points at code, or a list of short terms (no
 * sentence among them) under a question that points at what follows.
 */
export function isGivenMaterial(prompt: string, answer: string): boolean {
  const t = answer.trim();
  // "틀린 것을 골라주세요." over its numbered choices, none marked: the choices are given, the pick is not written
  if (ASKS_TO_CHOOSE.test(prompt) && isPlainChoiceList(t)) return true;
  if (!POINTS_AT_MATERIAL.test(prompt)) return false;
  // one fenced code block and nothing else
  const fences = t.split("\n").filter((l) => /^\s*(`{3,}|~{3,})/.test(l)).length;
  if (fences === 2 && /^(`{3,}|~{3,})/.test(t) && /(`{3,}|~{3,})$/.test(t)) return true;
  const lines = t.split("\n").filter((l) => l.trim());
  // (…or a few lines of code written without a fence, "Ball *ball = [[Ball alloc] init];" under "다음 코드를 실행하면 …")
  if (/코드|구문|code/i.test(prompt) && lines.length > 0 && lines.length <= 3 && lines.every((l) => !/[가-힣]/.test(l) && /[;{}=[\]]/.test(l))) return true;
  // (…unless some of the terms are set in bold: a quiz marks its right choices so, and they answer it)
  const bold = lines.filter((l) => /^\*\*.+\*\*$/.test(l.replace(LIST_ITEM, "").trim())).length;
  if (bold > 0 && bold < lines.length) return false;
  return lines.length > 0 && lines.every((l) => LIST_ITEM.test(l) && l.replace(LIST_ITEM, "").trim().length <= 40 && !/[.다요]$/.test(l.trim()));
}

/** A nested item that asks in its first sentence ("…무엇인가요? (IIFE에만 해당)"): a question, not an answer. */
export function asksFirst(item: string): boolean {
  const t = item.replace(/[*_`]/g, "").trim();
  return isRequest(t);
}
