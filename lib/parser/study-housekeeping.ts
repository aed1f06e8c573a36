/**
 * A study group's housekeeping in its notes (a repository README mostly):
 * the rules, fines and meeting times of the group, how to hand in work
 * (branches, PRs, file names), and the member list. None of it is a
 * question to rehearse; the section is skipped with a warning instead.
 */
import type { Block } from "./blocks";
import { isNoise } from "./draft";
import { isPoliteProse } from "./korean";
import { normalizeLabel } from "./labels";
import { isQuestion, isRequest } from "./questions";
import type { Section } from "./sections";

/** Fines, deposits, absences: only a study group's rules speak of them. */
const FINES = /벌금|예치금|보증금|지각|결석|불참|미참가/g;

/** Kinds of housekeeping talk; a section hitting several of them runs the group, it explains nothing. */
const KINDS: RegExp[] = [
  // when the group meets
  /(월|화|수|목|금|토|일)요일|평일|주말|매주|매일|\d{1,2}\s*시\s*(부터|까지|에|~)|\d{1,2}:\d{2}\s*[~-]/,
  // the group itself
  /스터디원|스터디(를|가|는|에서)?\s*(진행|시작|당일|시간|모임|끝난)|모입니다|모여서|발표(자|하기|합니다|를|하고)|모의\s*면접을?\s*진행|팀원(이|과|들)|(출제자|응시자)\s*[:：]|(다른\s*)?팀원의\s*문제/,
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

/** A timetable of the study: its header names dates, weeks or presenters ("| 발표일 | 주제 | 발표자 |", "| 출제자 | 범위 |"). */
function isScheduleTable(raw: string): boolean {
  const header = raw.split("\n").find((r) => r.trim().startsWith("|")) ?? "";
  // (a table of questions by week is questions, not a timetable: "| 주차 | 질문 | 답변 |")
  if (/\|\s*(질문|답변?|문제|question|answer)\s*\|/i.test(header)) return false;
  return /\|\s*(발표(일|자|\s*자료)|주차|진행\s*일|출제자|발제자|presenter|week)\s*\|/i.test(header.replace(/\s+/g, " "));
}

/** A line of a study's timetable: it opens on the week, the session or a day of the year ("1 주차 : …", "3회차 -", "Week 3 -", "10월 16일 -", "10/16(수)"). */
// (a dated year is not enough: "2015-06-17: ES2015", "1.1 : 지속 연결" are a history and versions; a meeting's day needs no year)
const SCHEDULE_LINE = /^([-*+]\s+)?(\d{1,2}\s*(주\s*차|회\s*차)|week\s*\d{1,2}\b)/i;
/** A line opening on a day of the year ("10월 16일 -", "3/18(월) -"): a meeting log's only under a heading that names one. */
const DAY_LINE = /^([-*+]\s+)?(\d{1,2}\s*월\s*\d{1,2}\s*일|\d{1,2}\/\d{1,2}\s*\([월화수목금토일]\))/;
/** "진행 상황", "모임 기록", "스터디 일지": what a study did, day by day (a release history or a timeline of incidents is not). */
const LOG_HEADING = /(진행|모임|스터디|회의|활동)\s*(상황|기록|일지|현황|로그)$|^(진행\s*상황|기록|일지)$/;

/** A timetable written line by line: three lines at least, each short and opening on a week or a session. */
function isScheduleLines(raw: string, heading = ""): boolean {
  // (a line's links count by their text: "1 주차 : [자바/스프링 [23-09-25]](https://…)\")
  const lines = raw.split("\n").map((l) => l.replace(/\]\([^)\s]*\)/g, "]").replace(/\\\s*$/, "").trim()).filter(Boolean);
  const byDay = LOG_HEADING.test(heading);
  return lines.length >= 3 && lines.every((l) => l.length <= 120 && (SCHEDULE_LINE.test(l) || (byDay && DAY_LINE.test(l))) && !/[?？]$/.test(l));
}

