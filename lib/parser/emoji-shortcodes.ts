/**
 * GitHub's emoji shortcodes (":white_check_mark:", ":one::zero:"): GitHub shows
 * them as pictures, so a note-taker decorates headings with them as with emoji.
 * In a prompt they are noise the same way emoji are (cleanHeading drops those).
 */

/** A run of shortcodes standing as a word: at the start or after a space, before a space or the end. */
// (a name has a letter: ":30:" in "12:30:45 에서 :30: 부분은" is a time's part)
const SHORTCODES = /(^|[\s(*_[])(?::[a-z0-9_+-]*[a-z][a-z0-9_+-]*:)+(?=$|[\s)*_\].,!?])[ \t]*/gi;

/**
 * Drop emoji shortcodes from text shown as a question. A word glued to colons
 * ("std::map::find", "10:30:") is not one: a shortcode stands apart.
 */
export function dropShortcodes(text: string): string {
  if (!text.includes(":")) return text;
  const dropped = text.replace(SHORTCODES, "$1").replace(/[ \t]{2,}/g, " ").trim();
  return dropped || text;
}
