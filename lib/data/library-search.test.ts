import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/db/database-url";
import { prisma } from "@/lib/db/prisma";
import type { ParsedCard, ParsedDeck } from "@/lib/parser/types";
import { seedDeck, seedUser } from "@/test/fixtures/study-fixtures";
import { searchCards } from "./library-cards";
import { searchCandidateIds, trigramPhrase } from "./library-search";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

const sqlite = databaseProvider() === "sqlite";

function card(id: string, prompt: string, answer: string, given?: string): ParsedCard {
  return { id, kind: "qa", prompt, answer, ...(given ? { given } : {}), tips: [], sources: [], headingPath: [id], lineStart: 1, lineEnd: 2 };
}

const DECK: ParsedDeck = {
  deck: { slug: "search", title: "검색 덱", description: "", tags: [], sources: [] },
  warnings: [],
  cards: [
    card("tcp", "TCP 3-way handshake를 설명하세요", "SYN, SYN-ACK, ACK 순서로 연결을 맺습니다."),
    card("http", "HTTP와 HTTPS의 차이는?", "HTTPS는 TLS로 암호화된 HTTP입니다. 핸드셰이크가 추가됩니다."),
    card("gc", "가비지 컬렉션이란?", "더 이상 참조되지 않는 객체의 메모리를 회수합니다."),
    card("index", "데이터베이스 인덱스의 장단점", "조회는 빨라지고 쓰기는 느려집니다. B-Tree 인덱스가 흔합니다."),
    card("pct", "100% 커버리지가 목표인가요?", "아니요, under_score 이름도 봅니다."),
    card("quote", "\"따옴표\"가 들어간 질문", "Café와 CAFÉ의 대소문자"),
    card("mixed", "Handshake와 세션", "handshake는 대소문자를 가리지 않고 찾습니다."),
    card("cyrillic", "Привет мир", "ASCII 밖의 대소문자"),
    card("quiz", "무엇이 출력 될까요?", "B. 음수는 뒤에서부터 셉니다.", "```js\nconsole.log([1, 2, 3].at(-1));\n```\n\n- A: `1`\n- B: `3`"),
  ],
};

/** Today's search without the index: the same visible-deck, unarchived `contains` filter, in deck order. */
async function scanned(user: SessionUser, q: string) {
  const where = { AND: [{ deck: visibleDecks(user) }, { archivedAt: null }, { OR: [{ prompt: { contains: q } }, { answer: { contains: q } }, { given: { contains: q } }] }] };
  const rows = await prisma.card.findMany({ where, orderBy: [{ deck: { title: "asc" } }, { deckId: "asc" }, { position: "asc" }], select: { id: true } });
  return { ids: rows.map((r) => r.id), total: rows.length };
}

describe("library search with the trigram index", () => {
  it("finds exactly what the scan finds, for Korean and English, short and long queries, and stays scoped to the user's decks", async () => {
    const me = await seedUser();
    const other = await seedUser();
    const ids = await seedDeck(`search-m-${me.id}`, DECK, me.id);
    await seedDeck(`search-o-${me.id}`, DECK, other.id); // someone else's copy: never in my results

    const queries = ["console.log", "at(-1)", "handshake", "HANDSHAKE", "핸드셰이크", "인덱스", "메모리를 회수", "가비", "TCP", "SYN-ACK", "100%", "under_score", "\"따옴표\"", "Café", "CAFÉ", "café", "привет", "Привет", "없는 말입니다", "ab"];
    for (const q of queries) {
      const got = await searchCards(me, { q });
      const want = await scanned(me, q);
      expect({ q, ids: got.cards.map((c) => c.id), total: got.total }).toEqual({ q, ids: want.ids, total: want.total });
    }
    const find = async (q: string) => (await searchCards(me, { q })).cards.map((c) => c.id).sort();
    expect(await find("handshake")).toEqual([ids["tcp"], ids["mixed"]].sort());
    expect(await find("핸드셰이크")).toEqual([ids["http"]]);
    expect(await find("인덱스")).toEqual([ids["index"]]);
    expect(await find("가비")).toEqual([ids["gc"]]);
    expect(await find("100%")).toEqual([ids["pct"]]);
    expect(await find("\"따옴표\"")).toEqual([ids["quote"]]);
    // A quiz is found by the code it shows, not only by its words.
    expect(await find("console.log")).toEqual([ids["quiz"]]);

    // The index follows edits and deletions (triggers on card).
    await prisma.card.update({ where: { id: ids["gc"]! }, data: { answer: "힙 메모리를 정리합니다." } });
    expect(await find("메모리를 회수")).toEqual([]);
    expect(await find("메모리를 정리")).toEqual([ids["gc"]]);
    await prisma.card.update({ where: { id: ids["quiz"]! }, data: { given: "```js\nprint(1)\n```" } });
    expect(await find("console.log")).toEqual([]);
    expect(await find("print(1)")).toEqual([ids["quiz"]]);
    await prisma.card.delete({ where: { id: ids["tcp"]! } });
    expect(await find("handshake")).toEqual([ids["mixed"]]);
  });

  // Each database registers only its own test of how the index is used (a skipped test would count as a gap).
  if (sqlite) {
    it("narrows by the index on SQLite: candidates are the user's visible cards that may match, null where the index cannot help", async () => {
      const me = await seedUser();
      const ids = await seedDeck(`search-c-${me.id}`, DECK, me.id);
      await seedDeck(`search-c2-${me.id}`, DECK, (await seedUser()).id);
      expect(await searchCandidateIds(me, "핸드셰이크")).toEqual({ ids: [ids["http"]], deckIds: expect.arrayContaining([`search-c-${me.id}`]) });
      expect((await searchCandidateIds(me, "핸드셰이크"))!.deckIds).not.toContain(`search-c2-${me.id}`);
      // The index folds case beyond ASCII (LIKE folds ASCII only): a superset that `contains` then cuts.
      expect((await searchCandidateIds(me, "привет"))!.ids).toEqual([ids["cyrillic"]]);
      expect((await searchCards(me, { q: "привет" })).total).toBe(0);
      expect(await searchCandidateIds(me, "가비")).toBeNull();
      expect(await searchCandidateIds(me, "100%")).toBeNull();
      expect(trigramPhrase('a "b"')).toBe('"a ""b"""');
    });
  } else {
    it("on PostgreSQL leaves narrowing to the planner: the search's LIKE can be answered from the trigram indexes", async () => {
      const me = await seedUser();
      await seedDeck(`search-p-${me.id}`, DECK, me.id);
      // No candidate step on PostgreSQL: the `contains` filter itself is the indexed search.
      expect(await searchCandidateIds(me, "핸드셰이크")).toBeNull();
      // A few rows make a sequential scan cheapest; with it ruled out, the plan must come from the GIN indexes.
      const plan = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT id FROM "card" WHERE "prompt" LIKE '%핸드셰이크%' OR "answer" LIKE '%핸드셰이크%' OR "given" LIKE '%핸드셰이크%'`,
        );
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
      expect(plan).toContain("card_prompt_trgm_idx");
      expect(plan).toContain("card_answer_trgm_idx");
      expect(plan).toContain("card_given_trgm_idx");
    });
  }
});
