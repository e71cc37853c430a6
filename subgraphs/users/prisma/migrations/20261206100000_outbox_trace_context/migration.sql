-- The trace a message was written in travels with it to its consumers (W3C trace context; null when not traced).
ALTER TABLE "outbox" ADD COLUMN "trace_context" JSONB;
