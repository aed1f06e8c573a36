/**
 * Normalising a question for comparison: a card "is" a labelled question of
 * the development set, and keeps its history across a re-import, when both
 * normalise to the same text.
 */
import { fnv1a64 } from "./ids";
import { CLICK_HINT, DECORATIVE_BULLET, EDITORIAL, LEVEL_NOTE, TAGGED_QUESTION, isQuestion, isRequest, OTHER_NUMBERING, withoutCategoryTag, withoutTrailingEditorial } from "./questions";

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&nbsp;": " ", "&amp;": "&" };
/** The request tail a parser generates for a topic (and its steps variant). */
const GENERATED_TAIL = /(?<=(와|과)\s*비교)해\s*설명해\s*주세요[.!]?$|(에\s*(대해서|대하여|대해|관해서|관해))?\s*(설명해\s*주세요|설명해주세요)[.!]?$|의\s*과정을\s*단계별로\s*설명해\s*주세요[.!]?$|(?<=(과정|절차|단계|흐름|순서)(\s*\([^()]*\))?)(을|를)\s*(단계별로|순서대로|차례대로)\s*설명해\s*주세요[.!]?$/;

/**
 * Question text reduced to what identifies it: markup, HTML, links, emoji,
 * list markers, numbering, `Q.`/`⭐` prefixes, editorial notes, whitespace
 * and final punctuation removed; lower-cased, NFC.
 */