/**
 * "…을 클론하여 커스텀하고 있는 저장소입니다": the repository speaking of itself. ("…을 정리해 놓은
 * 저장소입니다" is left to the answer check, describesRepository: under a question it leaves that question unanswered.)
 */
// (not "…를 관리하는 저장소입니다": a store, in a technical answer)
const ABOUT_REPOSITORY = /(^|\s)(이|본)\s*(저장소|레포(지토리)?|repository)는|(클론|포크|fork)[^.\n]{0,20}커스텀[^.\n]{0,20}(저장소|레포|repository)/i;
/** "질문과 답변을 정리해 나갑니다", "도움이 되었으면 좋겠습니다": the same, in words an applicant's own answer may use too. */
const COLLECTS_ANSWERS = /정리해\s*나(갑니다|가려|가고)|도움이\s*되었으면\s*(좋겠|합니다)/;
/** "틀린 부분이 있을 수 있습니다", "이슈나 PR로 알려주세요": a disclaimer (a title's, over the note's outline, introduces the deck). */
const DISCLAIMER = /(틀린|잘못된|부족한)\s*(부분|내용|점)[^.\n]{0,30}(있을\s*수|알려|제보)|(이슈|issue|\bPR\b)[^.\n]{0,15}(로|으로)?\s*(알려|제보)\s*주(시면|세요)/i;

/** A heading that names a study group ("CS 스터디", "Computer Science Study"); a case study is a topic, "What I study" a journal's heading. */
function namesStudy(heading: string): boolean {
  const label = studyLabel(heading);
  // ("What I study", "우리가 공부한 것": a learning journal's heading over its topics, "study" a verb)
  return /(^|\s)(스터디|study)$/.test(label) && !/(케이스|사례|case|심화|추가|보충|개인|복습|self|further|extra)\s*(스터디|study)$/.test(label) && !/\b(i|we|you|what|how|to)\s+study$/.test(label);
}

/** A heading's label without the cohort it names ("CS 면접 스터디 (3기)", "CS Study - 2기"): the study is the same. */
function studyLabel(heading: string): string {
  return normalizeLabel(heading.replace(/<[^>]*>/g, " ").replace(/\s*(\(\s*\d{1,2}\s*기\s*\)|[-–]\s*\d{1,2}\s*기)\s*$/, ""));
}

/** "…스터디 레포입니다", "이 저장소는 …": the text says it is the study's repository (never "Redis는 … 키-값 저장소입니다"). */
const SAYS_ITS_REPOSITORY = /(스터디|공부|정리|학습|면접\s*준비)[^.\n]{0,20}(레포|저장소|레포지토리|리포지토리)(입니다|이다|예요|에요)|(이|본)\s*(레포|저장소|레포지토리)(는|에서는)|\b(this|the)\s+repository\b/i;

/** A study's repository introducing itself under its title, at whatever length, so long as it asks nothing. */
function introducesStudyRepository(title: Section, raw: string): boolean {
  return namesStudy(title.text) && SAYS_ITS_REPOSITORY.test(raw.slice(0, 400)) && !/[?？]/.test(raw);
}

/** The headings of a study repository's guide, each the whole heading: how to use it, its rules and notation, where it came from, thanks (never "트랜잭션 격리 수준 안내", "HTTP 캐시 규칙", "감사 로그"). */
const README_GUIDE = /^((\d+\s*주\s*)?로드맵|일정|커리큘럼|((주차|학습)\s*)?(파일\s*)?(사용법|사용\s*방법)|표기\s*규칙|스터디\s*규칙|진행\s*(방식|방법)|참여\s*방법|기여(하기|\s*방법)?|contributing|contributors?|(special\s*)?thanks(\s*to)?|감사(의\s*말|합니다)?|라이선스|license|왜\s*이렇게\s*나눴(나|나요|을까)|(원본\s*)?(레포|저장소|레포지토리)\s*(안내|소개)|폴더\s*구조|파일\s*구성)$/i;

