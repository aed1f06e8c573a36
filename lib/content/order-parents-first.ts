/**
 * Orders rows so every row comes after the row its `parentId` names (when
 * that row is in the list too). Inserting in this order satisfies the
 * follow-up → topic foreign key statement by statement, on SQLite and
 * PostgreSQL alike, without deferring constraint checks. A parent missing
 * from the list (already stored) or a cycle leaves the remaining order as is.
 */
export function orderParentsFirst<T extends { id: string; parentId?: string | null }>(rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const place = (row: T) => {
    if (placed.has(row.id) || visiting.has(row.id)) return;
    visiting.add(row.id);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) place(parent);
    visiting.delete(row.id);
    placed.add(row.id);
    out.push(row);
  };
  for (const row of rows) place(row);
  return out;
}
