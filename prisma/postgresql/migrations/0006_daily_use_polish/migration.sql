-- AlterTable
ALTER TABLE "deck" ADD COLUMN     "titleCustom" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "settings" ADD COLUMN     "extraNew" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraNewDay" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "followupsPerDay" INTEGER NOT NULL DEFAULT 10;

