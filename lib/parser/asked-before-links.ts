/**
 * "- 쿠키와 세션의 차이를 설명해주세요. https://…": a question asked before the bare links written
 * after it. The question asks without them (they go after its answer), unless it asks about the
 * page they lead to ("아래 코드에서 …", "이 글을 읽고 …").
 */
import { isQuestion, isRequest } from "./questions";

/** "아래 코드", "이 글", "다음 두 페이지", "링크의 …": a question about the page linked after it, which keeps its link. */
const POINTS_AT_PAGE = /(아래|위|이|다음|해당|링크|첨부)(의)?\s*(\S{1,4}\s+)?(코드|글|문제|페이지|링크|사이트|자료|영상|문서|예제|그림|내용)|링크|읽고|보고\s/;

/** "…설명해주세요. https://a , - https://b": a question that asks before the bare links written after it; null otherwise. */
export function askedBeforeLinks(line: string): { question: string; links: string[]; aboutPage: boolean } | null {
  const m = /^(.*?\S)((?:[\s,]+-?\s*https?:\/\/\S+)+)[\s,]*$/.exec(line);
  // ("아래 코드에서 …이유를 설명해주세요. https://gist…", "이 문제 어떻게 푸나요? https://…": the page is what it asks about)
  if (!m || !(isQuestion(m[1]!) || isRequest(m[1]!))) return null;
  return { question: m[1]!, links: m[2]!.match(/https?:\/\/\S+/g) ?? [], aboutPage: POINTS_AT_PAGE.test(m[1]!) };
}
