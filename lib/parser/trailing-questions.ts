/**
 * Questions jotted after an answer, a line each with nothing under them
 * ("> DBCP에 대해 설명해주세요." answered, then "DB Lock에 대해 설명해주세요.",
 * "트리거가 무엇인지 설명해주세요." …): the note's next questions, still to be
 * answered, not the end of that answer.
 */
import { hedges } from "./numbered-paragraphs";
import { isPlaceholderAnswer } from "./placeholder-answer";
import { isQuestion, isRequest } from "./questions";

/** "A :", "답:", "Answer." before a line: what was said back, whatever its form. */
export const ANSWER_LABEL = /^(A|답변?|대답|[Aa]nswer)\s*\d{0,3}\s*[.:)：]/;
/** "그럼 …?", "→ …?": a question that says it asks on. */
const ASKS_ON = /^(그럼|그렇다면|그러면|그런데|→|->|=>|↳|└)\s*/;
/** "…설명해주세요.", "…말해 보세요.", "…비교하시오.": a request for an answer (advice, "…사용하세요.", "…확인하세요.", asks none). */
// (a word of its own: "재정의하세요" is advice, not "정의하세요")
const REQUESTS_AN_ANSWER = /(^|[\s을를에서해])(설명|말씀|말|서술|비교|정의|답변?|대답|얘기|이야기|소개|나열|구분)\s*(을|를)?\s*(해\s*)?(주세요|주십시오|보세요|하시오|하세요|해\s*주세요|해\s*보세요)[.!]?$|알려\s*주세요[.!]?$/;
/** "LRU?", "…프레임이 너무 적어서?": a guess put with a question mark, an answer. */
const GUESSES = /^[^가-힣]*[?？]$|(어서|아서|라서|여서|해서|때문|거든)\s*[?？]$/;

/** The paragraph as a line of text: only markup around the whole of it goes ("**…?**", "`…`"; "__init__", "SELECT *" stay). */
function asLine(paragraph: string): string {
  return paragraph.trim().replace(/^(\*\*|__)(.+)\1$/, "$2").replace(/^\*([^*].*)\*$/, "$1").trim();
}

const requests = (line: string) => REQUESTS_AN_ANSWER.test(line) && isRequest(line);

/** A paragraph that is one sentence asking with its mark or requesting an answer ("…설명해주세요."), never a hedge or a guess. */
export function asksInOneLine(paragraph: string): boolean {
  const line = asLine(paragraph);
  if (line.includes("\n") || line.length > 100 || /^([-*+>#|]|\d{1,3}[.)]|```|~~~|<)/.test(line) || ANSWER_LABEL.test(line) || /[.!。]\s+\S/.test(line) || isPlaceholderAnswer(line)) return false;
  const plain = line.replace(/`/g, "");
  return (/[?？]$/.test(plain) && !GUESSES.test(plain) && isQuestion(plain) && !hedges(plain)) || requests(plain);
}

/**
 * The one line written under a question, when it is a second question rather than an answer put as one ("…꼬이지
 * 않겠어요?", "EXPLAIN 말씀하시는 건가요?" answer): a request, a question that says it asks on ("그럼 …?", "→ …?",
 * "**…?**"), or any asking line where the note marked the answer still to write ("<!-- TODO -->").
 */
export function secondQuestionAlone(paragraph: string, markedToDo: boolean): boolean {
  if (!asksInOneLine(paragraph)) return false;
  const line = asLine(paragraph).replace(/`/g, "");
  return markedToDo || requests(line) || ASKS_ON.test(line) || /^\s*(\*\*|__)[^*_]+(\*\*|__)\s*$/.test(paragraph);
}

/** "아래 질문들을 던집니다.", "받은 질문은 다음과 같다:", "세 가지를 묻습니다": a line announcing the questions after it, which then are its content. */
export const ANNOUNCES = /[:：]\s*$|아래|다음과\s*같|다음\s*(의|질문)|(두|세|네|다섯|여러|\d)\s*가지|질문들/;
/** "마지막으로 궁금한 점 있으신가요?": a question whose answer is the questions asked back. */
const ASKS_FOR_QUESTIONS = /궁금한\s*(점|것|게)|역질문|질문(이|을)?\s*(하고\s*싶|있으|있나|있습)/;

/**
 * The answer without the questions jotted after it, and those questions, when
 * two or more such one-line paragraphs end it and something else comes before
 * them that does not announce them.
 */
export function splitTrailingQuestions(answer: string, prompt = ""): { answer: string; asked: string[] } | null {
  if (ASKS_FOR_QUESTIONS.test(prompt)) return null;
  const paragraphs = answer.trimEnd().split(/\n[ \t]*\n/);
  let from = paragraphs.length;
  while (from > 0 && asksInOneLine(paragraphs[from - 1]!)) from--;
  if (paragraphs.length - from < 2 || from === 0 || ANNOUNCES.test(paragraphs[from - 1]!.trim())) return null;
  return { answer: paragraphs.slice(0, from).join("\n\n"), asked: paragraphs.slice(from).map(asLine) };
}
