/**
 * A study group's housekeeping in its notes (a repository README mostly):
 * the rules, fines and meeting times of the group, how to hand in work
 * (branches, PRs, file names), and the member list. None of it is a
 * question to rehearse; the section is skipped with a warning instead.
 */
import { isNoise } from "./draft";
import type { Section } from "./sections";

/** Fines, deposits, absences: only a study group's rules speak of them. */
const FINES = /벌금|예치금|보증금|지각|결석|불참|미참가/g;

/** Kinds of housekeeping talk; a section hitting several of them runs the group, it explains nothing. */
const KINDS: RegExp[] = [
  // when the group meets
  /(월|화|수|목|금|토|일)요일|평일|주말|매주|매일|\d{1,2}\s*시\s*(부터|까지|에|~)|\d{1,2}:\d{2}\s*[~-]/,
  // the group itself
  /스터디원|스터디(를|가|는|에서)?\s*(진행|시작|당일|시간|모임|끝난)|모입니다|모여서|발표(자|하기|합니다|를|하고)|모의\s*면접을?\s*진행|팀원(이|과|들)/,
  // handing in work
  /\bPR\b|pull\s*request|브랜치|\bbranch\b|\bmerge\b|머지/i,
  // where and how notes are written
  /파일\s*(명|이름)|\.md\b|마크다운\s*(으로|형식)/,
];

/** Whether a text is about running the study group: its fines, or three kinds of housekeeping (two in a short note). */
export function isStudyHousekeeping(text: string): boolean {
  const fines = new Set(text.match(FINES) ?? []);
  if (fines.size >= 2) return true;
  const kinds = KINDS.filter((k) => k.test(text)).length + (fines.size > 0 ? 1 : 0);
  // (a short line needs the group named: "매일 9시에 스터디를 진행합니다")
  return kinds >= 3 || (kinds >= 2 && text.length <= 150 && KINDS[1]!.test(text));
}

/** A GitHub profile (not a repository) or an avatar picture. */
const PERSON = /github\.com\/[\w-]+\/?(?=[)"'\s>|]|$)|<img\b[^>]*avatar|avatars?\.[\w.]+\//i;

/** Whether every row under a table's header points at a person and says no sentence: a member list. */
function isMemberTable(raw: string): boolean {
  const rows = raw.split("\n").map((r) => r.trim()).filter((r) => r.startsWith("|") && !/^\|[\s:|-]+\|?$/.test(r));
  const body = rows.slice(1);
  return body.length > 0 && body.every((r) => PERSON.test(r) && !/[다요][.!]?\s*\|/.test(r));
}

/**
 * Whether a section's own body is housekeeping: it talks about running the
 * study, or it is nothing but a table of members.
 */
export function isHousekeepingSection(section: Section, source: string): boolean {
  const blocks = section.blocks.filter((b) => !isNoise(b, source));
  if (blocks.length === 0) return false;
  const raw = blocks.map((b) => source.slice(b.start, b.end)).join("\n");
  if (blocks.every((b) => b.node.type === "table") && isMemberTable(raw)) return true;
  if (raw.length > 2000 || blocks.some((b) => b.details)) return false;
  return isStudyHousekeeping(`${section.text}\n${raw}`);
}
