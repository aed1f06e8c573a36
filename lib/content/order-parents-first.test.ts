import { describe, expect, it } from "vitest";
import { orderParentsFirst } from "./order-parents-first";

describe("orderParentsFirst", () => {
  it("moves a follow-up written before its topic after it, keeping the rest in order", () => {
    const rows = [
      { id: "f1", parentId: "t1" },
      { id: "t0", parentId: null },
      { id: "t1", parentId: null },
      { id: "f2", parentId: "f1" },
    ];
    expect(orderParentsFirst(rows).map((r) => r.id)).toEqual(["t1", "f1", "t0", "f2"]);
  });

  it("keeps rows whose parent is not in the list, and survives a cycle", () => {
    const rows = [
      { id: "a", parentId: "stored" },
      { id: "b", parentId: "c" },
      { id: "c", parentId: "b" },
    ];
    expect(orderParentsFirst(rows).map((r) => r.id)).toEqual(["a", "c", "b"]);
  });
});
