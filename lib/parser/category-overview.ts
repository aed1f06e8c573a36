/**
 * A heading that names a category and writes nothing of its own over the
 * members it lists as sub-headings ("## Isolation level 종류" over "### Read
 * Uncommitted", "### Read Committed" …; "### 페이지 교체 방법" over "#### FIFO",
 * "#### LRU" …) asks a question of its own, the one an interviewer puts
 * first: "…종류에 대해 설명해 주세요", answered by its members together. So does a
 * heading that compares two sides over exactly those two members ("MMU와 TLB"
 * over "MMU (…)" and "TLB (…)"). Each member keeps its own card: the overview
 * is added, never swapped in.
 */
import { RANK, addDraft, explainPrompt, topicTitle, type Ctx } from "./context";
import { isNoise, type CardDraft } from "./draft";
import { topicOf, type Section } from "./sections";

/** The end of a heading that names a set of kinds, ways or members (not a facet such as 특징, nor a procedure's 과정/단계). */
const CATEGORY = /(종류|방법들?|기법들?|유형|알고리즘|방식들?|분류|스케줄링|(?<![\uAC00-\uD7A3])상태|(상태|응답)\s*코드|격리\s*수준|현상들?|구성\s*요소|요소들?|원칙|전략|\bisolation\s+levels?|\btypes?|\bkinds?|\bstatus\s+codes?|\bheaders?|\btechniques)$/i;
/** "현재 상태", "진행 상태" over a diary's weeks: how far the writer has got, no category. */
const PROGRESS = /(현재|진행|작업|공부|학습)\s*상태$/;
/** "1주차", "2024-03-01", "Day 3": a diary's entries, not a category's members. */
const DIARY_ENTRY = /^(\d{1,2}\s*주\s*차|day\s*\d{1,3}|week\s*\d{1,2}|\d{4}[-./]\d{1,2}([-./]\d{1,2})?)(?=$|[\s:.)\]])/i;

/** A category word alone ("### ✔️ 알고리즘" under "# 로드밸런싱"): it names its topic's kinds. */
const BARE = /^(종류|방법|기법|유형|알고리즘|방식|분류|스케줄링|상태|현상|요소|구성\s*요소|원칙|전략|types?|kinds?|headers?|techniques)$/i;

const GENERATED = /에 대해 설명해 주세요\.$/;

/** Whether a heading's title names a category ("2. HTTP Status Code", "Isolation level 종류 (4가지)"). */
export function namesCategory(title: string): boolean {
  const t = title
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, " ")
    .replace(/[\s:：.!?]+$/, "")
    .trim();
  return CATEGORY.test(t) && !PROGRESS.test(t);
}

/** "HTTP와 HTTPS", "Process vs Thread", "뮤텍스 & 세마포어", "TCP와 UDP의 비교": two sides set against each other. */
const SIDES = /^(.{1,40}?)(?:\s+(?:vs\.?|VS|Vs)\s+|\s*&\s*|(?<=[\p{L}\p{N})])(?:와|과)\s+)(.{1,40}?)(?:\s*(?:의\s*)?(?:비교|차이점?))?$/u;

const words = (text: string) => new Set(text.toLowerCase().replace(/\([^()]*\)/g, " ").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2));

/**
 * The two sides a heading compares, when its members are exactly those sides
 * ("MMU와 TLB" over "MMU (Memory Management Unit)" and "TLB (…)"; "GET과 POST의 차이"
 * over "GET Method 특징" and "POST Method 특징"): each member shares a word with its own side.
 */
function comparesMembers(title: string, members: Section[]): boolean {
  const m = SIDES.exec(title.replace(/[\s:：.!?]+$/, "").replace(/\s+/g, " ").trim());
  if (!m || members.length !== 2) return false;
  const [a, b] = [words(m[1]!), words(m[2]!)];
  // (two words a side at most: "React와 Vue 공부 기록" sets no sides against each other, it names a diary)
  if (a.size > 2 || b.size > 2) return false;
  const shares = (side: Set<string>, member: Section) => [...words(member.title)].some((w) => side.has(w));
  const [x, y] = members as [Section, Section];
  return (shares(a, x) && shares(b, y) && !shares(a, y)) || (shares(b, x) && shares(a, y) && !shares(b, y));
}

/** Add an overview card for each category heading whose members (`kids`: child sections per section) are all carded noun topics. */
export function addCategoryOverviews(ctx: Ctx, sections: Section[], kids: Map<Section, Section[]>): void {
  const cardAt = new Map<number, CardDraft>();
  for (const d of ctx.drafts) if (d.kind !== "followup" && !cardAt.has(d.lineStart)) cardAt.set(d.lineStart, d);
  for (const section of sections) {
    if (!section.heading || section.role !== "topic" || section === ctx.titleSection || cardAt.has(section.line)) continue;
    const members = kids.get(section) ?? [];
    if (!(namesCategory(section.title) || comparesMembers(section.title, members)) || section.blocks.some((b) => !isNoise(b, ctx.source))) continue;
    if (members.length < 2 || members.some((m) => DIARY_ENTRY.test(m.title.trim()))) continue;
    // (every member a leaf carded as a noun topic: a member that asks, or has parts of its own, is a topic in its own right)
    const cards = members.map((m) => (m.role === "topic" && !kids.has(m) ? cardAt.get(m.line) : undefined));
    if (!cards.every((c): c is CardDraft => !!c && GENERATED.test(c.prompt) && (c.kind === "qa" || c.kind === "script"))) continue;
    const answer = members.map((m, i) => `**${m.title}**\n\n${cards[i]!.answer}`).join("\n\n");
    const lineEnd = Math.max(...cards.map((c) => c.lineEnd));
    const title = overviewTitle(ctx, section);
    if (!title) continue;
    addDraft(ctx, { kind: "qa", prompt: explainPrompt(title), answer, section, topic: section, role: "overview", rank: RANK.explain, lineStart: section.line, lineEnd }, false);
  }
}

/**
 * The category's name, with its topic before a bare category word ("로드밸런싱 알고리즘"); null when
 * none can be made (a bare "Techniques" under "Tree cheatsheet for coding interviews" asks nothing on its own).
 */
function overviewTitle(ctx: Ctx, section: Section): string | null {
  const title = topicTitle(ctx, section);
  if (title !== section.title || !BARE.test(title.trim())) return title;
  const topic = topicTitle(ctx, topicOf(section));
  return topic.length <= 24 ? `${topic} ${title}` : null;
}
