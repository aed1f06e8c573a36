// Imported only by web-fonts.tsx, on demand: the Pretendard dynamic-subset
// stylesheet (92 unicode-range @font-face rules; the browser then fetches only
// the subsets a page's text uses).
import "pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css";