export function normalizeQuestion(text: string): string {
  let t = text.normalize("NFC").replace(/&(lt|gt|quot|#39|apos|nbsp|amp);/g, (m) => ENTITIES[m] ?? m);
  t = t
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    // ("…설명하세요. https://…": bare addresses after the question are links, as "[…](…)" is, with the separators before them;
    // one the question names, "https://www.google.com/ 을 접속할 때", stays)
    .replace(/(?:[\s,\-–]*https?:\/\/\S+)+\s*$/, "")
    .replace(/<\/?[A-Za-z!][^<>]*>/g, " ")
    // ("::: tip 벡터와 ArrayList의 차이점": a VuePress box's marker and kind before the title it gives)
    .replace(/^\s*:::+\s*(tip|warning|danger|info|note|details|caution|important)?\s+/i, "")
    // ("< 스레드라는 개념은 왜 생겼는가 >": angle brackets framing the question, not a tag)
    .replace(/^\s*[*_]*\s*[<〈‹]\s*([^<>]+?)\s*[>〉›]\s*[*_]*\s*$/, "$1")
    // (editorial notes first: "(⭐⭐)" is one while its stars are still there)
    .replace(EDITORIAL, " ")
    .replace(LEVEL_NOTE, "")
    .replace(CLICK_HINT, "");
  t = withoutTrailingEditorial(t)
    // ("…설명해주세요 \*\*\*\*\*": escaped markup is the character it escapes)
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1")
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu, " ")
    .replace(/[*_`~#|]/g, " ")
    .replace(EDITORIAL, " ")
    .trim()
    // (a prompt made before headings lost their bullet glyphs asks the same question: its history carries over)
    .replace(DECORATIVE_BULLET, "")
    // ("Pro Tips for Mastery: …", "보너스: …": a tag naming the kind of question, as "Q." names a question)
    .replace(TAGGED_QUESTION, "");
  for (let i = 0; i < 3; i++) {
    // ("[Q. 왜 2way가 아니라 3way일까?]": brackets framing the whole line, then the marker inside them)
    t = t.replace(/^\[\s*(.*?)\s*\]$/, "$1");
    t = t
      // ("💁 : 그런데 …?": the speaker's colon once the emoji is gone, as in prompts)
      .replace(/^(\d{1,3}-\d{1,3}\.?(?=\s)|[:：](?=\s)|Q\s*-\s*(?=[[(【]\s*(꼬꼬무|꼬리))|\+\s*\)|[[(【]\s*(꼬꼬무|꼬리\s*질문|꼬리)\s*\d{0,2}\s*[\])】]\s*[.:：]?|(→|->|=>|⇒|➜|➡|↳|⤷|└|┗|╰|┖)(?=\s)|\d{1,3}\s+\.(?=\s)|[-+>]|\d{1,3}(\.\d{1,3})*[.)]?(?=\s)|\d{1,3}(\.\d{1,3})*[.)]|[([]\d{1,3}[)\]]|Q\s*\d{0,3}(-\d{1,3})?\s*[.:)：]|question\s*\d{1,3}(-\d{1,3})?\s*[.:)：]|Q\s*\d{1,3}\s*\([^()]{1,15}\)\s*[.:)：]?|Q\d{1,3}(?=\s)|((공통|개인|메인|기본|핵심|대표|오늘의|면접)\s*|[가-힣A-Za-z0-9]{1,10}['’]s\s+)?질문\s*\d{0,3}\s*[.:)：]|꼬리\s*\d{1,2}\s*[-.:)]|([가-힣A-Za-z0-9]{1,10}['’]s\s+)?(꼬리\s*(질문\s*)?(의|에)?\s*)*(꼬리\s*(질문)?|추가\s*질문|심화\s*질문)\s*[\u2460-\u2473\u2776-\u277F]{1,3}(?=\s)|추가\s*질문\s*\d{0,2}\s*[-.:)：]|([가-힣A-Za-z0-9]{1,10}['’]s\s+)?(꼬리\s*(질문\s*)?(의|에)?\s*)*꼬리\s*질문\s*\d{0,2}\s*[-.:)：])\s*/i, "")
      .trim();
    // ("### 1. [JS] Event Bubbling에 대해서 설명해 주세요": the prompt drops a field's tag before a question that asks on its own)
    t = withoutCategoryTag(t).replace(OTHER_NUMBERING, "");
  }
  t = t.replace(/^\[\s*(.*?)\s*\]$/, "$1");
  // ('- "HTTP/3는 왜 UDP를 쓰나요?"': a question quoted whole is the same question)
  t = t.replace(/^["“'‘「『]\s*([^"“”]+?)\s*["”'’」』]$/u, "$1");
  return t.replace(/\s+/g, "").replace(/[?？.!:：。~,，★☆]+$/u, "").toLowerCase();
}

/** The same text with a generated request tail removed (for topics and tolerance). */
export function withoutGeneratedTail(text: string): string {
  const t = text.trim();
  // ("“TCP/IP는 도청 가능한 네트워크이다”라는 말을 설명해 주세요.": a claim heading's prompt; the claim is the topic)
  const claim = SAYING.exec(t);
  return claim ? claim[1]!.trim() : t.replace(GENERATED_TAIL, "").trim();
}

/** The prompt generated for a heading that states a claim (context.ts). */
const SAYING = /^“(.+)”라는\s*말을\s*설명해\s*주세요[.!]?$/;

/** Short hash of a normalised question, as stored in the labels fixture. */
export function questionHash(text: string): string {
  return fnv1a64(normalizeQuestion(text)).slice(0, 10);
}

/**
 * Whether a prompt asks twice: a generated request tail ("…에 대해 설명해
 * 주세요", "…의 과정을 단계별로 설명해 주세요") after text that already asks
 * ("…설명해주세여에 대해 설명해 주세요", "…인가요?에 대해 설명해 주세요").
 */
export function hasDoubledRequest(prompt: string): boolean {
  const t = prompt.trim();
  const m = /^(.*?)(에\s*(대해서|대하여|대해|관해서|관해)\s*(설명해\s*주세요|설명해주세요)|의\s*과정을\s*단계별로\s*설명해\s*주세요|(?<=(과정|절차|단계|흐름|순서)(\s*\([^()]*\))?)(을|를)\s*(단계별로|순서대로|차례대로)\s*설명해\s*주세요)[.!]?$/.exec(t);
  if (!m) return false;
  const before = m[1]!.trim();
  // ("cors가 왜 등장했는지에 대해 설명해주세요": a clause asking "whether/why" is the topic of one request, as written)
  if (/(는|은|인|할|될|을|던)지$/.test(before)) return false;
  // (two requests written as two sentences, "A에 대해 설명해주세요. B에 대해 설명해주세요.", ask twice as the author
  // wrote them: only the text right before the tail, its last sentence, can have been asked already — unless the tail is
  // the one the parser writes, "에 대해 설명해 주세요.", after text that asks anywhere: "캐시를 설명해주세요. LRU 포함에 대해 설명해 주세요.")
  const generated = /에\s대해\s설명해\s주세요\.$/.test(t);
  const last = generated ? before : before.split(/(?<=[.!?？])\s+(?=\S)/).at(-1)!;
  return /[?？]$/.test(last) || isQuestion(last) || isRequest(last);
}

/**
 * The identity of a card's question across parser versions: the prompt
 * without its generated request tail, normalised. Two prompts with the same
 * key ask the same thing ("TCP에 대해 설명해 주세요." and "TCP").
 */
export function questionKey(prompt: string): string {
  return normalizeQuestion(withoutGeneratedTail(prompt));
}
