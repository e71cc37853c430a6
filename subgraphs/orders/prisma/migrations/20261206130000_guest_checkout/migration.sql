-- Guest checkout: the guest's email, the claim by a verified user, and per-order access tokens (hashed).
-- AlterTable
ALTER TABLE "orders" ADD COLUMN "guest_email" TEXT,
ADD COLUMN "claimed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "order_access_tokens" (
    "token_hash" TEXT NOT NULL,
    "order_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_access_tokens_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "order_access_tokens_order_id_idx" ON "order_access_tokens"("order_id");

-- AddForeignKey
ALTER TABLE "order_access_tokens" ADD CONSTRAINT "order_access_tokens_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
