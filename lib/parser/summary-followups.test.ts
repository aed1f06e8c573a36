/**
 * A day's study note (our own words, written for this test): "## 📝 핵심 정리"
 * over the day's topics, each a card, then "## 💬 꼬리 질문 (면접 답변)" over
 * questions. The label's aside in brackets still makes it a follow-up label;
 * the summary heading has no card of its own, so each question follows the
 * topic under it that it names, and one naming none stands alone.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";
import { classifyLabel } from "./labels";

const NOTE = [
  "# Day 3 — 프로세스와 스레드",
  "",
  "## 📝 핵심 정리",
  "",
  "### 프로세스",
  "",
  "실행 중인 프로그램으로, 운영체제에게서 코드, 데이터, 힙, 스택 영역을 따로 받습니다. 다른 프로세스의 메모리에는 직접 접근할 수 없어서 통신하려면 IPC를 거쳐야 합니다. 하나가 죽어도 다른 프로세스에는 영향이 없습니다.",
  "",
  "### 스레드",
  "",
  "프로세스 안에서 실행되는 흐름의 단위입니다. 스택과 레지스터만 따로 갖고 코드, 데이터, 힙 영역은 같은 프로세스의 다른 스레드와 함께 씁니다. 그래서 만들고 전환하는 비용이 프로세스보다 작습니다.",
  "",
  "### 컨텍스트 스위칭",
  "",
  "CPU가 실행하던 작업의 상태를 PCB에 저장하고 다음 작업의 상태를 불러오는 일입니다. 인터럽트나 시스템 콜, 타임 슬라이스가 끝날 때 일어나며, 그동안 CPU는 사용자 작업을 하지 못합니다.",
  "",
  "## 💬 꼬리 질문 (면접 답변)",
  "",
  "### Q1. 컨텍스트 스위칭 비용이 큰 이유는?",
  "",
  "레지스터를 저장하고 캐시와 TLB가 비워져 다시 채워야 하기 때문입니다.",
  "",
  "### Q2. 멀티코어에서는 무엇이 달라지나요?",
  "",
  "여러 작업이 정말로 동시에 실행되어 동기화가 더 중요해집니다.",
];

describe("follow-up questions after a summary of several topics", () => {
  it("each follows the topic it names; one naming none stands as a question of its own", () => {
    expect(noteCards(NOTE).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [7, "script", null],
      [11, "script", null],
      [15, "script", null],
      [19, "followup", 15],
      [23, "qa", null],
    ]);
  });

  it("reads a follow-up label with an aside in brackets as the label, when the aside says it holds questions with answers", () => {
    expect(classifyLabel("💬 꼬리 질문 (면접 답변)")).toBe("followups");
    expect(classifyLabel("추가 질문 (예상)")).toBe("followups");
    // (what they are about, that they are still to come, or the writer's own notes: no label by the aside)
    for (const heading of ["꼬리 질문 (Q2 관련)", "꼬리 질문 (준비 중)", "꼬리 질문 (내 생각 정리)", "추가 질문 (HTTP/2)"]) expect(classifyLabel(heading)).toBeNull();
  });

  it("never follows a topic it shares only words any question uses ('동작', '방식')", () => {
    const note = NOTE.map((l) => l.replace("### Q1. 컨텍스트 스위칭 비용이 큰 이유는?", "### Q1. 하이퍼스레딩의 동작 방식은 어떻게 되나요?").replace("### 컨텍스트 스위칭", "### 컨텍스트 스위칭 동작 방식"));
    expect(noteCards(note).find(([line]) => line === 19)!.slice(1, 2)).toEqual(["qa"]);
  });
});

describe("ids of questions a newer reading makes follow-ups", () => {
  it("stay what they were when the questions stood alone, so a re-import keeps their history", async () => {
    const { parseDeck } = await import("./index");
    const ids = parseDeck(NOTE.join("\n"), { path: "notes/summary.md" }).cards.map((c) => [c.lineStart, c.id]);
    // (values from the parser before the label's aside was read: both questions were "qa" cards then)
    expect(ids.slice(3)).toEqual([
      [19, "4524b92241b0e16c"],
      [23, "c0c209a3938daef2"],
    ]);
  });
});

describe("a question under a group heading under a label read by its aside", () => {
  it("keeps the id it had as a question of its own (value from the parser before)", async () => {
    const { parseDeck } = await import("./index");
    const note = ["# 프로세스와 스레드", "", "## 프로세스", "", "실행 중인 프로그램으로 독립된 메모리 공간을 받는다.", "", "## 스레드", "", "프로세스 안의 실행 흐름으로 스택만 따로 가진다.", "", "## 꼬리 질문 (예상)", "", "### 프로세스 관련", "", "#### 프로세스끼리 데이터를 주고받으려면 어떻게 하나요?", "", "파이프, 소켓, 공유 메모리 같은 IPC를 쓴다."];
    const card = parseDeck(note.join("\n"), { path: "notes/grp.md" }).cards.find((c) => c.lineStart === 15)!;
    expect([card.kind, card.id]).toEqual(["followup", "7865a7633197fea6"]);
  });
});
