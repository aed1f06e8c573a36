-- AlterTable
ALTER TABLE "card" ADD COLUMN "given" TEXT;

