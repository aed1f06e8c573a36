import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { readPlan } from "@/lib/db/sql-plan";
import { getExtraNew, getSchedulerSettings, getSettings } from "./settings";
import { requestSettingsPlan } from "./settings-plan";

let n = 0;
async function userWithoutSettings() {
  const id = `settings-plan-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  await prisma.user.create({ data: { id, email: `${id}@example.com` } });
  return { id, email: `${id}@example.com` };
}

describe("requestSettingsPlan (settings read once per request)", () => {
  it("creates a missing row with the schema's defaults, as getSettings does", async () => {
    const user = await userWithoutSettings();
    const read = await readPlan(() => requestSettingsPlan(user));
    expect(await prisma.settings.count({ where: { userId: user.id } })).toBe(1);
    expect(read.settings).toEqual(await getSettings(user));
    expect(read.settings).toMatchObject({ newPerDay: 10, followupsPerDay: 10, timezone: "UTC", dayStartHour: 4, learningSteps: ["1m", "10m"], saveTranscripts: false });
    expect(read.w).toBeUndefined();
    expect(read.extraNew).toEqual({ day: "", count: 0 });
  });

  it("returns the stored settings, the applied weights and today's extra new cards, as the Prisma readers do", async () => {
    const user = await userWithoutSettings();
    await prisma.settings.create({
      data: { userId: user.id, timezone: "Asia/Seoul", newPerDay: 3, saveTranscripts: true, learningSteps: '["5m"]', extraNewDay: "2026-11-24", extraNew: 4 },
    });
    const w = Array.from({ length: 21 }, (_, i) => 0.5 + i / 10);
    await prisma.parameterSet.create({ data: { id: crypto.randomUUID(), userId: user.id, w: JSON.stringify(w), active: true } });
    await prisma.parameterSet.create({ data: { id: crypto.randomUUID(), userId: user.id, w: JSON.stringify(w.map((x) => x * 2)), active: false } });

    const read = await readPlan(() => requestSettingsPlan(user));
    expect(read.settings).toEqual(await getSettings(user));
    expect(read.settings).toMatchObject({ timezone: "Asia/Seoul", newPerDay: 3, saveTranscripts: true, learningSteps: ["5m"] });
    expect(read.w).toEqual(w);
    expect(read.scheduler).toEqual(await getSchedulerSettings(user));
    expect(read.extraNew).toEqual(await getExtraNew(user));
    expect(read.extraNew).toEqual({ day: "2026-11-24", count: 4 });

    // A caller changing its copy does not change what the next request reads.
    read.settings.learningSteps.push("1d");
    expect((await readPlan(() => requestSettingsPlan(user))).settings.learningSteps).toEqual(["5m"]);
  });

  it("sees a changed row on the very next read", async () => {
    const user = await userWithoutSettings();
    await readPlan(() => requestSettingsPlan(user));
    await prisma.settings.update({ where: { userId: user.id }, data: { newPerDay: 25, timezone: "Europe/Berlin" } });
    expect((await readPlan(() => requestSettingsPlan(user))).settings).toMatchObject({ newPerDay: 25, timezone: "Europe/Berlin" });
  });
});