/** What a study's own introduction says it is: a study, or interview preparation ("기술 면접을 준비하기 위한 스터디"). */
const TALKS_OF_STUDY = /스터디|면접을?\s*(준비|대비)|\bstudy\b|\binterview\s+prep/i;

/** A title's tagline: one short quoted line that says nothing in a sentence ("> Java 개발자가 알아야 할 핵심 개념"), or the learning outcome it promises. */
function isTagline(blocks: Block[], source: string): boolean {
  if (blocks.length !== 1 || blocks[0]!.node.type !== "blockquote") return false;
  const text = source.slice(blocks[0]!.start, blocks[0]!.end).replace(/^\s*>\s?/gm, "").trim();
  if (text.includes("\n")) return false;
  // "> …을 설명할 수 있게 된다.": what the reader will be able to do, a learning outcome
  // (a short line without a sentence may be a one-line definition of the title: "# 데드락" "> …멈춘 상태")
  return /(설명|이해|구분|비교|답)(할|하게\s*될)\s*수\s*있(게\s*된다|다)[.!]?$/.test(text);
}

/** A journal's own sections: what the writer felt or did today, not a topic ("## 느낀 점", "## 회고", "## 오늘 한 일"). */
const JOURNAL = /^(느낀\s*점|소감|후기|회고|오늘의?\s*회고|오늘\s*한\s*일|내일\s*할\s*일|다음(에)?\s*할\s*일|할\s*일|to\s*-?\s*do|todo|retrospective)$/i;
/** A retrospective's, a meeting's or a mock interview's review title ("3주차 회고", "코드 리뷰 회고록", "KPT", "회의록", "CS 스터디 피드백"), ending so ("미팅룸 예약 시스템 설계" names a system). */
const RETRO_TITLE = /(회고(록)?|회의\s*록|(스터디|면접|모의\s*면접)\s*피드백(\s*[-–—:]\s*\S{1,10})?|retrospective|\bretro|\bkpt|미팅\s*(노트|기록)|meeting\s*notes?|minutes)\s*(\([^)]*\)?)?$/i;
/**
 * A retrospective's parts ("잘한 점", "아쉬운 점", "보완하면 좋을 점", "Keep / Problem / Try", "다음 주 할 일") and a meeting's ("안건",
 * "참석자"); "배운 점", "개선할 점", "논의 내용" and "결정 사항" are not: they hold what was learned or decided, study content.
 */
const RETRO_PART = /^(잘한|잘된|좋았던|아쉬운|아쉬웠던)\s*점$|^보완(하면\s*좋을|할)\s*점$|^(keep|problem|try)$|^(다음|이번)\s*주(에)?\s*(할\s*일|한\s*일|계획|목표)$|^(안건|참석자|action\s*items?)$/i;

