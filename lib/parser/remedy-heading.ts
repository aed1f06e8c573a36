/** Headings that ask how to deal with the problem above them: 보완 방법, 해결 방법, 해결책, 대안, 개선 방안 … */
export const REMEDY = /^(보완|해결|개선|대처|대응|극복|방지|예방)\s*(방법|방안|책)(은|는)?$|^(해결책|대안|대책)$/;

/** A heading that names a reason about the topic above it: "스택을 스레드마다 따로 두는 이유", "B-Tree를 쓰는 이유". */
export const REASON = /[가-힣A-Za-z0-9)]\s*(는|은|한|인|된|쓴|둔|던)\s+이유$/;
