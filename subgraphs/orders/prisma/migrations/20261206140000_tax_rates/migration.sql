-- AlterTable
ALTER TABLE "orders" ADD COLUMN "tax_total" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "tax_lines" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "order_lines" ADD COLUMN "tax_amount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "tax_rates" (
    "id" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region" TEXT NOT NULL DEFAULT '',
    "rate_ppm" INTEGER NOT NULL,
    "tax_shipping" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tax_rates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tax_rates_country_region_key" ON "tax_rates"("country", "region");

-- CreateIndex
CREATE INDEX "tax_rates_created_at_id_idx" ON "tax_rates"("created_at" DESC, "id" DESC);
