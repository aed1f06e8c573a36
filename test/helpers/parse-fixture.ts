/**
 * A parser fixture note (lib/parser/fixtures/NAME) parsed as a deck, with its
 * cards as [line, kind, prompt, parent's line] and its unanswered questions as
 * [line, prompt, parent's line]: the form the shape tests pin.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDeck } from "@/lib/parser";

const FIXTURES = path.join(__dirname, "..", "..", "lib", "parser", "fixtures");

export function parseFixture(name: string) {
  const deck = parseDeck(readFileSync(path.join(FIXTURES, name), "utf8"), { path: name });
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return {
    deck,
    cards: deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId)! : null]),
    unanswered: (deck.unanswered ?? []).map((u) => [u.line, u.prompt, u.parentId ? lineOf.get(u.parentId)! : null]),
  };
}

/** A fixture's deck and cards, with its unanswered questions as [line, prompt] (for notes whose unanswered questions have no parent). */
export function parseFixtureUnanswered(name: string) {
  const { deck, cards, unanswered } = parseFixture(name);
  return { deck, cards, unanswered: unanswered.map(([line, prompt]) => [line, prompt]) };
}

/** A note written in a test as its lines, parsed as "note.md". */
export function parseNote(lines: string[]) {
  return parseDeck(lines.join("\n"), { path: "note.md" });
}

/** A note's cards as [line, kind, prompt, parent's line]. */
export function noteCards(lines: string[]) {
  const deck = parseNote(lines);
  const lineOf = new Map(deck.cards.map((c) => [c.id, c.lineStart]));
  return deck.cards.map((c) => [c.lineStart, c.kind, c.prompt, c.parentId ? lineOf.get(c.parentId) : null]);
}
