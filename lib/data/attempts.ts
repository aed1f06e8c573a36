import "server-only";
import crypto from "node:crypto";
import { analyzeAttempt, type AttemptAnalysis } from "@/lib/analysis";
import { prisma } from "@/lib/db/prisma";
import { estimateTargetSeconds } from "@/lib/study/target-seconds";
import { notFound } from "./errors";
import { parseStringList } from "./json-fields";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

export type AttemptSource = "speech" | "typed";

export interface AttemptInput {
  transcript: string;
  durationMs: number;
  source: AttemptSource;
}

/** What POST answers: the analysis, plus the stored attempt's id and whether its transcript was kept. */
export interface RecordedAttempt extends AttemptAnalysis {
  id: string;
  createdAt: string;
  source: AttemptSource;
  durationMs: number;
  transcriptSaved: boolean;
}

/** One attempt as the card page lists it. */
export interface AttemptSummary {
  id: string;
  createdAt: string;
  source: AttemptSource;
  durationMs: number;
  lengthSeconds: number;
  coverage: number;
  keyPointCount: number;
  coveredCount: number;
  syllablesPerMinute: number;
  fillerCount: number;
  suggestedRating: number;
  keyPoints: { text: string; covered: boolean }[];
  /** null unless the user had "답변 기록 저장" on when answering. */
  transcript: string | null;
}

/** Earlier spoken attempts that set the user's own pace (typed ones have no pace). */
const PACE_HISTORY = 20;

async function visibleCardOrThrow(user: SessionUser, cardId: string) {
  const card = await prisma.card.findFirst({
    where: { id: cardId, deck: visibleDecks(user) },
    select: { id: true, kind: true, prompt: true, answer: true, steps: true },
  });
  if (!card) throw notFound("카드를 찾을 수 없습니다.");
  return card;
}

/** The figures kept for every attempt: nothing the user said, only what was measured. */
function storedFigures(a: AttemptAnalysis) {
  return {
    keyPoints: a.keyPoints.map((k) => ({ text: k.text, covered: k.covered })),
    fillers: { count: a.fillers.count, perMinute: a.fillers.perMinute, words: a.fillers.words },
    pace: a.pace,
    targetSeconds: a.targetSeconds,
    withinTarget: a.withinTarget,
  };
}

/**
 * Analyses an answer to a card the user can see and stores the attempt: the
 * figures always, the transcript text only when the user turned on saving
 * transcripts. Pace is compared with the median of the user's last spoken attempts.
 */
export async function recordAttempt(user: SessionUser, cardId: string, input: AttemptInput, now: Date): Promise<RecordedAttempt> {
  const card = await visibleCardOrThrow(user, cardId);
  const [settings, earlier] = await Promise.all([
    prisma.settings.findUnique({ where: { userId: user.id }, select: { targetAnswerSeconds: true, saveTranscripts: true } }),
    prisma.attempt.findMany({
      where: { userId: user.id, source: "speech", durationMs: { gt: 0 } },
      orderBy: { createdAt: "desc" },
      take: PACE_HISTORY,
      select: { syllablesPerMinute: true },
    }),
  ]);
  const targetSeconds = settings?.targetAnswerSeconds || estimateTargetSeconds(card.answer);
  const analysis = analyzeAttempt({
    card: { kind: card.kind, prompt: card.prompt, answer: card.answer, steps: card.steps === null ? null : parseStringList(card.steps) },
    transcript: input.transcript,
    durationMs: input.durationMs,
    targetSeconds,
    earlierPaces: earlier.map((e) => e.syllablesPerMinute).filter((p) => p > 0),
  });
  const saved = settings?.saveTranscripts === true;
  const id = crypto.randomUUID();
  await prisma.attempt.create({
    data: {
      id,
      userId: user.id,
      cardId: card.id,
      source: input.source,
      durationMs: input.durationMs,
      transcript: saved ? input.transcript : null,
      coverage: analysis.coverage,
      keyPointCount: analysis.keyPoints.length,
      coveredCount: analysis.keyPoints.filter((k) => k.covered).length,
      syllablesPerMinute: analysis.pace.syllablesPerMinute,
      fillerCount: analysis.fillers.count,
      lengthSeconds: analysis.lengthSeconds,
      suggestedRating: analysis.suggestedRating,
      analysis: JSON.stringify(storedFigures(analysis)),
      createdAt: now,
    },
  });
  return { ...analysis, id, createdAt: now.toISOString(), source: input.source, durationMs: input.durationMs, transcriptSaved: saved };
}

function keyPointsOf(json: string): { text: string; covered: boolean }[] {
  try {
    const list = (JSON.parse(json) as { keyPoints?: unknown }).keyPoints;
    return Array.isArray(list)
      ? list.filter((k): k is { text: string; covered: boolean } => typeof k?.text === "string" && typeof k?.covered === "boolean").map(({ text, covered }) => ({ text, covered }))
      : [];
  } catch {
    return [];
  }
}

/** The user's attempts at one card they can see, oldest first (at most the last `limit`). */
export async function listAttempts(user: SessionUser, cardId: string, limit = 200): Promise<AttemptSummary[]> {
  await visibleCardOrThrow(user, cardId);
  const rows = await prisma.attempt.findMany({
    where: { userId: user.id, cardId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.reverse().map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    source: r.source === "typed" ? "typed" : "speech",
    durationMs: r.durationMs,
    lengthSeconds: r.lengthSeconds,
    coverage: r.coverage,
    keyPointCount: r.keyPointCount,
    coveredCount: r.coveredCount,
    syllablesPerMinute: r.syllablesPerMinute,
    fillerCount: r.fillerCount,
    suggestedRating: r.suggestedRating,
    keyPoints: keyPointsOf(r.analysis),
    transcript: r.transcript,
  }));
}
