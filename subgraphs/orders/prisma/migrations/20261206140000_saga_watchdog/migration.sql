-- AlterTable
ALTER TABLE "sagas" ADD COLUMN "waiting_since" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "returns" ADD COLUMN "saga_waiting_since" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "sagas_waiting_since_idx" ON "sagas"("waiting_since");

-- CreateIndex
CREATE INDEX "returns_saga_waiting_since_idx" ON "returns"("saga_waiting_since");

-- Sagas already waiting when the watchdog arrives are looked at from now on.
UPDATE "sagas" SET "waiting_since" = CURRENT_TIMESTAMP WHERE "status" IN ('running', 'compensating');
UPDATE "returns" SET "saga_waiting_since" = CURRENT_TIMESTAMP WHERE "saga_status" IN ('running', 'compensating');
