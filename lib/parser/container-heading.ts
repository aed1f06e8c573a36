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

/** Closing words about the study or the reader ("…에 관한 질문이 많이 들어오는 것 같았습니다", "도움이 되었으면"), not about the topic. */
const AUTHOR_AFTERWORD = /도움이\s*(되었으면|됐으면|되길|되기를)|감사합니다|읽어\s*주셔서|포스팅|이번\s*글|이\s*글(에서|을|은)|(정리|공부)해\s*(보았|봤)|질문이\s*(많이|자주)\s*들어오|답변을\s*준비해\s*보는/;

/** Whether a conclusion's words speak of the writing or the reader, not of the topic. */
export function isAuthorAfterword(text: string): boolean {
  return AUTHOR_AFTERWORD.test(text);
}
