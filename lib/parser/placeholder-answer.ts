/**
 * An answer that only says there is no answer yet: "정해진 답 없음.",
 * "(작성 예정)", "TODO", "TBD", a template's "답변을 적어주세요", "공부하고 정리한 내용을 여기에 추가."
 * or bare "답변" (or "answer", "- contents", a template's word left in the answer's slot), "어렵네..", or a link with a
 * line saying the link stands in for the answer. The question stays unanswered (listed, not
 * carded), as when nothing was written under it.
 */

/** The whole answer, markup and final punctuation aside, is one of these. */
const PLACEHOLDER = /^(?:(?:(?:정해진|모범|예시)\s*)?(?:답|정답|답변|답안)\s*(?:이|은)?\s*(?:없음|없다|없습니다|없어요)|(?:(?:답변|답|내용)\s*)?(?:(?:작성|추가|보충|업데이트)\s*(?:중|예정)|준비\s*중)(?:입니다)?|생략|(?:(?:your|the)\s+)?(?:answer|contents)(?:\s+here)?|tbd|todo|to\s*be\s*(?:written|added|updated)|coming\s*soon|wip|(?:아래|위|다음)\s*(?:의\s*)?(?:개념|내용|설명|글|링크|자료)?\s*(?:을|를)?\s*참고(?:하세요|해\s*주세요|바람|하기)?|(?:(?:공부(?:하고|한|해서)|정리(?:하고|한))\s*)*(?:내용|답변|답|답안)(?:을|를)?\s*여기에?\s*(?:추가|작성|정리|기록)(?:해\s*주세요|하세요|하기|할\s*것)?|(?:여기에\s*)?(?:답변|답|답안|정답|내용)(?:을|를)?(?:\s*(?:적어|작성해|써|채워)\s*(?:주세요|주십시오|보세요|넣어\s*주세요))?)$/i;

/** A sentence that only hands the answer to a link: "일단 블로그 링크를 추가한다", "링크로 대체합니다", "아래 글 참고". */
/** "추후 작성", "내용 추가 필요", "정리 예정", "(미작성)", "아직 작성하지 않았습니다", "공부하자.": the answer put off until later. */
const LATER = /^(?:(?:(?:추후|나중에|차후|공부\s*후)\s*)(?:작성|추가|정리|업데이트|보충|채우기|채울)(?:\s*(?:예정|할\s*예정))?|(?:(?:답변?|내용)\s*)?(?:작성|추가|보충|정리)\s*(?:필요|예정)|정리\s*중|tba|to\s*be\s*continued|미작성|아직\s*(?:작성|정리|답)[^.!]{0,12}(?:않았|못했|없)[^.!]{0,6}|채워\s*넣을\s*예정|(?:더\s*)?공부하자|(?:위|앞|아래)(?:에|에서)\s*(?:이미\s*)?(?:적어\s*(?:놨|놓았|뒀|두었)|(?:정리|작성|설명)(?:해\s*(?:놨|놓았|뒀|두었)|했|함|됨)|다뤘|나왔)\S*)(?:입니다|합니다)?$/i;

/** "어렵네..", "잘 모르겠음 ㅠㅠ", "이해 안 됨", "몰라~": the writer saying they could not answer yet, no answer. */
const NOT_YET_UNDERSTOOD = /^(?:(?:너무|아직|잘|진짜|정말|좀|전혀|아|음|흠|이건|이거|그건)\s*)*(?:(?:답|대답|답변|설명)\s*(?:을|를)?\s*못\s*(?:함|했음|했다|했어요|했습니다|하겠음|하겠다|하겠네(?:요)?|하겠어요|하겠습니다)|어렵네(?:요)?|어렵다\s*[ㅠㅜ]+|어려움\s*[ㅠㅜ]+|모르겠(?:다|음|네|어요|습니다)|모름|몰라|몰루|(?:이해(?:가|를)?\s*)(?:(?:잘|아직|좀)\s*)*(?:안\s*(?:됨|돼|된다|감|가)|못\s*(?:함|했음|하겠음)))[\s.…~ㅠㅜㅋ;]*$/;