/** "피드백", "받은 피드백", "면접 피드백": remarks on an answer given, under the log of the interview it was given in. */
const FEEDBACK = /^((받은|면접|모의\s*면접|최종)\s*)?피드백$/;
/** "…피드백을 받았습니다": the writer's own story of a remark received (an answer prepared for the interview), not the remark. */
const TELLS_FEEDBACK_RECEIVED = /받았(습니다|어요|고|는데|다)/;
/** "## Feedback", "## 피드백", "## 받은 코멘트": the heading the reviewers' remarks are gathered under. */
const GATHERS_FEEDBACK = /^(((받은|면접|모의\s*면접|최종|동료|스터디원|팀원|스터디)\s*)?(피드백|코멘트)(\s*(정리|모음))?|feedbacks?|comments?|reviews?)$/i;
/** A person's name as a reviewer signs it: two to four syllables ("채현", "남궁민수"), or a capitalised Latin name ("Kim"). */
const REVIEWER_NAME = "([가-힣]{2,4}|[A-Z][a-z]{2,11})";
/** Words that name a role, a thing or a group, never the one who wrote a remark ("시스템의 피드백", "사용자의 피드백"). */
const NOT_A_PERSON = /^(시스템|사용자|고객|유저|서버|클라이언트|회사|제품|서비스|시장|모델|팀장|팀원|동료|상사|선배|부모|교수|멘토)/;
// (case matters: a name is capitalised, "By product" is no one; "### by 정민 (5/2)": the day it was written after the name)
const REVIEWER_HEADING = new RegExp(`^(?:([Ff]rom|FROM|[Bb]y|BY|[Tt]o|TO)[.:：]?\\s+${REVIEWER_NAME}(\\s*님)?|${REVIEWER_NAME}\\s*님(의)?(\\s*(피드백|코멘트|의견))?|${REVIEWER_NAME}의\\s*(피드백|코멘트|의견)|${REVIEWER_NAME}\\s*\\((면접관|리뷰어|[Rr]eviewer)\\)|(면접관|리뷰어)\\s*[A-Z1-9])(\\s*\\(\\d{1,4}[./-]\\d{1,2}([./-]\\d{1,2})?\\))?$`);
const WHOLE_NAME = new RegExp(`^${REVIEWER_NAME}$`);

/**
 * "### from 채현", "### To: 민수", "### By. Kim", "### 지수님", "### 지수님 피드백", "### 민수의 코멘트", "### 도윤 (면접관)": one
 * reviewer's remarks, headed by who wrote them ("### From 절", "### Topic", "### By product" and "### 긍정 피드백" name no one).
 */
