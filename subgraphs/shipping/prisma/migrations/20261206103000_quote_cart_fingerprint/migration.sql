-- Binds each quoted rate to the cart contents it was priced for; checkout refuses a rate whose contents changed.
ALTER TABLE "shipping_quotes" ADD COLUMN "cart_fingerprint" TEXT NOT NULL DEFAULT '';
