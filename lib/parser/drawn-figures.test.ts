/**
 * A figure drawn in text under a heading (fixture note written for this
 * test, in our own words): an architecture drawn in boxes and arrows with
 * many lines of Korean words explains its heading, so it is that heading's
 * card; a one-line sketch only illustrates, and is named in a warning.
 */
import { describe, expect, it } from "vitest";
import { parseFixture, parseNote } from "@/test/helpers/parse-fixture";

describe("drawn figures", () => {
  it("a drawn architecture with many lines of words answers its heading; a one-line sketch is named, not carded", () => {
    const { deck, cards } = parseFixture("drawn-figures.md");
    expect(cards).toEqual([[3, "qa", "주문 시스템 설계의 전체 구조에 대해 설명해 주세요.", null]]);
    expect(deck.cards[0]!.answer).toContain("실패하면 보상 트랜잭션으로 재고를 되돌린다");
    expect(deck.warnings).toEqual([{ line: 21, message: '건너뛴 부분: "요청 한 건" (코드만 있는 부분)' }]);
  });

  it("code is no figure, whatever its Korean comments draw: arrows in a comment, separators of ─", () => {
    const java = ["## 주문 서비스 코드", "", "```", "@Service", "public class OrderService {", "    // 저장소 → JPA 리포지토리", "    private final OrderRepository repository;", "    private final PaymentClient payment;", "", "    // 주문 생성: 검증 → 저장 → 결제", "    @Transactional", "    public Long create(OrderRequest req) {", "        // 재고가 모자라면 예외", "        validate(req);", "        // 주문 엔티티를 저장한다", "        Order order = repository.save(req.toEntity());", "        // 결제는 트랜잭션 밖에서", "        payment.pay(order.getId());", "        return order.getId();", "    }", "    // 취소는 결제 취소 → 재고 복구 순서", "    public void cancel(Long id) { payment.cancel(id); }", "}", "```"];
    const js = ["## 날짜 유틸", "", "```", "// ───────── 날짜 포맷 ─────────", "// 연-월-일 문자열로 바꾼다", "export function format(d) {", "  return d.toISOString().slice(0, 10);", "}", "", "// ───────── 날짜 계산 ─────────", "// n일 뒤의 날짜를 만든다", "export function addDays(d, n) {", "  const out = new Date(d);", "  // 원본 날짜는 바꾸지 않는다", "  out.setDate(out.getDate() + n);", "  return out;", "}", "// 오늘과 어제", "export const today = () => new Date();", "export const yesterday = () => addDays(today(), -1);", "```"];
    for (const lines of [java, js]) {
      const deck = parseNote(lines);
      expect(deck.cards).toEqual([]);
      expect(deck.warnings.map((w) => w.message)).toContain(`건너뛴 부분: "${lines[0]!.slice(3)}" (코드만 있는 부분)`);
    }
  });
});
