/** A card as stored (the fields a re-import preview compares). */
export interface StoredCard {
  key: string;
  prompt: string;
  answer: string;
  archivedAt: Date | null;
}

/** A card as parsed from the incoming note. */
export interface IncomingCard {
  id: string;
  prompt: string;
  answer: string;
}

export interface CardChange {
  key: string;
  before: { prompt: string; answer: string };
  after: { prompt: string; answer: string };
}

/** What a re-import does to a deck's cards, card by card, for the preview. */
export interface DeckDiff {
  /** Keys of cards the deck does not have yet (restored archived ones count as new to the user). */
  added: string[];
  /** Cards whose question or answer wording changes (history is kept). */
  changed: CardChange[];
  /** Active cards the note no longer has: they will be archived. */
  archived: { key: string; prompt: string }[];
}

/**
 * Compares a deck's stored cards with a parse of the incoming note by stable
 * key. Pure: the preview shows it, `applyParsedDeck` does the writes.
 */
export function diffDeck(stored: readonly StoredCard[], incoming: readonly IncomingCard[]): DeckDiff {
  const byKey = new Map(stored.map((c) => [c.key, c]));
  const seen = new Set(incoming.map((c) => c.id));
  const diff: DeckDiff = { added: [], changed: [], archived: [] };
  for (const card of incoming) {
    const old = byKey.get(card.id);
    if (!old || old.archivedAt) diff.added.push(card.id);
    else if (old.prompt !== card.prompt || old.answer !== card.answer) {
      diff.changed.push({ key: card.id, before: { prompt: old.prompt, answer: old.answer }, after: { prompt: card.prompt, answer: card.answer } });
    }
  }
  for (const old of stored) if (!old.archivedAt && !seen.has(old.key)) diff.archived.push({ key: old.key, prompt: old.prompt });
  return diff;
}
