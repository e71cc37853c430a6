-- AlterTable
ALTER TABLE "payments" ADD COLUMN "authorization_attempt" INTEGER NOT NULL DEFAULT 1;
