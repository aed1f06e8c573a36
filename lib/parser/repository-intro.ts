/**
 * A README titled with the repository's name ("# tech-interview",
 * "# InterviewStudy") over a tagline about the study or the interview
 * preparation it holds ("면접 준비를 위한 CS 개념 저장소", "…가 면접 스터디를
 * 하고 있어요"): the tagline introduces the repository and answers nothing.
 */

/** A repository's name: one identifier, its words joined by "-", "_", "." or capitals — never a phrase with spaces. */
const REPO_NAME = /^[A-Za-z][A-Za-z0-9]*(?:(?:[-_.][A-Za-z0-9]+)+|(?:[A-Z][a-z0-9]+)+)$/;
/** A name written as a few Latin words ("Tech Interview Study", "CS Study 2024"). */
const STUDY_NAME_WORDS = /^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){1,4}$/;
/** …one of which says it is a study or interview preparation (never a topic's name, "Virtual Memory", nor "<topic> Notes"). */
const STUDY_WORD = /\b(study|interview)\b/i;
/** A spelled-out name's tagline speaks of the study or the interviews it prepares for (not of "공부하면서 정리한" one topic). */
const STUDY_TAGLINE = /스터디|면접\s*(대비|준비)|interview/i;
/** What a study repository says it is for (not "학습": a definition may speak of learning, "머신러닝은 데이터로 학습하는 …"). */
const PREPARES = /면접|스터디|공부|취업|저장소|레포|repository|study|interview/i;

/** A title naming a collection of interview or study notes ("Tech Interview 대비 지식 정리집", "면접 질문 모음"). */
const COLLECTION_TITLE = /(interview|study|면접|인터뷰|스터디).*(정리집|정리|모음|노트|notes?|저장소|repository)|(정리집|모음)$/i;
/** "틀렸거나 애매한 내용은 언제든 이슈 남겨주세요", "PR 환영합니다": the repository asks for corrections. */
const INVITES = /(이슈|issue|PR|풀\s*리퀘스트|pull\s*request|피드백|제보)\s*(를|을|로|는|도)?\s*(남겨\s*주(세요|시면)|환영(합니다|해요|입니다)|부탁(드립니다|합니다)|보내\s*주(세요|시면)|주세요|welcome)/i;

/**
 * "# Tech Interview 대비 지식 정리집" over "기술 인터뷰 지식 정리집" and "> 틀린 내용은 이슈 남겨주세요": a collection's
 * title over a few words inviting corrections (paragraphs and quotes together) is the repository's front page, whatever
 * its name; nothing in it asks or explains at length.
 */
export function invitesCorrections(title: string, text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  // ("# 면접 대비 노트: 오픈소스 기여 경험" names one topic after its colon; the caller passes no text that holds a list)
  return COLLECTION_TITLE.test(title.trim()) && !/[:：]|\s[-–—]\s/.test(title) && t.length <= 200 && !/[?？]/.test(t) && INVITES.test(t);
}

/**
 * Whether a note's title names its repository and its own text is a short
 * tagline about what the repository prepares for: no card, the intro only
 * introduces the deck. ("# ThreadLocal" over its one-line definition asks about
 * ThreadLocal: a definition says nothing of interviews or studies.)
 */
export function introducesRepository(title: string, text: string): boolean {
  const name = title.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "").trim();
  // ("# Tech Interview Study": the repository's name written out in words, naming a study of its own)
  const spelledOut = STUDY_NAME_WORDS.test(name) && STUDY_WORD.test(name) && STUDY_TAGLINE.test(text);
  if (!REPO_NAME.test(name) && !spelledOut) return false;
  // (a CamelCase word is as often a technology's name, "LocalStorage", "JavaScript", "GitHub": only one that names a study is a repository's)
  if (!/[-_.]/.test(name) && !/(study|interview|cs|til|note|notes|questions?|qna|faq)/i.test(name)) return false;
  const tagline = text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ").replace(/&[a-z]+;/g, " ").replace(/\s+/g, " ").trim();
  return tagline.length > 0 && tagline.length <= 200 && !/[?？]/.test(tagline) && PREPARES.test(tagline);
}
