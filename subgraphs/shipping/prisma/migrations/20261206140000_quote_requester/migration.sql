-- Remembers who asked for each quoted rate (null for a guest), so Query.shippingRate answers only them.
ALTER TABLE "shipping_quotes" ADD COLUMN "quoted_for_user_id" TEXT;
