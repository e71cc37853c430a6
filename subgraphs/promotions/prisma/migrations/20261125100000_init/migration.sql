-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrderRedemptionStatus" AS ENUM ('REDEEMED', 'FAILED', 'RELEASED');

-- CreateTable
CREATE TABLE "promotions" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "currency" CHAR(3) NOT NULL,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "usage_limit" INTEGER,
    "per_customer_limit" INTEGER,
    "usage_count" INTEGER NOT NULL DEFAULT 0,
    "stackable" BOOLEAN NOT NULL DEFAULT false,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "promotions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_usage" (
    "promotion_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "usage_count" INTEGER NOT NULL,

    CONSTRAINT "customer_usage_pkey" PRIMARY KEY ("promotion_id","customer_id")
);

-- CreateTable
CREATE TABLE "order_redemptions" (
    "order_id" TEXT NOT NULL,
    "customer_id" TEXT,
    "status" "OrderRedemptionStatus" NOT NULL,
    "failure_code" TEXT,
    "failure_message" TEXT,
    "order_total" INTEGER,
    "currency" CHAR(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "order_redemptions_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "redemptions" (
    "id" UUID NOT NULL,
    "order_id" TEXT NOT NULL,
    "promotion_id" UUID NOT NULL,
    "code" TEXT,
    "customer_id" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "redeemed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "released_at" TIMESTAMPTZ(3),

    CONSTRAINT "redemptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cart_coupons" (
    "cart_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "owner_id" TEXT,
    "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cart_coupons_pkey" PRIMARY KEY ("cart_id","code")
);

-- CreateTable
CREATE TABLE "catalog_variants" (
    "variant_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "event_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_variants_pkey" PRIMARY KEY ("variant_id")
);

-- CreateTable
CREATE TABLE "catalog_products" (
    "product_id" TEXT NOT NULL,
    "category_ids" TEXT[],
    "event_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_products_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "customer_orders" (
    "order_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_orders_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbox" (
    "id" UUID NOT NULL,
    "consumer" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_pkey" PRIMARY KEY ("consumer","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "promotions_code_key" ON "promotions"("code");

-- CreateIndex
CREATE INDEX "promotions_created_at_id_idx" ON "promotions"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "customer_usage_customer_id_idx" ON "customer_usage"("customer_id");

-- CreateIndex
CREATE INDEX "redemptions_promotion_id_released_at_idx" ON "redemptions"("promotion_id", "released_at");

-- CreateIndex
CREATE UNIQUE INDEX "redemptions_order_id_promotion_id_key" ON "redemptions"("order_id", "promotion_id");

-- CreateIndex
CREATE INDEX "cart_coupons_owner_id_idx" ON "cart_coupons"("owner_id");

-- CreateIndex
CREATE INDEX "cart_coupons_applied_at_idx" ON "cart_coupons"("applied_at");

-- CreateIndex
CREATE INDEX "catalog_variants_product_id_idx" ON "catalog_variants"("product_id");

-- CreateIndex
CREATE INDEX "customer_orders_customer_id_idx" ON "customer_orders"("customer_id");

-- CreateIndex
CREATE INDEX "outbox_published_at_created_at_idx" ON "outbox"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "customer_usage" ADD CONSTRAINT "customer_usage_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "order_redemptions"("order_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_promotion_id_fkey" FOREIGN KEY ("promotion_id") REFERENCES "promotions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Usage can never exceed a limit or go negative, whatever runs at once: the conditional updates in
-- redemption.repo.ts check this first, and these constraints make any bug fail loudly instead of over-redeeming.
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_usage_count_non_negative" CHECK ("usage_count" >= 0);
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_usage_within_limit"
  CHECK ("usage_limit" IS NULL OR "usage_count" <= "usage_limit");
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_limits_positive"
  CHECK (("usage_limit" IS NULL OR "usage_limit" > 0) AND ("per_customer_limit" IS NULL OR "per_customer_limit" > 0));
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_window_ordered"
  CHECK ("starts_at" IS NULL OR "ends_at" IS NULL OR "starts_at" < "ends_at");
ALTER TABLE "customer_usage" ADD CONSTRAINT "customer_usage_non_negative" CHECK ("usage_count" >= 0);
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_amount_non_negative" CHECK ("amount" >= 0);

-- Carts look up the automatic promotions that are switched on.
CREATE INDEX "promotions_automatic_idx" ON "promotions"("priority" DESC) WHERE "code" IS NULL AND "active";

-- Wakes the outbox relay (LISTEN outbox) when a message commits; the relay also polls.
CREATE OR REPLACE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', NEW."id"::text);
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS "outbox_notify" ON "outbox";
CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox" FOR EACH ROW EXECUTE FUNCTION "outbox_notify"();