/**
 * "…알고 있는데 과정은 잘 모릅니다.", "기억 잘 나지 않습니다.": a mock interview's record of an answer not given, a short
 * one-sentence answer that ends by saying so (one that answers first and then admits a gap still answers).
 */
const ADMITS_NOT_KNOWING = /(잘\s*)?(모릅니다|모르겠(습니다|어요|음|다)|몰라요|기억(이|은|도)?\s*(잘\s*)?(안\s*(나요|납니다|남)|나지\s*않(습니다|아요|음)))$/;

const LINK_STANDS_IN = /(링크|블로그|포스팅|포스트|글|자료|문서)\s*(을|를|로|으로)?\s*(추가|첨부|대체|참고|남김|남깁니다|걸어)/;

/** Whether an answer is a link or two and a sentence saying the link stands in for it. */
function isLinkInstead(markdown: string): boolean {
  const links = /https?:\/\/\S+|\[[^\]]*\]\([^)]*\)/g;
  if (!links.test(markdown)) return false;
  const prose = markdown.replace(links, " ").replace(/<[^>]+>/g, " ").replace(/[*_`>#()[\]-]/g, " ").replace(/\s+/g, " ").trim();
  return prose.length <= 60 && LINK_STANDS_IN.test(prose);
}

/** Whether a whole answer (Markdown) is only a placeholder for one. */
export function isPlaceholderAnswer(markdown: string): boolean {
  if (isLinkInstead(markdown)) return true;
  // ("- 추가예정": the placeholder set as the answer's one bullet)
  const text = markdown.replace(/<[^>]+>/g, " ").replace(/^\s*([-*+]|\d{1,2}[.)])\s+/, "").replace(/[*_`>#()[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/[.!~…\s]+$/, "");
  return (text.length <= 30 && (PLACEHOLDER.test(text) || LATER.test(text) || NOT_YET_UNDERSTOOD.test(text))) || admitsOnly(text) || trailsOffThenAdmits(markdown);
}

/**
 * "…논리적인 단위로 되는데, 구체적인 차이를 설명 못하겠다.": a mock interview's record of an answer it could not give, when
 * little comes before it ("CAS 연산으로 … 바꾸는 건 아는데 ABA 문제는 설명 못하겠다" says what it knows: an answer).
 */
const CANNOT_EXPLAIN = /(설명|대답|답변|답)(을|를|은|는|이|가)?\s*(잘\s*)?못\s*하겠(습니다|어요|음|다|네요|네)$/;
function cannotExplain(text: string): boolean {
  if (!CANNOT_EXPLAIN.test(text)) return false;
  const before = /^(.*?)(는데|인데|지만)[,\s]/.exec(text)?.[1];
  return before !== undefined ? before.length <= 20 : text.length <= 40;
}

/** One short sentence that only admits not knowing. */
const admitsOnly = (text: string) => {
  if (text.length > 80 || /(?<!\.)[.!?。](?!\.)\s+\S/.test(text)) return false;
  const bare = text.replace(/[\s.…~ㅠㅜ;!]+$/, "");
  return ADMITS_NOT_KNOWING.test(bare) || cannotExplain(bare);
};

/**
 * "1. 스레싱의 경우 .." then "2. 잘 모르겠습니다": items that trail off unfinished, then the admission (an item that
 * says something, "1. 동등 비교는 O(1)로 빠름", answers, whatever the last one admits).
 */
function trailsOffThenAdmits(markdown: string): boolean {
  const items = markdown.split("\n").map((l) => l.replace(/^\s*([-*+]|\d{1,2}[.)])\s+/, "").replace(/<[^>]+>|[*_`]/g, "").trim()).filter(Boolean);
  if (items.length < 2) return false;
  return items.slice(0, -1).every((l) => /(\.\.+|…)$/.test(l) && l.length <= 30) && admitsOnly(items.at(-1)!.replace(/[.!~…\s]+$/, ""));
}
