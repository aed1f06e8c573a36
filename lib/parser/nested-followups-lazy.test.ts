/**
 * Numbered questions answered on the lines right under them, with follow-ups
 * nested as items whose answers also go on under the question line with no
 * blank line ("- PCB란? (Process Control Block)" then "  프로세스의 상태…"). The
 * item's first line is the follow-up and the rest its answer; a blind set's note
 * had folded seven such follow-ups into their questions' answers.
 * Fixture written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "@/lib/parser";
import { parseFixture } from "@/test/helpers/parse-fixture";

describe("follow-up items answered on their next lines", () => {
  const { deck, cards } = parseFixture("numbered-questions-lazy-followups.md");

  it("are follow-ups of the numbered question they are nested in", () => {
    expect(cards).toEqual([
      [3, "qa", "프로세스와 프로그램의 차이는?", null],
      [6, "followup", "PCB란? (Process Control Block)", 3],
      [8, "followup", "문맥 교환이란?", 3],
      [11, "qa", "스레드란?", null],
      [14, "followup", "스레드와 프로세스의 차이?", 11],
    ]);
  });

  it("take their answers out of the question's own", () => {
    expect(deck.cards[1]!.answer).toBe("프로세스의 상태, 레지스터 값, 메모리 정보처럼 문맥 교환에 필요한 정보를 모아 둔 자료구조입니다.");
    expect(deck.cards[0]!.answer).not.toContain("PCB란?");
    expect(deck.cards[0]!.answer).toContain("운영체제는 프로세스마다 주소 공간과 PCB를 따로 둡니다.");
  });
});

describe("a follow-up item one level deeper, under a point of the answer", () => {
  // Written for this test: "- 인터럽트란?" nested under the answer's point "- 명령어 사이클".
  const note = [
    "1. 명령어 처리 과정은?", // 1
    "   명령어 사이클에 따라 인출, 간접, 실행, 인터럽트 사이클을 되풀이하며 처리합니다.",
    "   - 명령어 사이클",
    "     인출 사이클에서는 메모리에서 명령어를 가져오고, 실행 사이클에서는 해독해 연산합니다.",
    "     - 인터럽트란?", // 5
    "       실행 중 예외 상황이 생기면 그 상황을 처리한 뒤 하던 작업으로 돌아오는 것입니다.",
    "",
    "2. 캐시 메모리란?", // 8
    "   빠른 장치와 느린 장치 사이의 속도 차이를 줄이려고 자주 쓰는 데이터를 가까이 두는 메모리입니다.",
  ].join("\n");

  it("is a follow-up of the numbered question when it asks with a question mark and is answered under itself", () => {
    const deck = parseDeck(note, { path: "note.md" });
    const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null])).toEqual([
      [1, "qa", "명령어 처리 과정은?", null],
      [5, "followup", "인터럽트란?", 1],
      [8, "qa", "캐시 메모리란?", null],
    ]);
    expect(deck.cards[1]!.answer).toBe("실행 중 예외 상황이 생기면 그 상황을 처리한 뒤 하던 작업으로 돌아오는 것입니다.");
    expect(deck.cards[0]!.answer).toBe("명령어 사이클에 따라 인출, 간접, 실행, 인터럽트 사이클을 되풀이하며 처리합니다.\n- 명령어 사이클\n  인출 사이클에서는 메모리에서 명령어를 가져오고, 실행 사이클에서는 해독해 연산합니다.");
  });

  it("stays in the answer when it names no subject, sits under a bare point or a sentence, muses, or wears a note's label", () => {
    const quiet = [
      "1. 인증서는 어떻게 검증하나요?", // 1
      "   서버가 보낸 인증서의 서명을 발급 기관의 공개키로 확인합니다.",
      "   - 체인",
      "     중간 기관의 인증서를 따라 루트 기관까지 올라갑니다.",
      "     - 누가 보증할까?", // 5
      "       운영체제와 브라우저에 미리 심어 둔 루트 기관이 보증합니다.",
      "   - 폐기",
      "     - 폐기 목록이란?", // 8
      "       유효 기간 전에 취소된 인증서를 모아 둔 목록입니다.",
      "   - 성능",
      "     검증에는 네트워크 왕복이 더 듭니다.",
      "     - 주의: 검증 캐시는?", // 12
      "       응답을 잠시 저장해 같은 인증서를 다시 묻지 않습니다.",
      "   - 체인의 끝",
      "     루트 기관의 인증서는 스스로 서명합니다.",
      "     - 그렇다면 루트 인증서는 어디에 있을까?", // 16
      "       운영체제와 브라우저의 인증서 저장소에 들어 있습니다.",
      "   - 발급 기관은 서명으로 인증서를 보증하며,",
      "     브라우저는 그 서명을 따라 올라갑니다.",
      "     - 자체 서명 인증서는 왜 경고가 뜨나요?", // 20
      "       믿을 수 있는 루트까지 이어지지 않기 때문입니다.",
    ].join("\n");
    const deck = parseDeck(quiet, { path: "note.md" });
    expect(deck.cards.map((c) => [c.lineStart, c.kind, c.prompt])).toEqual([[1, "qa", "인증서는 어떻게 검증하나요?"]]);
    for (const kept of ["누가 보증할까?", "폐기 목록이란?", "주의: 검증 캐시는?", "그렇다면 루트 인증서는 어디에 있을까?", "자체 서명 인증서는 왜 경고가 뜨나요?"]) expect(deck.cards[0]!.answer).toContain(kept);
  });
});
