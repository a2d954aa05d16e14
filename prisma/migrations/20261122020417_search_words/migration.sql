-- The words of the searchable texts, for typo correction: a reader's "caliphat" is matched by
-- trigram similarity against this small dictionary (fast, however many quotes there are), and the
-- full-text search then runs on "caliphate" through its GIN index, instead of a trigram scan of
-- every summary and quote.

-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- The words of a text as the dictionary keeps them: lower-cased, unstemmed (so that similarity
-- compares what readers type), letters only, at least three of them.
CREATE FUNCTION search_words_of(document text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, document))) AS word WHERE word ~ '^[[:alpha:]]{3,}$'
$$;

-- Statement-level triggers, so that a bulk load adds its words in one pass (transition tables
-- rule out "UPDATE OF text", so any update re-reads the updated rows' words: a few microseconds a
-- row, and conflicts change nothing). Words are never removed: a word left by a deleted quote only
-- makes a correction that then finds nothing.
CREATE FUNCTION search_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'statements' THEN
    INSERT INTO search_words (word)
      SELECT DISTINCT words.word FROM changed, search_words_of(changed.text || ' ' || COALESCE(changed.translation, '')) AS words(word)
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (word)
      SELECT DISTINCT words.word FROM changed, search_words_of(changed.summary) AS words(word)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER statements_add_search_words_on_insert AFTER INSERT ON statements
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
CREATE TRIGGER statements_add_search_words_on_update AFTER UPDATE ON statements
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
CREATE TRIGGER claims_add_search_words_on_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
CREATE TRIGGER claims_add_search_words_on_update AFTER UPDATE ON claims
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();

INSERT INTO search_words (word)
  SELECT word FROM statements, search_words_of(text || ' ' || COALESCE(translation, '')) AS words(word)
  UNION
  SELECT word FROM claims, search_words_of(summary) AS words(word);

-- CreateIndex
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);
