-- Privacy requests: account deletion (anonymised row) and data exports.
ALTER TYPE "SessionRevocationReason" ADD VALUE 'ACCOUNT_DELETED';

ALTER TABLE "users" ADD COLUMN "deleted_at" TIMESTAMP(3);

CREATE TYPE "DataExportStatus" AS ENUM ('PENDING', 'READY');

CREATE TABLE "data_exports" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "DataExportStatus" NOT NULL DEFAULT 'PENDING',
    "expected" TEXT[],
    "parts" JSONB NOT NULL DEFAULT '{}',
    "file" TEXT,
    "requested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ready_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),

    CONSTRAINT "data_exports_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "data_exports_user_id_requested_at_idx" ON "data_exports"("user_id", "requested_at" DESC);

-- One export in progress per customer: a second request while one is pending loses on this index.
CREATE UNIQUE INDEX "data_exports_one_pending_per_user" ON "data_exports"("user_id") WHERE "status" = 'PENDING';
