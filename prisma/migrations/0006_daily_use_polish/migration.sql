-- Issue 14. Written as ADD COLUMN (not Prisma's table redefinition) so it
-- keeps columns that other migrations add to the same tables.

-- AlterTable
ALTER TABLE "deck" ADD COLUMN "titleCustom" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "settings" ADD COLUMN "followupsPerDay" INTEGER NOT NULL DEFAULT 10;
ALTER TABLE "settings" ADD COLUMN "extraNewDay" TEXT NOT NULL DEFAULT '';
ALTER TABLE "settings" ADD COLUMN "extraNew" INTEGER NOT NULL DEFAULT 0;
