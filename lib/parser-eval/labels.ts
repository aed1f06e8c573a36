/**
 * The labelled development set: one row per question a person marked in a
 * note (never the note's text, only a hash of the normalised question).
 */

export type LabelKind = "main" | "followup" | "unanswered" | "junk";

export interface QuestionLabel {
  repo: string;
  file: string;
  line: number;
  kind: LabelKind;
  /** followup: line of its parent question; junk: last line of the skipped section. */
  ref: number;
  /** "q": written as a question; "t": a noun-phrase topic (the prompt is generated). */
  form: "q" | "t";
  hash: string;
}

const KINDS = new Set<LabelKind>(["main", "followup", "unanswered", "junk"]);

/** Parse the TSV fixture (header line, `#` comments and blank lines ignored). */
export function parseLabels(tsv: string): QuestionLabel[] {
  const out: QuestionLabel[] = [];
  for (const raw of tsv.split("\n")) {
    if (!raw.trim() || raw.startsWith("#") || raw.startsWith("repo\t")) continue;
    const [repo = "", file = "", line = "", kind = "", ref = "0", form = "q", hash = ""] = raw.split("\t");
    if (!KINDS.has(kind as LabelKind)) throw new Error(`bad label kind "${kind}" in: ${raw}`);
    out.push({ repo, file, line: Number(line), kind: kind as LabelKind, ref: Number(ref) || 0, form: form === "t" ? "t" : "q", hash: hash.trim() });
  }
  return out;
}

/** Serialise labels back to the fixture's TSV. */
export function formatLabels(labels: QuestionLabel[]): string {
  const head = "repo\tfile\tline\tkind\tref\tform\thash";
  return [head, ...labels.map((l) => [l.repo, l.file, l.line, l.kind, l.ref, l.form, l.hash].join("\t"))].join("\n") + "\n";
}
