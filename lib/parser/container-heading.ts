/** A heading that only holds the note's body ("# 내용", "## 2. 본문"): it names no topic of its own. */
const CONTAINER = /^(내용|본문|본론|상세\s*내용|자세한\s*내용|학습\s*내용|정리\s*내용|contents?|body)$/i;

/** Whether a heading only holds the note's body, numbered or not. */
export function namesContainer(title: string): boolean {
  return CONTAINER.test(title.replace(/^\d{1,3}[.)]\s*/, "").trim());
}

/** A conclusion's heading: "결론", "정리", "요약", "한 줄 요약", "Conclusion", "TL;DR" (a normalised label). */
const CONCLUSION = /^(결론|정리|요약|한\s*줄\s*(요약|정리)|conclusion|summary|tl;?dr)$/;

/** Whether a (normalised) heading names the conclusion of the explanation it closes. */
export function namesConclusion(label: string): boolean {
  return CONCLUSION.test(label);
}
