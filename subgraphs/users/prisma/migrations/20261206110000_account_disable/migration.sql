-- Administrators can disable an account: no sign-in, no refresh, access tokens refused.
ALTER TYPE "SessionRevocationReason" ADD VALUE 'ACCOUNT_DISABLED';

ALTER TABLE "users" ADD COLUMN "disabled_at" TIMESTAMP(3),
ADD COLUMN "disabled_reason" TEXT;
