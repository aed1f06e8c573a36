/**
 * Recognising questions and cleaning prompt text.
 */
import { remembered } from "./memo";
import { FINAL, finalOf } from "./korean";
import { endsWondering, isAskedSentence } from "./asked-sentence";

/** `Q.`, `Q1.`, `Q:`, `Q)`, `Q 2.` at the start of a line (after emphasis is removed). */
// (an emoji may mark it: "⭐ Q. …", "⭐Q. …")
const Q_PREFIX = /^\s*(?:\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*\s*)?(Q\s*\d{0,3}(-\d{1,3})?\s*[.:)：]|Q\s*\d{1,3}-\d{1,3}(?=\s)|[Qq]uestion\s*\d{1,3}(-\d{1,3})?\s*[.:)：](?=\s*\S)|(면접관|interviewer)\s*[:：]|([\p{L}\p{N}]{1,10}['’]s\s+)?질문\s*(\d{1,3}|내용)?\s*[:：]|(공통|개인|메인|기본|핵심|대표|오늘의|면접)\s*질문\s*[:：](?=[^\n]*([?？]|요|오)[.!]?\s*$)|질문\s*\d{1,3}\s*[.)])\s*/u;
/** `A.`, `A1:`, `A)` at the start of an answer. */
const A_PREFIX_TEXT = /^\s*(A|답변?|(나|지원자|본인|me)(?=\s*[:：]))\s*\d{0,3}\s*[.:)：]\s*/;
/** Same, but in Markdown source, where the marker may be wrapped in emphasis ("**A.**", "**나**:"). */
// ("👉 A. …": a pointing emoji before the label; "Answer: …"; a bold "**답변** …" with no colon may be the sentence's subject)
const A_PREFIX_SOURCE = /^[ \t]*(#{1,6}[ \t]+)?(?:[👉➡️✅💡]\uFE0F?[ \t]*)?(\*\*|__)?(\*|_)?(A\s*\d{0,3}\s*[.:)：]|답변?\s*\d{0,3}\s*[.:)：]|[Aa]nswer\s*[:：]|(A|답변?|나|지원자|본인|me|[Aa]nswer)(\*\*|__|\*|_)\s*[:：]|(나|지원자|본인|me)\s*[:：])(\*\*|__)?(\*|_)?[ \t]*\n?/u;

/** Korean endings that make a heading a question even without "?". */
/**
 * A question word standing as a word ("왜 ", "무슨 ", "뭐지", "어디로 ", never "언제나", "무엇보다",
 * "누구나", "어떻게 보면", "어느 정도"), in a sentence ending in "-지" ("…필요하지", "…의미지").
 */
const ONESELF_WORD = /(?:^|[\s,(])(?:왜(?!냐)|무슨|뭐|뭘|무엇|어떻게|어디|어느|어떤|언제|얼마나|누가|누구|몇)(?:가|를|이|을|로|에|에서|서|는|지|이지)?(?=[\s,?]|$)/;
const ONESELF_NOT = /어떻게\s*보면|어느\s*정도|어떻게든/;
// ("…라는 말의 의미는", "캐시를 쓰는 이유는": a facet asked with its particle, the "?" left off, of something named
// before it; "동작 원리는" alone is a label, "첫 번째 이유는", "그 밖의 이유는" lead into a reason, "이 글의 목적은" into the note)
// ("…구현할 수 있지 않나": a question in plain speech, ending so)
const KOREAN_QUESTION_END = /(지\s*않나|인가요|일까요|할까요|을까요|까요|나요|습니까|입니까|시겠어요|는가|일까|할까|뭘까|란|이란|무엇인가|무엇일까|무엇인지|뭔가요|뭐죠|차이점은|차이는|(?<!(밖|다른|번째|^[이그본]\s*\S{1,3})의\s*)(?<=(의|\S[는은한할될인])\s*)(의미|이유|방법|원리|목적|역할|원인|기준)(은|는)|면서요|는지요)$/;

/**
 * Requests that make a line a question although it has no "?": 설명해 주세요
 * (and its spacing/typo variants), 설명하시오, 말해 보세요, 알려 주세요, 궁금합니다 …
 */
export const REQUEST_END = new RegExp(
  "(" +
    [
      // 설명해 주세요 and its spellings and typos: 설명해주세여, 설명 해주세용, 비교해 주십시오, 말해 주시오, 말씀해 주실 수 있나요
      "(해|어|아|여|워|들어|보여|알려|말해|말씀해|적어|그려|골라|써|설\\s*명\\s*해|설명)\\s*(주|줘|보)\\s*(세요|세여|세용|셰요|새요|시오|시요|십시오|십시요|시겠어요|시겠습니까|실래요|실\\s*수\\s*있나요|시기\\s*바랍니다)",
      // 설명하시오, 서술하시오, 답하시오, 쓰시오, 설명하세요, 설명하라, 설명해라
      "(하|해|보|쓰)\\s*(시오|시요|십시오|십시요|세요|세여|라)",
      // "OSI 7계층에 대해 설명하여라", "…방식을 예로 보여라": the written imperative
      "하\\s*여\\s*라|보\\s*여\\s*라|보\\s*이\\s*(시오|십시오)",
      // a quiz's instruction: "올바른 설명을 고르시오", "빈칸에 알맞은 말을 적으시오", "빈칸을 채우시오"
      "(고르|적으|밝히|찾으|채우|구하|그리)\\s*(시오|십시오|세요)",
      // "…요인을 2개 찾아라", "…를 골라라": the same instruction in the plain imperative
      "(찾아|골라|적어|구해|그려|밝혀)\\s*라",
      // "…방식을 설명해봅시다.", "…이론을 알아봅시다.": an exercise's prompt, put as "let us"
      "(설\\s*명|말|생각|구상|정리|비교|이야기|얘기|서술)\\s*해\\s*봅시다|알아\\s*봅시다",
      // "immutable에 대해서 설명 좀", "…설명 좀 해 줘": a request put casually
      "설\\s*명\\s*좀(\\s*(해\\s*(줘|봐)(요)?|부탁(해|해요|합니다|드립니다)))?",
      "설\\s*명\\s*(해|해\\s*(주|줘|보)|하)\\s*(세요|시오|십시오|주세요|줘)",
      // "…에 대해 설명해주세": the same request with its last syllable lost
      "설\\s*명\\s*해\\s*(주|줘)\\s*세",
      "해\\s*줘요?",
      // "반응형에 대해 설명해달라", "…말해 달라": a request reported in the plain style
      "(설\\s*명|말|알려|얘기)\\s*해?\\s*달라",
      "해\\s*봐라?",
      "(설명|답변|답)\\s*(바랍니다|바람|부탁\\s*(드립니다|드려요|해요|합니다))",
      "(말|얘기|이야기)\\s*해\\s*(주|보)\\s*세요",
      "궁금합니다|궁금해요|무엇인가요|무엇입니까|뭔가요|뭘까요|인가요|일까요|할까요|을까요|는가요|나요|습니까|입니까",
    ].join("|") +
    // ("…비교해 주세요,": a comma left where the writer stopped)
    ")\\s*[.!~]*[,，]?$",
);

/**
 * Advice and instructions to the reader end like a request but ask nothing
 * an interviewer would: 확인해 보세요, 생각해 보세요, 입력해 주세요, 참고해 주세요, and an exhortation, "…을 선택하라!!"
 * (an item title in the imperative, "…를 피하라", is asked as written).
 */
const ADVICE_END = /(확인|생각|입력|작성|기입|클릭|선택|참고|참조|기억|주의|문의|연락|공유|제보|추가|수정|삭제|체크|시도|연습|활용|사용|구독|방문|읽어|따라)\s*(해|하여)?\s*(주|줘|보)\s*(세요|십시오|세여)\s*[.!~]*$|(하|해)\s*라\s*!+\s*$/;

/** Whether a request-like ending is advice to the reader rather than a question. */
export function isAdvice(text: string): boolean {
  // ("…합치는 코드를 작성해 보세요.": a coding question, not advice to the reader)
  return ADVICE_END.test(text.trim()) && !WRITES_CODE.test(text);
}

/**
 * A request to write code that says what the code does: "…합치는 코드를 작성해 보세요", "디바운스 함수를 구현해
 * 보세요" (a template's bare "코드를 작성해 주세요", "여기에 코드를 작성해 주세요" says nothing and stays advice).
 */
const WRITES_CODE = /^(?!\s*(여기|아래|밑|이곳|빈칸|다음\s*칸)에)[^\n]*\S\s+(코드|함수|메서드|메소드|클래스|프로그램|쿼리|알고리즘)(을|를)?\s*(직접\s*)?(작성|구현)/;

/** An English question written without "?": "What are behavioral interviews", "How to prepare for …". */
const ENGLISH_QUESTION = /^((what|why|how|when|where|which|who)(\s+(is|are|was|were|do|does|did|can|could|should|would|will|to|much|many|long|often))\s+\S+|why\s+\S+\s+\S+\s+\S+)/i;

/** An interviewer's request in English: "Tell me about a time …", "Talk about your favorite project", "Walk me through …". */
const ENGLISH_REQUEST = /^(tell\s+(me|us)\s+(about|how|why|what|a\s+time)|talk\s+about|walk\s+(me|us)\s+through|describe\s+(a|an|your|how|what|when)|explain\s+(a|an|your|the|how|what|why)|give\s+(me\s+|us\s+)?an?\s+example|share\s+(a|an|your))\s+\S/i;
/** A request jotted without its verb ending: "블록체인에 대해 간단하게 설명", "딥러닝과 머신러닝의 차이점 설명", "…를 실행 컨텍스트를 통해 설명". */
// ("…왜 해야 하는지 설명": an indirect question, then the bare verb)
const JOTTED_REQUEST = /((을|를|에\s*대해서?|에\s*대하여|차이점?|\S\s*개념|\S(는|은|할|한|인|일|던)지)|\S\s+(통해|통하여|이용해|이용하여|비교해|비교하여|들어|중심으로|바탕으로))\s*(간단(하게|히)\s*)?설명$/;

/** A branch mark that hangs a follow-up under the question before it: "↳", "└", "ㄴ" (then a space). */
/** "[꼬꼬무1]", "[꼬리 질문]", "(꼬꼬무)": a bracketed marker that makes a question the follow-up of the one before it. */
// ("Q-(꼬리질문). …?": the same marker after a question's "Q", closed by a dot)
export const BRACKETED_FOLLOWUP = /^\s*(Q\s*[-–.]?\s*)?[[(【]\s*(꼬꼬무|꼬리\s*질문|꼬리)\s*\d{0,2}\s*[\])】]\s*[.:：]?\s*/u;

// ("→ 그럼 …?": an arrow leading a question points on from the one before it, as a branch does)
export const FOLLOWUP_BRANCH = /^\s*(↳|⤷|└|┗|╰|┖|ㄴ(?=\s)|(→|->|=>|⇒|➜|➡\uFE0F?)(?=\s))[─━-]*\s*/u;

/** Whether text starts with a `Q.`-style marker. */
export function hasQuestionPrefix(text: string): boolean {
  // "면접관: 좋습니다." is the interviewer talking; only what they ask is a question
  if (INTERVIEWER.test(text)) return /[?？]|(까요|나요|가요|세요|시오|니까|부탁드립니다|부탁드려요|바랍니다)[.!]?\s*$/.test(text.replace(INTERVIEWER, ""));
  return Q_PREFIX.test(text);
}

const INTERVIEWER = /^\s*(면접관|interviewer)\s*[:：]\s*/i;

/** Remove a `Q.`-style marker. */
export function stripQuestionPrefix(text: string): string {
  // ("…알려주세요****", "멀티 프로세스****(Multi Process)****": the empty bold a Notion export leaves is no text)
  return text.replace(/\*{4,}/g, "").replace(Q_PREFIX, "").trim();
}

/** A question wrapped in quotes ("…?", “…?”, 「…」) or wiki-link brackets ([[…?]]), unwrapped. */
export function unwrapQuestion(text: string): string {
  const t = text.trim();
  // ("\"이 API를 어떻게 설계하시겠어요?\" (예: 목록 조회 + 검색)": the question quoted, an example of what it means after it)
  // (…in single quotes, with more than one aside, one bracket nested in it: "(예: 로그아웃, (토큰 탈취))")
  // (…or asking without its "?", "\"무엇을 쓰나요\" (예: 모바일)"; a quoted saying with its source after it stays as written)
  const aside = /^(?:"([^"]+)"|“([^”]+)”|'([^']+)'|‘([^’]+)’)((?:\s*\((?:[^()]|\([^()]*\))+\))+)$/.exec(t);
  const quoted = aside?.slice(1, 5).find((g) => g !== undefined)?.trim();
  if (aside && quoted && (/[?？]$/.test(quoted) || isQuestion(quoted))) return `${quoted} ${aside[5]!.trim()}`;
  // (…and angle brackets: "< 스레드라는 개념은 왜 생겼는가 >", "〈…〉")
  const m = /^(?:"(.+)"|“(.+)”|'(.+)'|‘(.+)’|「(.+)」|\[\[(.+)\]\]|<\s*([^<>]+?)\s*>|〈\s*(.+?)\s*〉|‹\s*(.+?)\s*›)$/.exec(t);
  return m ? (m.slice(1).find((g) => g !== undefined) ?? t).trim() : t;
}

/** An arrow that puts a short answer on the question's line: "…? → 답" (or a colon or dash after the question mark: "…몇 계층인가? : 7"). */
// ("…저장하나요?<br>→ …": glued to the question's mark once a line break written in HTML is gone)
const ARROW = /(?:\s|(?<=[?？]))(?:→|->|=>|⇒|➜|➡️?)\s*/u;
// (the question ends in a word of Korean or a closing mark before its "?": "a?: string" and Kotlin's "?:" are code;
// a full-width colon is often typed with no space after it)
// (or after a dash set apart by spaces, "…쓰나요? - 기본은 UDP")
const ASKED_THEN_COLON = /(?<=[\uAC00-\uD7A3)"'”’][?？])(?:\s*[:：]\s+|\s*：|\s+[-–—]\s+)(?=\S)/u;

/**
 * Whether the words after a question's mark name a further point about the question's own subject ("클로저란?" then
 * "클로저를 사용하는 이유"), not an answer: an answer defines the subject without naming it again ("TCP란? - 연결 지향
 * 프로토콜로 신뢰성 있는 전송 방법").
 */
function asksOnAbout(question: string, after: string): boolean {
  const point = after.replace(/[*_`]/g, "").trim();
  const subject = subjectAsked(unwrapQuestion(question)).replace(/[*_`]/g, "").toLowerCase();
  return point.length <= 40 && subject.length >= 2 && subject.length <= 20 && point.toLowerCase().includes(subject) && ASKS_ON.test(point);
}

/** A phrase that names what else to cover (its reason, its kinds, an example) or a task ("…시연하기", "…설명"). */
const ASKS_ON = /^[^.,。!:]*(를|을|의|는|\s)[^.,。!:]*(이유|차이|차이점|방법|장단점|장점|단점|예시|예제|종류|특징|원리|과정|시연하기|설명하기|구현하기|설명)$/u;

/**
 * Split "question → answer" (the answer written after an arrow on the same
 * line) when the part before the arrow asks; else null.
 */
export function splitArrowAnswer(text: string): { question: string; answer: string } | null {
  // ('"props로 자식 → 부모로 전달할 수 있나요?" → 직접은 불가': an arrow inside the quoted question is its own)
  const open = /^\s*(["“])/.exec(text);
  const close = open ? text.indexOf(open[1] === "“" ? "”" : '"', open[0].length) : -1;
  const closed = close < 0 ? 0 : close + 1;
  const found = ARROW.exec(text.slice(closed));
  const arrow = found && { index: found.index + closed, text: found[0] };
  const colon = arrow ? null : ASKED_THEN_COLON.exec(text);
  const m = arrow ?? (colon && { index: colon.index, text: colon[0] });
  if (!m) return null;
  const question = unwrapQuestion(text.slice(0, m.index).replace(/[*_]/g, "").trim());
  const answer = text.slice(m.index + m.text.length).trim();
  // (after a colon, an "answer" that asks again is the rest of one question: "…?: 는 언제 쓰나요?")
  if (!arrow && /[?？]$/.test(answer)) return null;
  // (…and so does one that names a further point to cover, "클로저란? - 클로저를 사용하는 이유", or sets a task,
  // "프로미스란? → 프로미스를 사용하는 예제 시연하기": what the interviewer asks on, not the answer)
  if (!/[:：]/.test(m.text) && asksOnAbout(question, answer)) return null;
  // ("…있나요? (예: 재고 차감) (경험 질문)": the asides after the question's mark are no part of what it asks)
  const asked = question.replace(/(\s*\((?:[^()]|\([^()]*\))*\))+$/, "");
  return question && answer && (isQuestion(question) || (asked !== question && isQuestion(asked))) ? { question, answer } : null;
}

/**
 * "무엇이 다른가요", "가능한가요", "말씀이신가요", "있는가요": a syllable closed by ㄴ then "가요"
 * asks (the adjective and honorific forms that "인가요" alone misses).
 */
function asksWithNGayo(text: string): boolean {
  const m = /([가-힣])가요$/.exec(text);
  if (!m || text.length < 4) return false;
  return finalOf(m[1]) === FINAL.n;
}

/** Nouns ending so: "인증과 인가" (authorization), "상한가", "한가" (leisure). */
const NOUN_IN_NGA = /(^|[\s/·,(과와및])인가$|(상한|하한)가$|(^|\s)한가$/;

/**
 * "무엇인가", "필요한가", "무엇이 다른가", "항상 빠른가", "어떤가": an adjective's or 이다's form closed by ㄴ,
 * then "가", asks in plain speech. Only those endings count: nouns closed by ㄴ before 가, "평균단가", "데이터 전문가",
 * "평론가", ask nothing.
 */
function asksWithNGa(text: string): boolean {
  return text.length >= 3 && /(한|른|린|은|운|떤|큰|인|된|쁜|픈|싼|긴)가$/.test(text) && !NOUN_IN_NGA.test(text);
}

/** What a "…란?" question asks about: "클로저란 무엇인가요?" → "클로저"; any other title as it is. */
/** "뭔가요?", "무엇인가요?": the words that ask what a subject is, at a question's end. */
const WHAT_IS = "(무엇인가요|무엇인가|무엇일까요|무엇일까|뭔가요|뭘까요|뭘까|뭐예요|뭐죠|무엇이죠|무엇입니까)\\s*[?？]?$";
/** "Dependency Injection이 뭔가요?": the subject, its particle, the asking words. */
const ASKED_WITH_PARTICLE = new RegExp(`(\\S)\\s*(이|가|은|는)\\s+${WHAT_IS}`);
/** "API 게이트웨이 뭔가요?": the subject and the asking words, no particle between. */
const ASKED_BARE = new RegExp(`(?<=\\S)\\s+${WHAT_IS}`);

/** Whether a particle agrees with the syllable before it (이/은 after a final consonant, 가/는 after none; any after a Latin letter). */
function particleFits(before: string, particle: string): boolean {
  const code = before.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return /[A-Za-z0-9)]/.test(before);
  const closed = code % 28 !== 0;
  return particle === "이" || particle === "은" ? closed : !closed;
}

export function subjectAsked(title: string): string {
  return (
    title
      .trim()
      .replace(/\s*(이란|란)\s*(무엇인가요|무엇인가|무엇일까요|무엇일까|뭔가요|뭘까요|뭘까|뭐예요|뭐죠|무엇이죠|어떤 것인가요|어떤 건가요)?\s*[?？]?$/, "")
      // ("Dependency Injection이 뭔가요?": the subject before its particle and the asking word; "API 게이트웨이 뭔가요?" has no
      // particle, its 이 after a syllable with no final consonant being the word's own)
      .replace(ASKED_WITH_PARTICLE, (whole, before: string, particle: string) => (particleFits(before, particle) ? before : whole))
      // ("API 게이트웨이 뭔가요?": the asking word after the subject with no particle)
      .replace(ASKED_BARE, "")
      .trim() || title.trim()
  );
}

/** Whether plain answer text starts with an `A.` marker. */
export function hasAnswerPrefix(text: string): boolean {
  return A_PREFIX_TEXT.test(text);
}

/** Remove an `A.` marker (possibly bold/italic) from the start of Markdown source. */
export function stripAnswerPrefix(markdown: string): string {
  // ("A) 상호 배제" over "B) 점유와 대기": the first of a quiz's lettered choices, no answer's label)
  if (/^[ \t]*A\s*[.:)][^\n]*\n[ \t]*B\s*[.:)]/.test(markdown)) return markdown.trim();
  return markdown.replace(A_PREFIX_SOURCE, "").trim();
}

/**
 * A question asked as a noun phrase: "…의 의미", "…의 차이", "…하는 이유".
 * Only where a line stands alone as a question would (a quoted or bold line,
 * a list item's head), never for headings.
 */
export function asksAsNounPhrase(text: string): boolean {
  // ("**둘의 차이**" in the answer to "Session과 Cookie 차이는?": a part of that answer, naming no subject of its own)
  if (/^[*_\s]*(둘|셋|이\s*둘|두\s*(개|가지|방식|방법)|양자|이들|그들|각각)의\s/.test(text)) return false;
  return /\S\s*(의|하는|한)\s+(의미|차이|차이점|장단점|이유|원리|필요성)$/.test(text);
}

/** Words before an emoji question mark that ask: a question word, a reason asked for, or a spoken question's ending. */
function asksBeforeMark(text: string): boolean {
  return /(왜|어떻게|무엇|무슨|뭐|뭘|어떤|언제|어디|얼마)/.test(text) || /(이유|는데|는지|나|까|가|요|죠)$/.test(text);
}

/** "…왜 빨라집니까", "어떻게 됩니까": the formal interrogative, a syllable closed by ㅂ before 니까. */
function asksFormally(text: string): boolean {
  return text.endsWith("니까") && finalOf(text.at(-3)) === FINAL.b;
}

/** Pictographs closing a line ("⭐️", "🔥", "✅"), the question-mark emoji aside (it asks, see below). */
const TRAILING_MARKS = /(?:\s*(?![❓❔])[\p{Extended_Pictographic}\u{FE0F}\u{200D}])+$/u;

/**
 * Whether a heading or line is phrased as a question: `Q.` prefix, a final
 * "?", or a Korean interrogative ending.
 */
function isQuestionNow(text: string): boolean {
  // ("…힘들었나요?⭐️", "…생각하시나요 🔥": a mark after the question, a legend's star for one asked often, does not stop it asking)
  const t = text.trim().replace(TRAILING_MARKS, "");
  if (t.length < 2 || t.length > 300) return false;
  if (hasQuestionPrefix(t)) return true;
  // "…프로토콜이다. (O/X)": a true-or-false quiz item asks
  if (/[([]\s*O\s*[/,]\s*X\s*[)\]]\s*$/i.test(t)) return true;
  // "…평균 대기시간은 얼마인가? 단, 스케줄러는 …한다고 가정한다.": a question with the condition it assumes after it
  // (not "…좋은가? 단, …건다.": an answer written on the question's line)
  if (/[?？]\s+\(?단\s*[,，]\s*[^?？]+(가정한다|가정하자|가정합니다|가정|한다고\s*하자|라고\s*하자|로\s*한다|으로\s*한다)[.)]*$/.test(t)) return true;
  // ("클로저란? - 클로저를 사용하는 이유": a question, then the further point it asks to cover)
  const further = /^(.+?[?？])\s*(?:[-–—]|→|->|=>)\s+(.+)$/u.exec(t);
  if (further && asksOnAbout(further[1]!, further[2]!) && isQuestion(further[1]!)) return true;
  // ("…해제되나요?.": a full stop typed after the question mark)
  if (/[?？][.。]*\s*(\)|\([^()]*\))?$/.test(t)) return true;
  // ("…사용하게 될까? 아래의 사례를 봐보자": the invitation to read on after the question is no part of it)
  if (LETS_SEE.test(t)) return true;
  // ("…왜 발생하는데 ❓": the emoji question mark asks as "?" does, in a sentence that asks; a term marked with it,
  // "PTBR (Page Table Based Register) ❓", is a glossary aside the note looked up)
  if (/[?？]?\s*[❓❔]\uFE0F?$/u.test(t) && asksBeforeMark(t.replace(/[?？]?\s*[❓❔]\uFE0F?$/u, "").trim())) return true;
  // a short note after the question ("(hint: …)", "(요약)", "(중요)") does not stop it asking
  const bare = t.replace(/\s*\((hint|ex|e\.g|예|참고)[^()]*\)\s*$/i, "").replace(/\s*[([][^()[\]]{1,8}[)\]]\s*$/, "").replace(/[\s.]+$/, "").replace(/(?<=[가-힣])\s*[,，]$/, "");
  if (isAdvice(bare)) return false;
  if (ENGLISH_QUESTION.test(bare)) return true;
  if (ENGLISH_REQUEST.test(bare) || JOTTED_REQUEST.test(bare)) return true;
  if (KOREAN_QUESTION_END.test(bare) || asksFormally(bare)) return true;
  // "…에는 어떤 방법이 있는지", "…의 차이점이 무엇인지": a question asked as an indirect clause, with its question word
  if (/(어떤|무엇|뭘|왜|어떻게|어디|언제|어느|얼마나|누가)/.test(bare) && /(는|은|인|을|일|할|한)지$/.test(bare)) return true;
  // "왜 qos가 필요하지", "…다른 큐에 보내는 게 무슨 의미지": a question put to oneself in speech, "-지" after its question word
  // (never "왜냐하면 …때문이지", which answers)
  if (asksOneself(bare)) return true;
  if (asksWithNGayo(bare) || asksWithNGa(bare)) return true;
  if (REQUEST_END.test(bare + ".") || endsWondering(bare)) return true;
  // "…비교해주세요. (TCP/IP 5계층 기준)": a longer note in brackets after the request
  const noted = t.replace(TRAILING_NOTE, "").replace(/[\s.]+$/, "");
  return noted !== t && (KOREAN_QUESTION_END.test(noted) || asksWithNGa(noted) || REQUEST_END.test(noted + "."));
}

/** "(TCP/IP 5계층 기준)", "(equals(), ==)": a note in brackets after a question, a call's own brackets inside it. */
const TRAILING_NOTE = /\s*\((?:[^()]|\([^()]{0,20}\)){1,40}\)\s*$/;
/** The same at any length: what a request may carry after it. */
const TRAILING_ASIDE = /\s*\((?:[^()]|\([^()]*\))*\)\s*$/;

/**
 * "왜 QoS가 필요하지": a question put to oneself, a question word then "-지" closing the same
 * clause ("…쓰는지 아는 게 핵심이지" closes another one, and "…두 가지", "…까지" do not ask).
 */
function asksOneself(text: string): boolean {
  // (the plain "-나/-냐" asks the same way: "언제 무엇을 쓰나", "왜 느리냐"; "어느 하나", "무엇이나" do not)
  // ("얼마나", "언제 어디서나": the "-나" of a question word itself, "however much", "wherever")
  if (text.length > 80 || !/[가-힣](지|나|냐)$/.test(text) || /[가까]지$|(^|\s)하나$|이나$|(^|\s)(얼마|어디서|어디에서|어디|언제|누구|아무|뭐)나$/.test(text) || ONESELF_NOT.test(text)) return false;
  const word = ONESELF_WORD.exec(text);
  return !!word && !/[는은인]지\s/.test(text.slice(word.index + word[0].length));
}

/** "Validation : 요구사항을 반영하는가": a short term, a spaced colon, then its definition (phrased as a check, it still does not ask). */
export function definesTerm(text: string): boolean {
  return /^[^:：?？]{1,40}\s[:：]\s+\S/.test(text.trim());
}

/** Whether text already asks for an explanation (so no request tail may be added). */
export function isRequest(text: string): boolean {
  const t = text.trim().replace(TRAILING_ASIDE, "");
  if (/[?？]$/.test(t) || (REQUEST_END.test(t) && !isAdvice(t)) || isQuestion(t) || isAskedSentence(t)) return true;
  // a request followed by a rider ("…설명해주세요. 가능하면 …도요."): the first sentence already asks
  const first = /^(.{4,}?[.!?？])\s+\S/.exec(t)?.[1];
  return !!first && first.length < t.length && isRequest(first);
}

const ENTITY: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&nbsp;": " ", "&amp;": "&" };
/** One word of an editorial note: "보충필요", "작성중", "빈출", "심화", "참고", "★★", a difficulty "난이도: 상" (a level after a question is LEVEL_NOTE). */
const EDITORIAL_WORD = "(보충\\s*필요|작성\\s*중|(답변\\s*)?미작성|답변\\s*(작성\\s*)?예정|미답변|수정\\s*필요|추가\\s*예정|미완성?|todo|wip|요약|중요|필수|심화|기본|기초|초급|중급|고급|보충|참고|(면접\\s*)?빈출|기출|면접\\s*(질문|기출)|자주\\s*(나옴|출제)|중요도?\\s*[:：]?\\s*[★☆⭐*]{0,5}|[★☆⭐]{1,5}|난이도\\s*[:：]?\\s*(\\d{1,2}|[★☆⭐]{1,5})|난이도\\s*[:：]?\\s*(상|중|하|쉬움|보통|어려움))";
/**
 * A level noted after a question that asks on its own ("…설명해주세요. (Lv0)", "…차이는? [Lv 2]"): its difficulty.
 * After a name it is the thing named ("RAID (Lv 5)"), so it stays.
 */
// ("…얘기해주세요 (advanced)": a level in English after the question's last word; "(Basic) 대신 …" inside it is a name)
export const LEVEL_NOTE = /(?<=([?？.!]|요|까|다)\s*)\s*[([]\s*(lv\.?\s*\d{1,2}|advanced|basic|beginner|intermediate)\s*[)\]]\s*$/i;

/** A hint to open a fold written after its question: "(👈 Click)", "[클릭]", "👈 클릭", "(펼치기)". */
export const CLICK_HINT = /\s*(?:[([]\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:click(?:\s*me)?|클릭|펼치기|펼쳐\s*보기)\s*!?\s*[)\]]|[👈👆👇☝]\uFE0F?\s*(?:click(?:\s*me)?|클릭|펼치기)\s*!?)\s*$/iu;

/** Editorial notes an author leaves beside a heading: "(보충필요)", "[작성중]", "[심화 / 빈출]" (never glued to a word: "원시(기본)형"). */
export const EDITORIAL = new RegExp(`\\s*[([]\\s*${EDITORIAL_WORD}(\\s*[/,·]\\s*${EDITORIAL_WORD})*\\s*[)\\]](?![가-힣A-Za-z0-9])`, "gi");

/**
 * "꼬리 1 -", "꼬리질문 2)", "꼬리질문 대비 1 —", "Follow-up:": a follow-up's marker at the start of its line.
 * A chain names its depth ("🔗🔗 꼬리의 꼬리질문:", "슬기's 꼬리의 꼬리의 꼬리질문:", "꼬리의 꼬리꼬리질문:"),
 * and a study group's member may sign the question they asked.
 */
// ("꼬리질문 ① Big-O / Big-Θ", "꼬리질문 ③④ …": circled numbers need no mark after them)
export const FOLLOWUP_MARK = /^\s*(?:\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*\s*)*(?:[\p{L}\p{N}]{1,10}['’]s\s+)?((?:꼬리\s*(?:질문\s*)?(?:의|에)?\s*)*꼬리\s*(질문)?(\s*대비)?\s*(?:(?:Q\s*)?\d{0,2}(?:-\d{1,2})?\s*[-–—.:)]|[\u2460-\u2473\u2776-\u277F]{1,3}(?=\s))|follow[- ]?up\s*\d{0,2}\s*[-–—.:)])\s*/iu;

/** "🎯 공통 질문:", "개인 질문 2:", "메인 질문:": a study note's mark on a main question (a role, not a follow-up). */
export const MAIN_QUESTION_MARK = /^\s*(?:\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*\s*)*(공통|개인|메인|기본|핵심|대표|오늘의|면접)\s*질문\s*\d{0,3}\s*[:：]/u;

/**
 * How deep in a chain of follow-ups a marked line says it is: 1 for "꼬리질문:",
 * 2 for "꼬리의 꼬리질문:", 3 for "꼬리의 꼬리의 꼬리질문:"; 0 for a line with no marker.
 */
export function followupDepth(text: string): number {
  const mark = FOLLOWUP_MARK.exec(text);
  return mark ? Math.max(1, (mark[1]!.match(/꼬리/g) ?? []).length) : 0;
}

/**
 * What a heading marked as a follow-up asks ("꼬리질문 대비 1 — \"…효율적일까요?\"" →
 * "…효율적일까요?", "꼬리질문 대비 — A*" → "A*"), quotes and a note after them
 * ("(이게 낚시입니다)") aside; null when the heading carries no such marker.
 */
export function markedFollowup(text: string): string | null {
  if (!FOLLOWUP_MARK.test(text)) return null;
  const rest = text.replace(FOLLOWUP_MARK, "").trim();
  const quoted = /^["“](.+?)["”]\s*(\([^()]*\))?$/.exec(rest);
  return (quoted ? quoted[1]! : rest).trim() || null;
}

/**
 * "main 메서드를 override, overload 할 수 있는지", "…호출해도 가능한지": whether something can be done, asked as a
 * clause with no question word. Asks as a heading or a fold's summary does; an item of a list ("- 커버링 인덱스로
 * 만들 수 있는지") is more often a criterion to check, so isQuestion leaves it.
 */
export function asksWhetherPossible(text: string): boolean {
  return /\S\s*수\s*(있|없)는지$|\S\s*가능한지$/.test(text.trim().replace(/[\s.]+$/, ""));
}

/** A tag before a question naming what kind of question it is: "Pro Tips for Mastery:", "Bonus:", "심화:", "보너스 질문:". */
export const TAGGED_QUESTION = /^\s*(?:(?:pro\s+)?tips?(?:\s+for\s+[a-z]+)?|bonus(?:\s+question)?|deep[\s-]*dive|보너스(?:\s*질문)?|심화(?:\s*질문)?|꿀팁)\s*[:：]\s*(?=(.+)$)/i;

/** "…뒤집는 로직을 짜보자", "…에 대해서 설명해보자.": a task set to the reader (not "알아보자", "살펴보자": a blog's heading over what it explains). */
export const SETS_TASK = /(짜|구현해|작성해|만들어|풀어|설계해|설명해)\s*보자[.!]?$/;

/** A field's tag opening a line: "[Network] ", "[운영체제] " — never a name the question leans on ("[Redis] 싱글 스레드인데 왜 빠른가요?", "[Java] 가비지 컬렉션은 어떻게 동작하나요?", "[1, 2] + …"). */
const CATEGORY_TAG = /^\s*\[\s*(?:network|네트워크|os|운영\s*체제|db|database|데이터\s*베이스|ds|자료\s*구조|algorithm|알고리즘|ps|cs|fe|be|frontend|backend|프론트(?:엔드)?|백엔드|web|웹|언어|language|기타|공통|인성|기본|심화|필수|보너스|etc|general|computer\s*science|컴퓨터\s*구조|보안|security|infra|인프라)(?:\s*\d{1,3})?\s*\]\s*(?=([\p{L}\p{N}"“'‘(].*)$)/iu;

/** Whether what follows a tag asks by itself (a "?" or a request at its end), so the tag can go. */
/** "① ", "10번. ", "문제 3. " before a question. */
// (a circled number followed by a space and by no other circled number: "③이 ②보다 먼저인 이유는?" refers to steps it names)
export const OTHER_NUMBERING = /^\s*(?:[\u2460-\u2473\u2776-\u277F\u2780-\u2793]\s+(?!.*[\u2460-\u2473\u2776-\u277F\u2780-\u2793])|\d{1,3}\s*번\s*[.:)]\s*|문제\s*\d{1,3}\s*[.:)]\s*)(?=(\S.*)$)/u;

/** "[JS] Event Bubbling을 설명해 주세요" → the question without its field's tag (a topic keeps it: "[Network] 라우팅"). */
export function withoutCategoryTag(text: string): string {
  return text.replace(CATEGORY_TAG, dropBeforeAsking);
}

/** A replacer for a tag or mark before a question: dropped when what follows asks on its own, kept before a topic. */
const dropBeforeAsking = (mark: string, rest: string) => (asksOnItsOwn(rest) ? "" : mark);

function asksOnItsOwn(rest: string): boolean {
  // (…or sets a task, "…로직을 짜보자")
  return /[?？]\s*$/.test(rest) || isRequest(rest.trim()) || SETS_TASK.test(rest.trim());
}

/** An editorial note after a dash, slashes or an arrow at the end of a question: "-- 보충 필요", "// 작성 중", "-> ❗️다시 정리하기" (not the last step of an arrow chain, "신규 → 학습 → 복습"). */
const TRAILING_EDITORIAL = /\s*(--+|—|–|\/\/|->|→|=>)\s*(\p{Extended_Pictographic}\uFE0F?\s*)*(보충\s*필요|작성\s*중|수정\s*필요|추가\s*예정|미완성?|todo|wip|(다시\s*|재)정리(\s*(하기|할\s*것|필요))?|다시\s*(보기|공부(하기)?)|복습(\s*(하기|필요))?)\s*(\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;
/** The question without an editorial note at its end ("…? -> ❗️다시 정리하기"); an arrow chain's last step stays ("신규 → 학습 → 복습"). */
export function withoutTrailingEditorial(text: string): string {
  if (!/--|—|–|\/\/|->|→|=>/.test(text)) return text;
  const found = TRAILING_EDITORIAL.exec(text);
  if (!found) return text;
  const before = text.slice(0, found.index);
  return /^(->|→|=>)$/.test(found[1]!) && /->|→|=>/.test(before) ? text : before;
}

/**
 * A question as the user wrote it, cleaned for display as a prompt: heading
 * cleaning plus backticks, a leading `⭐`/`Q.`, numbering like "1 .",
 * editorial notes and HTML entities removed.
 */
export function cleanPrompt(text: string): string {
  const t = cleanHeading(
    withoutTrailingEditorial(markedFollowup(text) ?? text)
      .replace(/&(lt|gt|quot|#39|apos|nbsp|amp);/g, (m) => ENTITY[m] ?? m)
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\*{4,}/g, "")
      .replace(EDITORIAL, "")
      .replace(LEVEL_NOTE, "")
      .replace(CLICK_HINT, "")
      // "…설명해주세요.-- 보충 필요": the same note after a dash at the end
      // "…왜 발생하는데 ❓": the emoji question mark is the question's "?" (emoji are dropped below)
      .replace(/\s*[?？]?\s*[❓❔]\uFE0F?\s*$/u, "?")
      .replace(/^\s*(\d{1,3})\s+\.\s+/, "$1. ")
      // ("13-1 쿠키란?": a sub-number; "2-3 트리란?" names the tree, "0-1 BFS" the search)
      .replace(/^\s*[1-9]\d{0,2}-\d{1,3}\.?\s+(?!트리|tree)/i, "")
      // "1.배열", "2)연결 리스트", "3.Java": a number glued to the heading it numbers (never "1.5배" or "2.x 버전")
      .replace(/^\s*\d{1,3}[.)](?=[\uAC00-\uD7A3]|[A-Za-z]{2})/, "")
      // "**Q1** 로드밸런싱이란?": a numbered Q marker without punctuation; "`#2` 스레드란?": a numbered hash
      // "Q4 (Cross). …", "Q5 (숫자). …": a numbered Q marker with a short tag
      .replace(/^\s*Q\s*\d{1,3}\s*\([^()]{1,15}\)\s*[.:：)]?\s+/i, "")
      .replace(/^\s*(Q|#)\d{1,3}\s+(?=\S)/, "")
      // "① …?", "10번. …?", "문제 3. …?": numbering in other dress (only before a question that asks on its own)
      .replace(OTHER_NUMBERING, dropBeforeAsking)
      .replace(FOLLOWUP_MARK, "")
      // "추가 질문 ① …?", "꼬리 질문 ② …?", "심화 질문 3) …?": the follow-up's marker and number
      .replace(/^\s*((꼬리|추가|심화)\s*질문\s*[\u2460-\u2473\u2776-\u277F]|(추가|심화)\s*질문\s*\d{0,2}\s*[-.:)])\s*/, "")
      // "↳ …?", "└ …?", "ㄴ …?": a follow-up drawn as a branch under the question before it
      .replace(FOLLOWUP_BRANCH, "")
      // "+) 각각의 장단점?": a question added to the answer before it
      .replace(/^\s*\+\s*\)\s*/, "")
      // "Pro Tips for Mastery: …란 무엇인가요?", "보너스: …?": a tag naming the kind of question, not part of it
      .replace(TAGGED_QUESTION, dropBeforeAsking)
      // "[꼬꼬무1] …?" ("꼬리에 꼬리를 무는 질문"): a follow-up marker
      .replace(BRACKETED_FOLLOWUP, "")
      // "[Network] CORS란 무엇인가요?": a field's tag before a question that asks on its own (a topic keeps it: "[Network] 라우팅")
      .replace(CATEGORY_TAG, dropBeforeAsking),
  );
  // ("(⭐)" and "[🔥]" lose their emoji to heading cleaning: the empty brackets left behind go too, standing apart;
  // never a code "()", nor an author's "new String( )" written against its word; a fill-in list's blanks never come here)
  // ("## - 5. 캡슐화 …": a list's bullet written into the heading before its number; the id keeps the heading as written)
  return cleanHeading(t.replace(/^\s*[-+•*]\s+(?=\d{1,3}[.)]\s)/, "").replace(/^\s*(⭐|★)\s*/u, "").replace(/(^|\s)(\(\s+\)|\[\s+\])(?=\s|$)/g, "$1")).replace(/^\*\*(.*)\*\*$/, "$1").replace(WHOLLY_QUOTED, (quoted, words: string) => (isQuestion(words) || isRequest(words) ? words : quoted)).replace(/([?？])[.。]+$/, "$1").replace(/(?<=[?？]|[가-힣]요|[가-힣]오)\s*[,，]$/, "").replace(LETS_SEE, "$1").trim() || t || cleanHeading(text);
}

/** '"브라우저가 어떻게 동작하는지 아세요?"': a question quoted whole, as the interviewer would say it; the quotes are no part of it (a quoted maxim keeps them). */
const WHOLLY_QUOTED = /^["“]([^"“”]+)["”]$/;

/** "…사용하게될까? 아래의 사례를 봐보자": the note inviting the reader to read on after the question, no part of it. */
const LETS_SEE = /([?？])\s+(?:(?:아래|다음|밑|예시|사례|그림|코드)[^?？\n]{0,16}\s)?(?:알아|살펴|찾아|봐|)\s*보자[.!]?$/;

/** "…될까? 아래의 사례를 봐보자": a question followed by an invitation to read on (such a heading was read as a topic before it asked). */
export function invitesToReadOn(text: string): boolean {
  return LETS_SEE.test(text.trim());
}

/**
 * "-FCFS(First-Come First-Served)", "-Round Robin(RR)", "-우선순위 스케줄링": a list's dash glued to a name of two letters
 * or more, the rest of the heading words. Never an option or flag ("-D 옵션", "-Xmx", "-verbose 옵션"), a negative
 * value ("-Infinity", "-NaN") or an operator ("-연산자").
 */
const GLUED_DASH = /^-(?!X[A-Za-z]|Infinity|NaN|연산|부호|기호)(?=[A-Z][A-Za-z]+(?![A-Za-z]*\s*(옵션|플래그|option|flag|값|인자|파라미터))[\s(:：]|[가-힣]{2}(?!\S*\s*(옵션|플래그|값)))/;

/** Geometric bullets and arrows people put before a heading's words ("●", "■", "▶", "◆", "•", "➤", "✓"). */
export const DECORATIVE_BULLET = /^[●○◎◉■□▪▫◆◇▶▷►▸•∙⦁➤➔✓]+\s*(?![×✕✗xX]\s)/u;
/** The same glyphs closing a heading they opened ("◆◆◆ 총정리 ◆◆◆"). */
const DECORATIVE_TAIL = /\s+[●○◎◉■□▪▫◆◇◀◁◄◂•∙⦁]+$/u;

/** A heading without the glyphs it is dressed in, before and (when also before) after its words. */
function withoutGlyphs(text: string): string {
  const bare = text.replace(DECORATIVE_BULLET, "");
  return bare === text ? text : bare.replace(DECORATIVE_TAIL, "");
}

/**
 * Clean heading text for display and ids: drop emoji, wrapping brackets,
 * numbering ("1.", "2-1)"), note prefixes ("추가 내용1:", "Q2."), trailing colons.
 * Falls back to the original text when cleaning would leave nothing.
 */
function cleanHeadingNow(text: string): string {
  const undressed = text
    // keycap numbering: "1️⃣ …", "🔟 …", "#️⃣ …"
    .replace(/^\s*([0-9#*]\u{FE0F}?\u{20E3})+\s*/u, "")
    // (a skin tone, "💁🏻", goes with the emoji it colours)
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    // "🤷 : 그런데 …?": the speaker's colon once the emoji is gone
    .replace(/^[:：]\s+/, "")
    // "### # CSS 전처리기": a hash kept as decoration after the heading's own
    .replace(/^#+\s+/, "")
    // "#### - Weak, unowned의 용도": a list dash kept as decoration likewise (not the minus sign a question is about, "- 연산자")
    .replace(/^-\s+(?!(연산자|연산|부호|기호|operator))(?=\S)/i, "")
    // "### -FCFS(First-Come First-Served)", "### -Round Robin(RR)": the dash glued to the name (not an option, "-webkit-", "-Xmx", nor "-연산자")
    .replace(GLUED_DASH, "");
  // "### ● 자원 할당 그래프", "### ■ 발생 조건": a bullet glyph set before the name as decoration
  const cleaned = withoutGlyphs(undressed)
    .replace(/^(\d{1,3}(\.\d{1,3})+\.?|\d{1,3}[.)]|[([]\d{1,3}[)\]])\s+/, "")
    .replace(/^(추가\s*(내용|질문)|꼬리\s*질문|질문|예상\s*질문)\s*\d{0,3}\s*[:：.)]\s*/, "")
    .replace(Q_PREFIX, "")
    .replace(/^\[\s*(.*?)\s*\]$/, "$1")
    .replace(/\s*[:：]$/, "")
    .trim();
  return cleaned || text.replace(/\s+/g, " ").trim();
}

/** {@link cleanHeadingNow}, remembered per text (memo.ts). */
export const cleanHeading = remembered(cleanHeadingNow);

/** {@link isQuestionNow}, remembered per text (memo.ts). */
export const isQuestion = remembered(isQuestionNow);

/** A request for an explanation: "…설명해주세요", "설명하시오", "말해 보세요", "서술하시오". */
const EXPLAIN = /(설명|말해|말씀해|얘기해|이야기해|서술|논하)\S*\s*(주세요|보세요|주시고|하시오|해라|하라|바랍니다)?[.!?]?\s*$|(설명|말씀)해\s*주시고/;

/** Whether a prompt asks for an explanation ("…설명해주세요", "설명하시오", "말해 보세요"), not for a name or a yes/no. */
export function asksToExplain(text: string): boolean {
  return EXPLAIN.test(text.trim());
}
