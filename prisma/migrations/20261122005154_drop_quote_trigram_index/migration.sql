-- Typo search over quotes does not scale (a multi-word query rechecks nearly every quote): search
-- now uses trigrams on short texts only, so this index is no longer used.
-- DropIndex
DROP INDEX "statements_text_trgm_idx";
