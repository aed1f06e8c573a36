/**
 * A question heading whose body opens with another question quoted and marked
 * ("### Q) 11. What is State …?" over "> Q) 상태는 리컴포지션과 어떤 관련이 있나요?"
 * and the answer to that): a study of a question book, answering the practical
 * question it sets beside the book's. The quoted question is the one answered;
 * the heading's own question has no answer of its own.
 */
import type { Block } from "./blocks";
import { isNoise, unquote } from "./draft";
import { textOf } from "./markdown";
import { hasQuestionPrefix, isQuestion, stripQuestionPrefix } from "./questions";

/** The question a quote of one marked line asks ("> Q) …?"), or null. */
function quotedMarkedQuestion(block: Block, source: string): string | null {
  if (block.node.type !== "blockquote" || block.details) return null;
  const text = unquote(source.slice(block.start, block.end)).trim();
  if (text.includes("\n") || !hasQuestionPrefix(text)) return null;
  const question = stripQuestionPrefix(text).trim();
  return question && isQuestion(question) && /[가-힣]/.test(question) ? question : null;
}

/**
 * The quoted questions a body opens with, each with the blocks up to the next as its answer (the first is the
 * one the heading sets; later ones, "> Q) 필드가 누락된 경우는?", follow it up), or null when the body opens
 * otherwise or the first is answered by nothing in words.
 */
export function practicalQuestions(blocks: Block[], source: string): { question: string; line: number; answer: Block[] }[] | null {
  const content = blocks.filter((b) => !isNoise(b, source));
  const out: { question: string; line: number; answer: Block[] }[] = [];
  for (const b of content) {
    const question = quotedMarkedQuestion(b, source);
    if (question) out.push({ question, line: b.line, answer: [] });
    else if (out.length === 0) return null;
    else out.at(-1)!.answer.push(b);
  }
  // (the answer in words: a lone link or a quote answers nothing)
  const said = (answer: Block[]) => answer.some((b) => b.node.type !== "blockquote" && textOf(b.node).trim().length >= 20);
  return out.length > 0 && said(out[0]!.answer) ? out : null;
}
