/**
 * Whether a section's text says enough to be an answer: not an outline or a
 * list of resources, not a notice about the document, not a figure's
 * caption; and the list shapes (jotted clauses, terse items) that decide it.
 */
import type { List, ListItem } from "mdast";
import { decodeEntities, type Block } from "./blocks";
import { describesRepository, isNoise } from "./draft";
import { textOf } from "./markdown";
import { isAnchorToc, isAnnouncement } from "./note-asides";
import { isExplainedFigure, isProseInCode } from "./prose-code";
import { wordsBesideLinks } from "./reading-links";
import { linksIn } from "./sources";

/**
 * A table written in HTML ("<table>" comparing two things): content, as its Markdown form would be;
 * not one of pictures and names (a member list) or weeks and presenters (the study's timetable).
 */
function isHtmlTable(html: string): boolean {
  return /^\s*<table\b/i.test(html) && !/<img\b/i.test(html) && !/<t[hd][^>]*>\s*(주차|발표(일|자)?|진행\s*일|week|presenter)\s*<\/t[hd]>/i.test(html);
}

/** An answer written in HTML ("<p>나중에 넣은 것을 먼저 꺼내는 …</p>", "<ul><li>…</li></ul>"): sentences, as its Markdown would be. */
function isHtmlProse(html: string): boolean {
  return /^\s*<(p|ul|ol|dl|blockquote)\b/i.test(html) && !/<img\b/i.test(html) && /(다|요|함|임|음|됨)[.!]?\s*(<\/|$)|[.!]\s*<\//.test(html) && (htmlText(html).match(/[\p{L}\p{N}]/gu) ?? []).length >= 20;
}

/** The words of an HTML fragment, its tags, entities and links aside (a table of members' linked names says nothing). */
function htmlText(html: string): string {
  return decodeEntities(html.replace(/<a\b[^>]*>[\s\S]*?<\/a>/gi, " ").replace(/<[^>]*>/g, " "));
}

/**
 * A point written in note style rather than a title: a nominalised predicate ("관계를 정의하지 않음", "속도가 빠름"),
 * a term and its definition ("GET: 서버의 데이터 조회"; not "1주차: …", "Part 2: …"), a clause that goes on ("데이터를
 * 저장하고 조회하는 데 특화"), or a verbal noun closing a clause with its argument ("HTTP에 보안, 공개키 방식 암호화 적용",
 * "수평 확장에 유리"). A title ends on the noun it names ("인덱스를 사용하는 이유", "운영체제 질문 모음").
 */
export const JOTTED_POINT = new RegExp(
  [
    "(않음|없음|있음|같음|높음|낮음|좋음|많음|적음|빠름|느림|쉬움|어려움|다름|됨|짐)$",
    "^(?!\\d|(part|chapter|week|step|lesson|unit)\\b)[^:：]{1,20}[:：]\\s*\\S.{3,}",
    "[을를]\\s+\\S*(하고|하여|해서|하지|되고|되어)(\\s|$)",
    "(에|에서|로|으로|를|을|이|가|,)\\s(.*\\s)?(사용|적용|저장|조회|지원|제공|전송|처리|관리|보장|허용|유지|변경|생성|삭제|수정|가능|불가|필요|특화|유리|불리|부족)$",
  ].join("|"),
  "i",
);

/** "새 소식이 없어도 요청이 오감": a clause (an argument marked by its particle) closed by a predicate made a noun with ㅁ. */
export function endsNominalised(text: string): boolean {
  const last = text.charCodeAt(text.length - 1) - 0xac00;
  return last >= 0 && last < 11172 && last % 28 === 16 && /[가-힣](이|가|을|를|에|도|은|는|로)\s/.test(text);
}

/**
 * A list jotting what a topic is, its points clauses rather than names ("테이블에 데이터를 삽입할 때, key가 없어
 * 삽입할 수 없는 현상"): at least half its items run to three words and twenty characters. Keywords ("페이지
 * 테이블", "TLB") and a log of edits ("3/12 처음 정리") name things.
 */
export function explainsInItems(block: Block): boolean {
  if (block.node.type !== "list") return false;
  const items = (block.node.children as ListItem[]).map((i) => textOf(i.children[0] ?? i).replace(/\s+/g, " ").trim());
  const clauses = items.filter((t) => t.length >= 20 && t.split(" ").length >= 3 && !/^\d{1,4}[./-]\d{1,2}/.test(t));
  return items.length > 0 && clauses.length * 2 >= items.length;
}