function namesReviewer(text: string): boolean {
  // (as written, case and all: a name is capitalised; emoji, markup and numbering aside)
  const heading = text.replace(/<[^>]*>/g, " ").replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}*_`]/gu, " ").replace(/^\s*(\d{1,2}[.)]\s*)?/, "").replace(/\s+/g, " ").trim();
  const named = REVIEWER_HEADING.exec(heading);
  if (!named) return false;
  const name = named.slice(1).find((g) => g && WHOLE_NAME.test(g) && !/^(from|by|to)$/i.test(g)) ?? "";
  return !NOT_A_PERSON.test(name);
}
/** "모의 면접 서기", "모의면접 기록", "면접 스터디 3회차": a note recording an interview held. */
const INTERVIEW_LOG = /^#{1,6}[^\S\n].*(모의\s*면접|면접\s*(서기|기록|일지|로그)|mock\s*interview)/im;
/** Whether a heading of the note says it records an interview held (a heading, never a passing mention in the text). */
const recordsInterview = (source: string) => INTERVIEW_LOG.test(source);

/** The headings a section sits under, nearest first. */
function headingsAbove(section: Section): Section[] {
  const out: Section[] = [];
  for (let s = section.parent; s?.heading; s = s.parent) out.push(s);
  return out;
}

/** A retrospective's remarks: short lines, no code, nothing asked ("- 리뷰 요청을 너무 큰 단위로 올렸다"); an explanation re-written there stays. */
// (a reviewer's remark to the one who answered, under a feedback title, may run long on one line, "…설명해주신 것을 봤을 때
// … 같습니다.": 500 characters; a project retrospective's long lines are answers prepared about that project)
function isRetroRemark(blocks: Block[], raw: string, feedback: boolean): boolean {
  return !blocks.some((b) => b.node.type === "code" || b.node.type === "table") && raw.split("\n").every((l) => l.trim().length <= (feedback ? 500 : 200) && !/[?？]\s*$/.test(l));
}
/** "## 과제", "## 다음 주 과제", "### Homework": what the group is to do before it meets again. */
const HOMEWORK = /^((이번|다음)\s*주\s*)?(과제|숙제|homework|assignments?)$/i;
/** "## 정정 이력", "## 변경 내역 (2024-03-02)", "## Changelog": how the note itself was corrected, not what it teaches. */
const REVISIONS = /^((정정|수정|변경|개정|업데이트)\s*(이력|내역)|change\s*-?log|revision\s*history)(\s*\([^)]*\)?)?$/i;

/** Every line an item at the margin (a task box or not), nothing nested under any, none asking: a to-do list. */
function isTaskList(raw: string): boolean {
  const lines = raw.split("\n").filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => /^[-*+]\s+\S/.test(l)) && !lines.some((l) => asks(l.replace(/^[-*+]\s+(\[[ xX]\]\s+)?/, "")));
}

/** A date on a heading or a line ("(2026-08-09)", "- 2024.03.02 오타 수정"): the history's entries are dated. */
const DATED = /\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}/;

/** A correction history: its heading dated, or two lines or more each opening on a date. */
function isDatedHistory(heading: string, raw: string): boolean {
  return DATED.test(heading) || raw.split("\n").filter((l) => /^\s*([-*+]\s+)?\**\s*\d{4}\s*[-./]\s*\d{1,2}/.test(l)).length >= 2;
}

/** "## 학습 체크리스트", "## 셀프 체크리스트": what the reader should be able to do (a bare "체크리스트" may be a deployment's), a study plan (when its items only name skills). */
const CHECKLIST = /^((학습|공부|스터디|복습|셀프|자가)\s*(체크\s*리스트|checklist)|study\s+checklist|self[-\s]?check)$/i;

/** "체크리스트", "Checklist" alone. */
const BARE_CHECKLIST = /^(체크\s*리스트|checklist)$/i;

/** Every item at the margin (a task box or not) an ability to explain, compare or tell apart ("…의 차이를 설명할 수 있다"). */
function explainsAbilities(raw: string): boolean {
  const lines = raw.split("\n").filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => /^[-*+]\s+(\[[ xX]\]\s+)?\S/.test(l) && /(설명|비교|구분|말|답|이해|정리|그림으로\s*그릴|그릴)(할|하|을)?\s*수\s*있다[.!]?\s*$/.test(l.trim()));
}

/**
 * Task items at the margin, none asking or answered under it ("- [ ] Big-O 표기법 이해 및 주요 복잡도 암기"),
 * or skills named in short points under bold group names ("**Proxy**:" over "- JDK Dynamic Proxy vs CGLIB").
 */
function isSkillChecklist(raw: string): boolean {
  const lines = raw.split("\n").filter((l) => l.trim());
  const tasks = lines.every((l) => /^[-*+]\s+\[[ xX]\]\s+\S/.test(l) && !asks(l.replace(/^[-*+]\s+\[[ xX]\]\s+/, "")));
  const groups = lines.filter((l) => /^\*\*[^*]+\*\*\s*[:：]?\s*$/.test(l.trim())).length;
  // (a point that says something, "…로 해결한다.", is a note, not a skill's name)
  // ("- 데드락 발생 조건을 말할 수 있다": a skill the reader should have, said as an ability)
  // (only under a checklist's heading: elsewhere "…를 줄일 수 있다" is what a technique can do)
  const ability = (l: string) => /[가-힣]\s*수\s*있(다|는가|나|음)[.!?]?\s*$|(알고|이해하고)\s*있(다|는가|음)[.!?]?\s*$/.test(l.trim());
  const named = (l: string) => /^[-*+]\s+\S/.test(l) && l.length <= 80 && (ability(l) || (!asks(l.replace(/^[-*+]\s+/, "")) && !/(다|요|음|함)[.!]?\s*$/.test(l.trim())));
  return lines.length > 0 && (tasks || (groups >= 2 && lines.every((l) => /^\*\*[^*]+\*\*\s*[:：]?\s*$/.test(l.trim()) || named(l))));
}
const asks = (text: string) => isQuestion(text) || isRequest(text);
/** How to hand in work: "## PR 가이드", "## 커밋 규칙", "## 기여 방법", "## Contributing". */
const HANDING_IN = /^((pr|pull\s*request|커밋|commit|브랜치|branch)\s*(가이드|규칙|컨벤션|convention|rules?|guide|guidelines?|방법)|기여\s*(방법|하기|가이드)|contributing|how\s+to\s+contribute)$/i;
/** A note's preface ("들어가기 앞서", "시작하며"): the writer speaking to the reader before the questions, not a topic. */
const PREFACE = /^(들어가기(에)?\s*(앞서|전에?)|들어가며|시작하기(에)?\s*(앞서|전에?)|시작하며|머리말|서문|preface|prologue)$/i;
/** A title naming the questions the note collects ("프론트엔드 예상 면접 질문"): text of its own about them introduces the deck. */
const COLLECTION_TITLE = /(면접|기술|예상)\s*(예상\s*)?질문(\s*(모음집?|정리집?|리스트|목록|list))?$|interview\s+questions$/i;

/** Whether a note's title names the questions it collects ("😎 프론트엔드 예상 면접 질문"). */
export function namesQuestionCollection(text: string): boolean {
  return COLLECTION_TITLE.test(normalizeLabel(text.replace(/<[^>]*>/g, " ")));
}

/**
 * Whether a section is a preface ("👋 들어가기 앞서" over "> 기본기부터 확인합니다"): its heading names one
 * and its own text is a line or two that asks nothing; or, under any heading, its own text is one sentence
 * that only urges the reader on (`leadsIn`). ("0. 들어가기 전에" over the background a topic builds on
 * explains something, and is no preface.) The caller checks that sections follow under it.
 */
export function isPreface(section: Section, source: string): boolean {
  if (section.role === "question") return false;
  const own = section.blocks.filter((b) => !isNoise(b, source));
  const names = PREFACE.test(normalizeLabel(section.text.replace(/<[^>]*>/g, " ")));
  // (read no further than the short text either needs)
  if (own.length === 0 || (!names && (own.length > 1 || own[0]!.end - own[0]!.start > 200))) return false;
  const raw = own.map((b) => source.slice(b.start, b.end)).join("\n");
  return names ? raw.length <= 160 && !/[?？]/.test(raw) : leadsIn(raw);
}

/** "정확하게 이해를 해보자.", "짚고 넘어가자.", "정리해 봅시다.": a sentence that only urges the reader on. */
const URGES = /((해|알아|살펴|정리해|이해해|공부해|짚어|파헤쳐|봐)\s*(보자|봅시다)|넘어가자|넘어갑시다|시작하자|시작합시다)[.!~]*$/;

/**
 * Whether a section's own text is one short sentence urging the reader on: a lead-in to what follows, under
 * any heading ("오늘의 주제: 인덱스"). A definition before the urging ("…저장소다. 두 전략을 살펴보자.") explains.
 */
function leadsIn(raw: string): boolean {
  const line = raw.replace(/(\*\*|__)/g, "").trim();
  const sentences = line.split(/(?<=[.!?。])\s+/).filter(Boolean);
  return line.length > 0 && line.length <= 80 && !line.includes("\n") && !/[?？]/.test(line) && sentences.length === 1 && URGES.test(line);
}

/** A learning journal's dated title ("TIL 2024-01-15", "TIL - 3주차"): its own lines are the day's diary. */
const JOURNAL_TITLE = /^til\b/i;

/**
 * "## Feedback" over "### from 민수", "### To 지수", "### 하은님 피드백": a heading that gathers reviewers' remarks, nothing
 * of its own, each part under it one reviewer's (skipped whole, however many: three or more are read into it as its parts,
 * their headings among its blocks).
 */
export function gathersReviewerRemarks(section: Section, children: Section[], source: string, title: Section | null): boolean {
  if (!section.heading || !GATHERS_FEEDBACK.test(normalizeLabel(section.text.replace(/<[^>]*>/g, " ")))) return false;
  const own = (b: Block) => !isNoise(b, source) && b.node.type !== "heading";
  const parts: { heading: string; blocks: Block[] }[] = [];
  for (const b of section.blocks) {
    if (b.node.type === "heading") parts.push({ heading: source.slice(b.start, b.end).replace(/^#+\s*|\s*#+\s*$/g, ""), blocks: [] });
    else if (own(b) && parts.length === 0) return false;
    else if (own(b)) parts.at(-1)!.blocks.push(b);
  }
  const remarks = (blocks: Block[]) => {
    const raw = blocks.map((b) => source.slice(b.start, b.end)).join("\n");
    return blocks.length > 0 && raw.length <= 800 && !/[?？]\s*$/m.test(raw) && isRetroRemark(blocks, raw, true) && !TELLS_FEEDBACK_RECEIVED.test(raw);
  };
  if (parts.length > 0) return children.length === 0 && parts.every((p) => namesReviewer(p.heading) && remarks(p.blocks));
  return children.length > 0 && children.every((c) => namesReviewer(c.text) && isHousekeepingSection(c, source, title, true));
}

/**
 * Whether a section's own body is housekeeping: it talks about running the
 * study or about the repository itself, it is nothing but a table of
 * members, or (a note's title) a tagline over the note's sections.
 */
export function isHousekeepingSection(section: Section, source: string, title: Section | null = null, leaf = true): boolean {
  const blocks = section.blocks.filter((b) => !isNoise(b, source));
  if (blocks.length === 0) return false;
  if (section === title && isTagline(blocks, source)) return true;
  const raw = blocks.map((b) => source.slice(b.start, b.end)).join("\n");
  if (blocks.every((b) => b.node.type === "table") && (isMemberTable(raw) || isScheduleTable(raw))) return true;
  if (section.role !== "question" && isScheduleLines(raw, normalizeLabel(section.text.replace(/<[^>]*>/g, " ")))) return true;
  if (raw.length > 2000 || blocks.some((b) => b.details)) return false;
  const short = raw.length <= 800 && !/[?？]\s*$/m.test(raw);
  const heading = normalizeLabel(section.text.replace(/<[^>]*>/g, " "));
  if (short && section.role !== "question" && (JOURNAL.test(heading) || HANDING_IN.test(heading))) return true;
  // (a review of how an interview went, "### 후기" over paragraphs of it, at any length: it asks nothing)
  if (section.role !== "question" && JOURNAL.test(heading) && !/[?？]/.test(raw) && blocks.every((b) => b.node.type === "paragraph")) return true;
  // (a note titled by a "##" heading has no title section: its outermost heading names it all the same; so may a heading
  // between, "## CS 스터디 피드백 - 5주차" under "# 면접 스터디 기록")
  const retro = () => [title, ...headingsAbove(section)].some((h) => !!h && h !== section && RETRO_TITLE.test(normalizeLabel(h.text)));
  const feedback = () => [title, ...headingsAbove(section)].some((h) => !!h && h !== section && /피드백/.test(normalizeLabel(h.text)));
  if (short && leaf && section.role !== "question" && RETRO_PART.test(heading) && retro() && isRetroRemark(blocks, raw, feedback())) return true;
  // ("### 피드백" after a mock interview's log, "### 모의 면접 서기": the reviewers' remarks on how it went, asking nothing)
  if (short && leaf && section.role !== "question" && FEEDBACK.test(heading) && recordsInterview(source) && isRetroRemark(blocks, raw, true)) return true;
  // ("## Feedback" over "### from 채현", "### From 나연": each reviewer's remarks under the gathering heading, however the note is titled)
  if (short && leaf && section.role !== "question" && section.parent?.heading && GATHERS_FEEDBACK.test(normalizeLabel(section.parent.text)) && namesReviewer(section.text) && isRetroRemark(blocks, raw, true) && !TELLS_FEEDBACK_RECEIVED.test(raw)) return true;
  if (section.role !== "question" && CHECKLIST.test(heading) && isSkillChecklist(raw)) return true;
  // (only the list itself, never sections under it: "## 과제" over "### 흐름 제어" and its answer is homework done)
  if (leaf && section.role !== "question" && HOMEWORK.test(heading) && isTaskList(raw)) return true;
  // (…and only a dated history: "## 변경 이력" over how to keep an audit trail is a topic)
  if (leaf && section.role !== "question" && REVISIONS.test(heading) && !/[?？]/.test(raw) && isDatedHistory(section.text, raw)) return true;
  // (a bare "## 체크리스트" only when every item is the reader's ability to explain: a deployment's "…롤백할 수 있다" is content)
  if (section.role !== "question" && BARE_CHECKLIST.test(heading) && explainsAbilities(raw)) return true;
  if (short && section === title && JOURNAL_TITLE.test(heading) && raw.length <= 300) return true;
  if (short && ABOUT_REPOSITORY.test(raw)) return true;
  // "### 📚 Computer Science Study" over the group's motto, "### CS 스터디" over how it runs: the study named, not a topic
  // ("# 💻 기술 면접 스터디" over what the study is for and how to hand in work: the repository's title, introducing it;
  // a name in Latin words is left to introducesRepository)
  // (…never over questions, "Q. …?", nor over more than a short introduction: "# 네트워크 스터디" may hold the notes themselves)
  if (short && namesStudy(section.text) && (section !== title || (studyLabel(section.text).endsWith("스터디") && raw.length <= 400 && TALKS_OF_STUDY.test(raw) && !/[?？]/.test(raw)))) return true;
  // ("# Tech-Interview — CS 면접 스터디" over "…진행하는 12주 CS 면접 스터디 레포입니다." and how it runs: the study's
  // repository introducing itself, at whatever length, so long as it asks nothing)
  if (section === title && introducesStudyRepository(section, raw)) return true;
  // (…and under such a title, its guide: "## 주차 파일 사용법", "### 표기 규칙", "## 원본 레포 안내", "## Special Thanks")
  if (title && section !== title && !/[?？]/.test(`${section.text}\n${raw}`) && README_GUIDE.test(normalizeLabel(section.text)) && introducesStudyRepository(title, title.blocks.filter((b) => !isNoise(b, source)).map((b) => source.slice(b.start, b.end)).join("\n"))) return true;
  // (spoken prose answering a question is the applicant's own story, however it speaks of fines and meetings or hopes to help)
  const prose = isPoliteProse(raw);
  if (prose && section.role === "question") return false;
  if (short && (COLLECTS_ANSWERS.test(raw) || (section !== title && DISCLAIMER.test(raw)))) return true;
  // (…and so is prose telling in the past what the writer did: "스터디를 하며 벌금 제도를 만들었습니다")
  if (prose && /(었|았|였|했)(습니다|어요|고|는데)/.test(raw)) return false;
  return isStudyHousekeeping(`${section.text}\n${raw}`);
}

/** "## B 기업 (대면)", "### 카카오 1차 면접": an interview the writer sat, named by its company or its round. */
const INTERVIEW_SAT = /^[^\s]{1,12}\s*(기업|회사)\s*\(\s*(비?대면|온라인|오프라인|화상|전화|\d\s*차)[^)]*\)?$|^[^\n]{0,20}\d\s*차\s*(기술\s*|인성\s*|임원\s*)?면접\s*(\([^)]*\)?)?$/;

/** Whether a heading names an interview the writer sat: what is written under it tells how it went, no answer. */
export function namesInterviewSat(heading: string): boolean {
  return INTERVIEW_SAT.test(normalizeLabel(heading.replace(/<[^>]*>/g, " ")));
}
