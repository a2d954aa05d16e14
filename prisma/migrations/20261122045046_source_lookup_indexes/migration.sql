-- The proposal form's source picker finds a source by a word of its outlet, title or URL
-- (lib/dal/proposal-lookups.ts). With the outlet's trigram index alone, an OR over the three
-- columns read every source: 1 to 2 s on 100,000 synthetic sources; with these, a few ms.
-- CreateIndex
CREATE INDEX "sources_title_trgm_idx" ON "sources" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "sources_url_trgm_idx" ON "sources" USING GIN ("url" gin_trgm_ops);