/** A list of five or more short noun phrases with nothing under them: an outline (table of contents), not an answer. */
function isOutline(list: List): boolean {
  // items (nested ones too) that are short noun phrases: a table of contents or syllabus
  let leaves = 0;
  // (…not points jotted in note style, "테이블 간 관계를 정의하지 않음", "GET: 서버의 데이터 조회", "암호화 적용":
  // two such items make the list an answer)
  let jotted = 0;
  const stack: List[] = [list];
  while (stack.length > 0) {
    const l = stack.pop()!;
    for (const i of l.children as ListItem[]) {
      const [head, ...rest] = i.children;
      if (!head || head.type !== "paragraph") return false;
      // (an item written as an HTML link, `<a href="…"><img …/> <b>Java</b></a>`, names what its tags hold)
      const said = textOf(head);
      const t = (said.includes("<") ? said.replace(/<[^>]*>/g, "").replace(/\s+/g, " ") : said).trim();
      // (a checklist of directives — "…을 사용할 것" — states what to do; it is no table of contents)
      if (/[.?!다요]$|것$|함$/.test(t) || t.length > 30) return false;
      if ((JOTTED_POINT.test(t) || endsNominalised(t)) && ++jotted >= 2) return false;
      for (const r of rest) {
        if (r.type !== "list") return false;
        stack.push(r);
      }
      leaves++;
    }
  }
  return leaves >= 5;
}

/**
 * A note about the document rather than its subject ("이 문서는 … 정리한
 * 문서입니다", "설명 대신 링크를 첨부합니다"): a section disclaimer.
 */
export function isNotice(text: string): boolean {
  const t = text.trim();
  const first = t.split(/(?<=[.!?。])\s|\n/)[0] ?? t;
  return (
    /^(이|본|아래|다음)\s*(문서|글|파일|저장소|레포|자료|페이지|내용|질문들?)([은는의]|에는|에서는)?\s/.test(t) ||
    /^this (document|repo|repository|page|section)\b/i.test(t) ||
    // "아래 5개는 자바 백엔드 면접에서 우선순위가 높은 질문이야": the questions below, counted
    (t.length <= 200 && /^(아래|다음)의?\s*\d{1,2}\s*(개|가지)(의\s*질문)?[은는]\s[^.\n]{0,60}질문(들)?(이야|이다|입니다|이에요|임)[.!]?$/.test(first)) ||
    (t.length <= 120 && /(링크|자료)[를을]?\s*(대신\s*)?(첨부|참고)/.test(t)) ||
    // "그림과 함께 설명하는 편이 좋아 포스팅으로 대체합니다": the answer lives elsewhere
    (t.length <= 160 && /(포스팅|링크|글|자료|문서|블로그)[^.\n]{0,20}(으로|로)\s*대체/.test(t)) ||
    // "공부하면서 정리하는 기술 저장소입니다", "각 주마다 주제를 정해 공부해 옵니다": about the repository or the study
    describesRepository(t) ||
    // "아래의 자료에서 자세한 설명과 코드를 볼 수 있다": the explanation is behind a link
    (t.length <= 300 && /^(아래|다음|위)의?\s*(자료|링크|글|포스팅|블로그|문서|영상)(에서|를|을|에|로)\s[^.\n]{0,40}(볼\s*수\s*있|확인|참고)/.test(first)) ||
    /(각\s*주마다|매주|주마다)[^.\n]{0,40}(공부|정리|발표|스터디)/.test(first) ||
    // "질문을 보고 직접 답변해보세요. 답변은 answers.md에서 확인할 수 있습니다": how to use the note, the answers elsewhere
    (t.length <= 200 && /((직접|스스로|먼저)\s*(답|답변|대답)\s*해\s*보(세요|십시오)|(답|답변|정답|해설|모범\s*답안)(은|는)\s*[^.\n]{0,40}(에서|에)\s*(확인|볼\s*수))/.test(t)) ||
    // "블로그에 정리해 둔 예상 질문입니다": one sentence saying what the note collects
    (t.length <= 160 && !/[.!?。]\s+\S/.test(t) && /(정리|모아|모은|준비)/.test(t) && /질문(들)?(을|를)?\s*(정리|모아|준비)?\s*(해\s*(두었|놓았|봤)|했|하였)?\s*(입니다|이다|임|습니다|합니다)[.!]?$/.test(t)) ||
    // "귀한 정보를 공유해주신 작성자분께 감사드립니다.": thanks to whoever shared the material, one sentence
    (t.length <= 120 && !/[.!?。]\s+\S/.test(t) && /(공유|작성|정리|제공)\s*해\s*주신[^.!\n]{0,30}(감사(드립니다|합니다|해요)|고맙습니다)[.!~]*$/.test(t))
  );
}

