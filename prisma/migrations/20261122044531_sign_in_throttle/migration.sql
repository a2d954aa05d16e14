-- AlterEnum
ALTER TYPE "audit_event_kind" ADD VALUE 'sign_in_throttled';

-- CreateIndex
CREATE INDEX "audit_events_email_kind_created_at_idx" ON "audit_events"("email", "kind", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_ip_kind_created_at_idx" ON "audit_events"("ip", "kind", "created_at");
