-- AlterEnum
ALTER TYPE "audit_event_kind" ADD VALUE 'user_enabled';
