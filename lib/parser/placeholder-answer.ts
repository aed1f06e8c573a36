/**
 * An answer that only says there is no answer yet: "정해진 답 없음.",
 * "(작성 예정)", "TODO", "TBD", a template's "답변을 적어주세요" or bare "답변". The question stays unanswered (listed, not
 * carded), as when nothing was written under it.
 */

/** The whole answer, markup and final punctuation aside, is one of these. */
const PLACEHOLDER = /^(?:(?:(?:정해진|모범|예시)\s*)?(?:답|정답|답변|답안)\s*(?:이|은)?\s*(?:없음|없다|없습니다|없어요)|(?:(?:답변|답|내용)\s*)?(?:(?:작성|추가|보충|업데이트)\s*(?:중|예정)|준비\s*중)(?:입니다)?|생략|tbd|todo|to\s*be\s*(?:written|added|updated)|coming\s*soon|wip|(?:아래|위|다음)\s*(?:의\s*)?(?:개념|내용|설명|글|링크|자료)?\s*(?:을|를)?\s*참고(?:하세요|해\s*주세요|바람|하기)?|(?:여기에\s*)?(?:답변|답|답안|정답|내용)(?:을|를)?(?:\s*(?:적어|작성해|써|채워)\s*(?:주세요|주십시오|보세요|넣어\s*주세요))?)$/i;

/** Whether a whole answer (Markdown) is only a placeholder for one. */
export function isPlaceholderAnswer(markdown: string): boolean {
  const text = markdown.replace(/<[^>]+>/g, " ").replace(/[*_`>#()[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/[.!~…\s]+$/, "");
  return text.length <= 30 && PLACEHOLDER.test(text);
}
