// The Lighthouse floor: one heading, one paragraph, one Link (Next's router in
// the bundle, as on every app page). Rendered per request like the app's pages.
import Link from "next/link";

export const dynamic = "force-dynamic";

export default function FloorPage() {
  return (
    <div>
      <h1>오늘의 연습</h1>
      <p>카드 열 장이 기다립니다. 답을 소리 내어 말한 다음 모범 답안과 비교해 보세요.</p>
      <Link href="/api/ok">확인</Link>
    </div>
  );
}
