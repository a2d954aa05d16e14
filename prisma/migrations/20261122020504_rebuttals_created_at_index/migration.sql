-- CreateIndex
CREATE INDEX "rebuttals_status_created_at_idx" ON "rebuttals"("status", "created_at" DESC);
