import { stringify } from "yaml";
import type { CardKind } from "@/lib/parser/types";

export interface RenderDeck {
  slug: string;
  title: string;
  description: string;
  tags: string[];
  sources: string[];
}

export interface RenderCard {
  key: string;
  kind: CardKind;
  prompt: string;
  /** What the question shows before its answer (a quiz's code and choices); written right under the question, as the note had it. */
  given?: string | null;
  answer: string;
  tips: string[];
  steps: string[] | null;
  parentKey: string | null;
}

/**
 * A question's body as a note writes it: what it shows, then its answer behind a "정답" fold —
 * the mark by which the parser tells them apart again on import, whatever the answer opens with.
 */
function bodyOf(c: RenderCard): string {
  const given = c.given?.trim();
  return given ? `${given}\n\n<details><summary>정답</summary>\n\n${c.answer.trim()}\n\n</details>` : c.answer.trim();
}

const SCRIPT_SUFFIX = /에 대해 설명해 주세요\.?$/;
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The H2 a script card came from: its prompt without "…에 대해 설명해 주세요." */
export function topicOf(prompt: string): string {
  return oneLine(prompt.replace(SCRIPT_SUFFIX, "")) || oneLine(prompt);
}

function quoteTips(tips: string[]): string[] {
  return tips.map((tip) => tip.split("\n").map((l) => `> ${l}`.trimEnd()).join("\n"));
}

function followupBlock(followups: RenderCard[]): string[] {
  if (followups.length === 0) return [];
  return ["### 꼬리 질문", ...followups.flatMap((f) => [`#### ${oneLine(f.prompt)}`, bodyOf(f)])];
}

/**
 * Renders a deck's active cards in the canonical format of content/README.md:
 * front matter, one H2 per topic with `### 스크립트` (tips as quotes),
 * `### 단계`, `### 꼬리 질문` / `####`, and standalone questions as `### Q.`
 * under a "질문" topic.
 */
export function renderDeckMarkdown(deck: RenderDeck, cards: RenderCard[]): string {
  const front = stringify({
    title: deck.title,
    slug: deck.slug,
    ...(deck.description ? { description: deck.description } : {}),
    ...(deck.tags.length ? { tags: deck.tags } : {}),
    ...(deck.sources.length ? { sources: deck.sources } : {}),
  }).trimEnd();
  const children = new Map<string, RenderCard[]>();
  for (const c of cards) if (c.kind === "followup" && c.parentKey) children.set(c.parentKey, [...(children.get(c.parentKey) ?? []), c]);
  const keys = new Set(cards.map((c) => c.key));
  const blocks: string[] = [];
  const topics = new Map<string, string[]>();
  const topic = (name: string) => {
    if (!topics.has(name)) topics.set(name, []);
    return topics.get(name)!;
  };
  const questions: string[] = [];
  for (const c of cards) {
    if (c.kind === "script") {
      const body = [c.answer.trim(), ...quoteTips(c.tips)].filter(Boolean);
      topic(topicOf(c.prompt)).unshift("### 스크립트", ...body, ...followupBlock(children.get(c.key) ?? []));
    } else if (c.kind === "steps") {
      const steps = (c.steps?.length ? c.steps : [c.answer]).map((s, i) => `${i + 1}. ${oneLine(s)}`);
      topic(topicOf(c.prompt)).push("### 단계", steps.join("\n"));
    } else if (c.kind === "qa") {
      questions.push(`### Q. ${oneLine(c.prompt)}`, bodyOf(c));
    } else if (!c.parentKey || !keys.has(c.parentKey)) {
      questions.push(`### Q. ${oneLine(c.prompt)}`, bodyOf(c)); // orphan follow-up: keep it as a question
    }
  }
  for (const [name, body] of topics) blocks.push(`## ${name}`, ...body);
  if (questions.length) blocks.push("## 질문", ...questions);
  return `---\n${front}\n---\n\n${blocks.filter(Boolean).join("\n\n")}\n`;
}
