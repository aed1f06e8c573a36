/**
 * English headings written as the asker's own sentence ("Do I stand a good
 * chance if …", "I'd like to seek your advice on …", "What are … (both here
 * and abroad)? Any tips?"): the question is kept as written, never turned
 * into "…에 대해 설명해 주세요".
 */

/** Words an English sentence addressed to someone starts with (questions, requests, "I …"). */
const SENTENCE_START = /^(i|i'm|i'd|i've|i'll|would|could|can|do|does|did|is|are|am|was|were|should|shall|will|what|what's|how|how's|why|when|where|which|who|whom|whose|just|may|might|must|any|if|based|apart|have|has|had|in general|is there|are there)\b/i;

/**
 * Whether text is an English sentence asked by someone: it starts like a
 * question or a first-person request and runs to five words or more, or a
 * "?" ends one of its sentences.
 */
export function isAskedSentence(text: string): boolean {
  const t = text.replace(/[*_`]/g, "").trim();
  if (!/^[A-Za-z]/.test(t) || /[\uAC00-\uD7A3]/.test(t)) return false;
  if (/[?？]\s+\S/.test(t)) return true;
  return SENTENCE_START.test(t) && t.split(/\s+/).length >= 5;
}

/**
 * Korean wondering endings in -ㄹ까 ("어떻게 정렬될까", "왜 쓸까", "무엇을 고려해야 할까"):
 * the speaker asks, although no "?" is written.
 */
export function endsWondering(text: string): boolean {
  const t = text.trim().replace(/[\s.…]+$/, "");
  if (!t.endsWith("까") || t.length < 3) return false;
  const code = t.charCodeAt(t.length - 2) - 0xac00;
  // the syllable before 까 ends in ㄹ (final consonant index 8)
  return code >= 0 && code < 11172 && code % 28 === 8;
}
