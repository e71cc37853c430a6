-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Trigram similarity for typo-tolerant matching and spelling corrections (a trusted extension since Postgres 13).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "product_facts" (
    "product_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "slug" TEXT,
    "name" TEXT,
    "description" TEXT,
    "category_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category_path" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "listed_at" TIMESTAMPTZ(3) NOT NULL,
    "catalog_at" TIMESTAMPTZ(3),
    "rating_average" DOUBLE PRECISION,
    "rating_bayesian" DOUBLE PRECISION,
    "rating_count" INTEGER NOT NULL DEFAULT 0,
    "rating_at" TIMESTAMPTZ(3),
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "product_facts_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "variant_facts" (
    "variant_id" TEXT NOT NULL,
    "product_id" TEXT,
    "price" INTEGER,
    "currency" TEXT,
    "purchasable" BOOLEAN NOT NULL DEFAULT false,
    "available" INTEGER,
    "catalog_at" TIMESTAMPTZ(3),
    "stock_at" TIMESTAMPTZ(3),

    CONSTRAINT "variant_facts_pkey" PRIMARY KEY ("variant_id")
);

-- CreateTable
CREATE TABLE "index_queue" (
    "product_id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "index_queue_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "search_documents" (
    "product_id" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "searchable" BOOLEAN NOT NULL,
    "slug" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "category_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category_path" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "min_price" INTEGER,
    "max_price" INTEGER,
    "currency" TEXT,
    "in_stock" BOOLEAN NOT NULL DEFAULT false,
    "rating" DOUBLE PRECISION,
    "bayesian_rating" DOUBLE PRECISION,
    "rating_count" INTEGER NOT NULL DEFAULT 0,
    "listed_at" TIMESTAMPTZ(3) NOT NULL,
    "search_name" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "terms" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "search_documents_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "search_terms" (
    "term" TEXT NOT NULL,
    "lexeme" TEXT,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "search_categories" (
    "category_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "search_categories_pkey" PRIMARY KEY ("category_id","label")
);

-- CreateTable
CREATE TABLE "search_queries" (
    "id" UUID NOT NULL,
    "query" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "result_count" INTEGER NOT NULL,
    "user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_queries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_clicks" (
    "search_id" UUID NOT NULL,
    "product_id" TEXT NOT NULL,
    "clicked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_clicks_pkey" PRIMARY KEY ("search_id","product_id")
);

-- CreateTable
CREATE TABLE "order_purchases" (
    "order_id" TEXT NOT NULL,
    "customer_id" TEXT,
    "product_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "counted" BOOLEAN NOT NULL DEFAULT false,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "placed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "order_purchases_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "product_pairs" (
    "product_id" TEXT NOT NULL,
    "other_id" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,

    CONSTRAINT "product_pairs_pkey" PRIMARY KEY ("product_id","other_id")
);

-- CreateTable
CREATE TABLE "product_popularity" (
    "product_id" TEXT NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "product_popularity_pkey" PRIMARY KEY ("product_id")
);

-- CreateTable
CREATE TABLE "product_views" (
    "user_id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 1,
    "last_viewed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "product_views_pkey" PRIMARY KEY ("user_id","product_id")
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
CREATE INDEX "product_facts_status_idx" ON "product_facts"("status");

-- CreateIndex
CREATE INDEX "variant_facts_product_id_idx" ON "variant_facts"("product_id");

-- CreateIndex
CREATE INDEX "index_queue_seq_idx" ON "index_queue"("seq");

-- CreateIndex
CREATE INDEX "search_documents_search_vector_idx" ON "search_documents" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "search_documents_search_name_idx" ON "search_documents" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_documents_category_ids_idx" ON "search_documents" USING GIN ("category_ids");

-- CreateIndex
CREATE INDEX "search_terms_lexeme_idx" ON "search_terms"("lexeme");

-- CreateIndex
CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_queries_created_at_idx" ON "search_queries"("created_at");

-- CreateIndex
CREATE INDEX "order_purchases_customer_id_placed_at_idx" ON "order_purchases"("customer_id", "placed_at");

-- CreateIndex
CREATE INDEX "product_pairs_product_id_orders_idx" ON "product_pairs"("product_id", "orders");

-- CreateIndex
CREATE INDEX "product_popularity_orders_views_idx" ON "product_popularity"("orders", "views");

-- CreateIndex
CREATE INDEX "product_views_user_id_last_viewed_at_idx" ON "product_views"("user_id", "last_viewed_at");

-- CreateIndex
CREATE INDEX "outbox_published_at_created_at_idx" ON "outbox"("published_at", "created_at");

-- Searches must not scan a pending list of unmerged entries after bulk indexing: merge on every write.
ALTER INDEX "search_documents_search_vector_idx" SET (fastupdate = off);
ALTER INDEX "search_documents_search_name_idx" SET (fastupdate = off);
ALTER INDEX "search_terms_term_trgm_idx" SET (fastupdate = off);

-- AddForeignKey
ALTER TABLE "search_clicks" ADD CONSTRAINT "search_clicks_search_id_fkey" FOREIGN KEY ("search_id") REFERENCES "search_queries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Wakes the outbox relay (LISTEN outbox) when a message commits; the relay also polls.
CREATE OR REPLACE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', NEW."id"::text);
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS "outbox_notify" ON "outbox";
CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox" FOR EACH ROW EXECUTE FUNCTION "outbox_notify"();
