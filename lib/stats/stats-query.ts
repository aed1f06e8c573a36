import { z } from "zod";
import { STATS_RANGES, type StatsRange } from "./build-stats";

/** `?deck=…&range=30|90|365` of the statistics page and API; a bad range falls back to 30 days. */
export const statsQuerySchema = z.object({
  deck: z.string().min(1).max(200).optional(),
  range: z
    .string()
    .optional()
    .transform((r): StatsRange => (STATS_RANGES as readonly number[]).includes(Number(r)) ? (Number(r) as StatsRange) : 30),
});
