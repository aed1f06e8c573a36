/**
 * Sections that only point elsewhere: reading lists ("같이 보면 좋은 글"),
 * links with no words of their own, an index's entries, a topic over its
 * web page, a heading over a picture alone.
 */
import type { Block } from "./blocks";
import type { Ctx } from "./context";
import { isNoise } from "./draft";
import type { Section } from "./sections";
import { linksIn } from "./sources";

/** A heading that names a topic to study, not a list of readings ("참고한 링크", "Recommended courses") or a sentence. */
export function namesATopic(title: string): boolean {
  const t = title.trim();
  // ("같이 보면 좋은 글", "추천 영상", "공식 문서": what to read or watch, not what is asked)
  if (namesReading(t)) return false;
  return t.length <= 40 && !/(참고|링크|자료|출처|읽을\s*거리|더\s*보기|reference|resource|course|reading|link|further|\d+\s*주차)/i.test(t) && !/(다|요)[.!]?$|[:：]/.test(t);
}

/** A heading naming something to read or watch: "…좋은 글", "추천 영상", "공식 문서", "Blog posts". */
const READING = /(^|\s)(글|영상|동영상|문서|블로그|강의|강좌|아티클|논문|발표|도서|책|자료)(들)?$|\b(docs|documentation|articles|videos|blog posts|talks|papers|books|reading)$/i;

/** A word saying the heading is a pointer to read ("추천", "같이 보면 좋은", "공식"), not a topic ("## POST", "## 기능 토글"). */
const READING_QUALIFIER = /(추천|같이|함께|관련|공식|참고|읽을|읽어|볼|좋은|이전|다음|추가|유용한|recommended|further|official|related|useful)/i;

export function namesReading(title: string): boolean {
  const t = title.replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, "").trim();
  return READING.test(t) && READING_QUALIFIER.test(t);
}

/** Blocks that say nothing but where to read on the web: one to three links to web pages (or, `named`, any number of bare or named ones), and no words of their own. */
export function pointsOnlyToTheWeb(blocks: Block[], source: string, named = false): boolean {
  const links = linksIn(blocks, source);
  // (a link named by its title, "[흐름제어](…/흐름제어.md)", points to a note of an index; only a reading heading's are sources)
  const web = named ? /^(\[[^\]]*\]\()?<?https?:\/\//i : /^<?https?:\/\//i;
  // (a reading list may be long; a topic pointing to more than three pages is a list of its own)
  if (links.length === 0 || (!named && links.length > 3) || !links.every((l) => web.test(l))) return false;
  return wordsBesideLinks(blocks, source) === "";
}

/** What blocks say besides their links and a "참고"-like word ("" for "- 참고: [글](…)"). */
export function wordsBesideLinks(blocks: Block[], source: string): string {
  return blocks.map((b) => source.slice(b.start, b.end)).join(" ").replace(/\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?/g, " ").replace(/[-*+>:：\s]|참고|링크|출처|reference|see/gi, "");
}

/** How much a reading heading may say about each of its links, block by block, and still be only a reading list ("30분부터 꼭 보기"); a paragraph of notes of its own is more. */
export const READING_COMMENT = 80;

/** Blocks pointing to web pages, one or more, and to nothing else (a relative link is a note of an index, not a reading). */
export function pointsToTheWeb(blocks: Block[], source: string): boolean {
  const links = linksIn(blocks, source);
  return links.length > 0 && links.every((l) => /^(\[[^\]]*\]\()?<?https?:\/\//i.test(l));
}

/**
 * Whether a heading is one of an index's entries: it has sub-headings of its own (answered there), or another
 * topic sibling is also nothing but a named link ("## Redis" over "[Redis](…)", "## Kafka" over "[Kafka 정리](…)" in a
 * README). (Topics over a bare web address, "## POST" over "https://…", are pages to read, listed as before.)
 */
export function inLinkIndex(ctx: Ctx, section: Section): boolean {
  if ((ctx.subsections?.get(section) ?? []).length > 0) return true;
  const siblings = section.parent ? (ctx.subsections?.get(section.parent) ?? []) : [];
  const namedOnly = siblings.filter((s) => {
    if (s === section || s.role !== "topic" || !namesATopic(s.title)) return false;
    const links = linksIn(s.blocks, ctx.source);
    return links.length > 0 && links.every((l) => l.startsWith("[")) && wordsBesideLinks(s.blocks.filter((b) => !isNoise(b, ctx.source)), ctx.source) === "";
  });
  return namedOnly.length >= 1;
}

/** Blocks that are one named link to a web page about the heading ("## Redlock" over "[Redlock](https://redis.io/…)"), not to a note of the repository. */
export function namesItsPage(title: string, blocks: Block[], source: string): boolean {
  const links = linksIn(blocks, source);
  const m = links.length === 1 ? /^\[([^\]]+)\]\(<?(https?:\/\/[^)\s>]+)/i.exec(links[0]!) : null;
  if (!m || !pointsOnlyToTheWeb(blocks, source, true)) return false;
  const [name, url] = [m[1]!.toLowerCase().replace(/\s+/g, ""), m[2]!];
  const topic = title.toLowerCase().replace(/\s+/g, "");
  // (a Markdown file or a repository's page is a note to read elsewhere: an index's entry)
  if (/\.(md|markdown)(#|$)|github\.com\/[^/]+\/[^/]+\/(blob|tree)\//i.test(url)) return false;
  // ("[목록으로](…)", "[← Back](…)": a way back to an index, not a page to read)
  if (/^[←↑⬅\s]*(목록(으로)?|뒤로(가기)?|돌아가기|처음으로|이전\s*글|다음\s*글|back|home|index|top|go\s*back)$/i.test(m[1]!.trim())) return false;
  // (a page named otherwise is read for the topic, "## 리더 선출" over "[Raft 논문 읽기](…)"; a repository on GitHub is a collection of its own)
  return name.length > 0 && (topic.includes(name) || !/^https?:\/\/(www\.)?github\.com\//i.test(url));
}

/** "### 주소 변환 그림", "## 참고 이미지": a heading over a picture of what the topic explains, no question. */
export const NAMES_PICTURE = /(그림|이미지|사진|도식|다이어그램|도표|figure|diagram|image)/i;

/** Whether some blocks hold a picture ("![…](…)", "<img …>") and no words besides a fold's label. */
export function showsOnlyPictures(blocks: Block[], source: string): boolean {
  const text = blocks.map((b) => source.slice(b.start, b.end)).join("\n");
  if (!/!\[[^\]]*\]\([^)]*\)|<img\b/i.test(text)) return false;
  const words = text.replace(/<summary[^>]*>[\s\S]*?<\/summary>/gi, "").replace(/!\[[^\]]*\]\([^)]*\)|<[^>]*>|&nbsp;/gi, "");
  return !/[\p{L}\p{N}]/u.test(words);
}
