-- AlterEnum
ALTER TYPE "ReturnStatus" ADD VALUE 'REJECTED';
ALTER TYPE "ReturnStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "returns" ADD COLUMN "rejection_reason" TEXT;
