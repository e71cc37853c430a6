-- A used refresh token remembers the token it was exchanged for, so that presenting it again moments later
-- (its answer lost to a reload) can retire that unseen successor instead of ending the session.
ALTER TABLE "refresh_tokens" ADD COLUMN "replaced_by_id" UUID;