/** Two or more one-line items of at most 60 characters with nothing under them. */
export function isTerseList(list: List): boolean {
  const items = list.children as ListItem[];
  return items.length >= 2 && items.every((i) => i.children.length === 1 && i.children[0]!.type === "paragraph" && !textOf(i).includes("\n") && textOf(i).trim().length <= 60);
}

/** Every item of a list starts with a link (possibly quoted or bold). */
export function isResourceList(list: List): boolean {
  const items = list.children as ListItem[];
  return items.length >= 2 && items.every((i) => {
    const p = i.children[0];
    if (!p || p.type !== "paragraph") return false;
    const first = p.children.find((c) => !(c.type === "text" && /^["“'\s]*$/.test(c.value)));
    return !!first && (first.type === "link" || first.type === "linkReference" || ((first.type === "strong" || first.type === "emphasis") && first.children[0]?.type === "link"));
  });
}

/** Whether every item of a list opens with a link, written in Markdown or as an HTML `<a>`. */
function itemsLink(list: List): boolean {
  return (list.children as ListItem[]).every((i) => {
    const head = i.children[0];
    return head?.type === "paragraph" && head.children.some((c) => c.type === "link" || (c.type === "html" && /^<a\b/i.test(c.value)));
  });
}

/** Enough prose to be worth a card, and not just a list of links (a table of contents). */
export function isSubstantive(blocks: Block[], source: string): boolean {
  const prose = blocks.filter((b) => !isNoise(b, source) && (b.node.type !== "html" || isHtmlTable(b.node.value) || isHtmlProse(b.node.value)) && (b.node.type !== "code" || isProseInCode(b, source) || isExplainedFigure(b, source)));
  const text = prose.map((b) => (b.details ? "" : b.node.type === "code" ? b.node.value : b.node.type === "html" ? htmlText(b.node.value) : textOf(b.node))).join(" ").replace(/\s+/g, " ").trim();
  if (text.length < 20 || isNotice(text) || isAnnouncement(text)) return false;
  // a figure with a one-line caption or result ("> 평균대기시간 = (0+24+27)/3 = 17"): an illustration, not an answer
  if (text.length < 60 && /=/.test(text) && !/(다|요)[.!]?(\s|$)/.test(text) && /!\[|<img/i.test(blocks.map((b) => source.slice(b.start, b.end)).join("\n"))) return false;
  // an outline (or a table of in-page links), perhaps under one line introducing it
  const outlines = prose.filter((b) => b.node.type === "list" && (isOutline(b.node) || isAnchorToc(b.node)));
  // (an intro that states something — "시스템 콜은 크게 여섯 가지로 나뉜다." — makes the list its answer)
  const intro = prose.filter((b) => !outlines.includes(b));
  // (…or states it in note style, without the verb's ending: "커널은 운영체제의 핵심 부분으로 하드웨어 자원을 직접 관리")
  const states = intro.some((b) => {
    const t = textOf(b.node).trim();
    // ("**시스템 콜(System call)**은 …": emphasis Markdown leaves unread before a particle)
    const plain = t.replace(/[*_]/g, "");
    return t.length >= 20 && (/(다|요)\s*[.!]?$/.test(t) || (plain.length >= 30 && /^[^\n]{1,40}?[\uAC00-\uD7A3)](은|는)\s/.test(plain) && /[\uAC00-\uD7A3]$/.test(plain)));
  });
  // (…or, an outline of links, beside a block that only lists where to read, "> REFERENCE" over links; beside a list of a
  // topic's values, "- static", "- sticky", such a quote is that topic's reading)
  const pointsAway = (b: Block) => linksIn([b], source).length >= 2 && wordsBesideLinks([b], source).replace(/<\/?[a-z][^<>]*>?|[\p{Extended_Pictographic}\u{FE0F}*_!.,]/gu, "").length <= 30;
  const linkedOutline = outlines.length > 0 && outlines.every((b) => b.node.type === "list" && itemsLink(b.node));
  if (outlines.length > 0 && !states && intro.every((b) => (b.node.type === "paragraph" && textOf(b.node).length <= 200) || (linkedOutline && pointsAway(b)))) return false;
  // a note about the section ("> 아래 질문은 [이 글](…)에서 가져왔습니다"): a lone short quote with a link
  if (prose.length === 1 && prose[0]!.node.type === "blockquote" && textOf(prose[0]!.node).length <= 200 && linksIn(prose, source).length > 0) return false;
  // a list of resources: every item opens with a link ("[Book](…): why it is good")
  if (prose.length > 0 && prose.every((b) => b.node.type === "list" && isResourceList(b.node))) return false;
  const linkText = prose.flatMap((b) => linksIn([b], source)).join(" ").length;
  const raw = prose.map((b) => source.slice(b.start, b.end)).join(" ").length;
  return linkText < raw * 0.7;
}
