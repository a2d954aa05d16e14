-- AlterEnum
ALTER TYPE "audit_event_kind" ADD VALUE 'password_refused';
