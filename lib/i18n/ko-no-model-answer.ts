/**
 * On its own so the study session (lib/i18n/client.ts) can show it without
 * shipping the importer's other strings (bench/README.md, page weight).
 */
export const koNoModelAnswer = "모범 답안 없음: 직접 답해 보세요";
