/** Headings that ask how to deal with the problem above them: 보완 방법, 해결 방법, 해결책, 대안, 개선 방안 … */
export const REMEDY = /^(보완|해결|개선|대처|대응|극복|방지|예방)\s*(방법|방안|책)(은|는)?$|^(해결책|대안|대책)$/;
