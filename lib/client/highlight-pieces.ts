/** A transcript cut into plain and highlighted pieces at the covered key points' spans (overlaps merged, out-of-range spans ignored). */
export function highlightPieces(text: string, spans: [number, number][]): { text: string; mark: boolean }[] {
  const sorted = [...spans].filter(([s, e]) => s >= 0 && s < e && e <= text.length).sort((a, b) => a[0] - b[0]);
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
