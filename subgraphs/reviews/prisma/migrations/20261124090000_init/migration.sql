-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PurchaseState" AS ENUM ('PENDING', 'VERIFIED', 'CANCELLED');

-- CreateTable
CREATE TABLE "reviews" (
    "id" UUID NOT NULL,
    "product_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "title" TEXT,
    "body" TEXT,
    "quality_rating" INTEGER,
    "value_rating" INTEGER,
    "delivery_rating" INTEGER,
    "status" "ReviewStatus" NOT NULL,
    "verified_purchase" BOOLEAN NOT NULL DEFAULT false,
    "helpful_count" INTEGER NOT NULL DEFAULT 0,
    "moderation_reasons" TEXT[],
    "moderation_note" TEXT,
    "moderated_by" TEXT,
    "moderated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_helpful_votes" (
    "review_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_helpful_votes_pkey" PRIMARY KEY ("review_id","user_id")
);

-- CreateTable
CREATE TABLE "product_ratings" (
    "product_id" TEXT NOT NULL,
    "review_count" INTEGER NOT NULL DEFAULT 0,
    "rating_sum" INTEGER NOT NULL DEFAULT 0,
    "rating_1" INTEGER NOT NULL DEFAULT 0,
    "rating_2" INTEGER NOT NULL DEFAULT 0,
    "rating_3" INTEGER NOT NULL DEFAULT 0,
    "rating_4" INTEGER NOT NULL DEFAULT 0,
    "rating_5" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "product_ratings_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "catalog_variants" (
    "variant_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "purchasable" BOOLEAN NOT NULL,
    "catalog_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_variants_pkey" PRIMARY KEY ("variant_id")
);

-- CreateTable
CREATE TABLE "purchase_orders" (
    "order_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "state" "PurchaseState" NOT NULL DEFAULT 'PENDING',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "purchase_orders_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "purchase_lines" (
    "order_id" TEXT NOT NULL,
    "variant_id" TEXT NOT NULL,

    CONSTRAINT "purchase_lines_pkey" PRIMARY KEY ("order_id","variant_id")
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
CREATE INDEX "reviews_product_id_status_created_at_id_idx" ON "reviews"("product_id", "status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "reviews_product_id_status_helpful_count_created_at_id_idx" ON "reviews"("product_id", "status", "helpful_count" DESC, "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "reviews_product_id_status_rating_created_at_id_idx" ON "reviews"("product_id", "status", "rating", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "reviews_status_created_at_id_idx" ON "reviews"("status", "created_at", "id");

-- CreateIndex
CREATE INDEX "reviews_author_id_created_at_id_idx" ON "reviews"("author_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "reviews_product_id_author_id_key" ON "reviews"("product_id", "author_id");

-- CreateIndex
CREATE INDEX "catalog_variants_product_id_idx" ON "catalog_variants"("product_id");

-- CreateIndex
CREATE INDEX "purchase_orders_customer_id_idx" ON "purchase_orders"("customer_id");

-- CreateIndex
CREATE INDEX "purchase_lines_variant_id_idx" ON "purchase_lines"("variant_id");

-- CreateIndex
CREATE INDEX "outbox_published_at_created_at_idx" ON "outbox"("published_at", "created_at");

-- AddForeignKey
ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "review_helpful_votes_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "purchase_lines" ADD CONSTRAINT "purchase_lines_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "purchase_orders"("order_id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Ratings are whole stars 1-5 and aggregates never go negative: the service validates first, and these make
-- any bug fail loudly instead of corrupting a product's rating.
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_rating_range" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_dimension_ranges" CHECK (
  ("quality_rating" IS NULL OR "quality_rating" BETWEEN 1 AND 5) AND
  ("value_rating" IS NULL OR "value_rating" BETWEEN 1 AND 5) AND
  ("delivery_rating" IS NULL OR "delivery_rating" BETWEEN 1 AND 5));
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_helpful_count_non_negative" CHECK ("helpful_count" >= 0);
ALTER TABLE "product_ratings" ADD CONSTRAINT "product_ratings_non_negative" CHECK (
  "review_count" >= 0 AND "rating_sum" >= 0 AND "rating_1" >= 0 AND "rating_2" >= 0 AND "rating_3" >= 0 AND
  "rating_4" >= 0 AND "rating_5" >= 0);
ALTER TABLE "product_ratings" ADD CONSTRAINT "product_ratings_buckets_add_up" CHECK (
  "review_count" = "rating_1" + "rating_2" + "rating_3" + "rating_4" + "rating_5" AND
  "rating_sum" = "rating_1" + 2 * "rating_2" + 3 * "rating_3" + 4 * "rating_4" + 5 * "rating_5");

-- Wakes the outbox relay (LISTEN outbox) when a message commits; the relay also polls.
CREATE OR REPLACE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', NEW."id"::text);
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS "outbox_notify" ON "outbox";
CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox" FOR EACH ROW EXECUTE FUNCTION "outbox_notify"();
