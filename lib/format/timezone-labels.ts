/** Korean names for the zones Korean job seekers use most; others show their IANA name. */
export const KOREAN_ZONE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  "Asia/Seoul": "서울 (한국)",
  "Asia/Tokyo": "도쿄 (일본)",
  "Asia/Shanghai": "상하이 (중국)",
  "Asia/Hong_Kong": "홍콩",
  "Asia/Taipei": "타이베이 (대만)",
  "Asia/Singapore": "싱가포르",
  "Asia/Ho_Chi_Minh": "호찌민 (베트남)",
  "Asia/Bangkok": "방콕 (태국)",
  "Asia/Kolkata": "인도",
  "Asia/Dubai": "두바이",
  "Australia/Sydney": "시드니 (호주)",
  "Pacific/Auckland": "오클랜드 (뉴질랜드)",
  "Europe/London": "런던 (영국)",
  "Europe/Paris": "파리 (프랑스)",
  "Europe/Berlin": "베를린 (독일)",
  "Europe/Amsterdam": "암스테르담 (네덜란드)",
  "America/New_York": "뉴욕 (미국 동부)",
  "America/Chicago": "시카고 (미국 중부)",
  "America/Denver": "덴버 (미국 산지)",
  "America/Los_Angeles": "로스앤젤레스 (미국 서부)",
  "America/Vancouver": "밴쿠버 (캐나다)",
  "America/Toronto": "토론토 (캐나다)",
  "America/Sao_Paulo": "상파울루 (브라질)",
  UTC: "협정 세계시 (UTC)",
});

/** "서울 (한국) · Asia/Seoul" for known zones, the IANA name otherwise. */
export function timezoneLabel(zone: string): string {
  const ko = KOREAN_ZONE_LABELS[zone];
  return ko ? `${ko} · ${zone}` : zone;
}

/**
 * Zones for the picker: the browser's zone first, then the saved one, then
 * the zones with Korean names, then every other zone; filtered by `query`
 * against the Korean label and the IANA name (spaces and case ignored).
 */
export function orderTimezones(all: readonly string[], opts: { browser: string; current: string; query: string }): string[] {
  const known = Object.keys(KOREAN_ZONE_LABELS);
  const ordered = [...new Set([opts.browser, opts.current, ...known, ...[...all].sort()])].filter(Boolean);
  const norm = (s: string) => s.toLowerCase().replace(/[\s_]+/g, "");
  const q = norm(opts.query);
  return q ? ordered.filter((z) => norm(timezoneLabel(z)).includes(q) || z === opts.current) : ordered;
}
