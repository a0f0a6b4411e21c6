#include "schema.h"

namespace kliping::archive {

const QList<Migration> &migrations()
{
    static const QList<Migration> kMigrations = {
        {1, R"sql(
CREATE TABLE sources (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    domain  TEXT
);
CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    title           TEXT NOT NULL,
    byline          TEXT,
    editor          TEXT,
    published_utc   TEXT,           -- ISO 8601 UTC instant, NULL when the page gives no date
    published_zone  TEXT,           -- zone as printed (WIB, WITA, WIT, ...)
    url             TEXT,
    captions        TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    body            TEXT NOT NULL,  -- never changes: analysis offsets point into it
    partial         INTEGER NOT NULL DEFAULT 0,
    content_hash    TEXT NOT NULL UNIQUE,
    origin          TEXT,           -- file path or URL the user gave
    imported_at     TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_utc);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE TABLE originals (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    media_type  TEXT NOT NULL,
    bytes       BLOB NOT NULL
);
)sql"},
        // The analysis: people and institutions known across the archive (keyed by their folded
        // canonical name), and per article the mentions, positions and quotes found in it.
        {2, R"sql(
CREATE TABLE analyses (
    article_id        INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    analyzer_version  INTEGER NOT NULL,
    analyzed_at       TEXT NOT NULL
);
CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL UNIQUE
);
-- In WITHOUT ROWID tables the key columns come first: SQLite 3.40's integrity_check reports
-- false "NULL value" errors for a NOT NULL column placed before them.
CREATE TABLE person_aliases (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias_key  TEXT NOT NULL,
    alias      TEXT NOT NULL,
    PRIMARY KEY (person_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX person_aliases_key ON person_aliases(alias_key);
CREATE TABLE institutions (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    name_key  TEXT NOT NULL UNIQUE,
    acronym   TEXT,
    kind      TEXT,                 -- police, government, ministry, legislature, ...
    parent_id INTEGER REFERENCES institutions(id) ON DELETE SET NULL  -- Polres -> Polda -> Polri
);
CREATE TABLE institution_aliases (
    institution_id  INTEGER NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
    alias_key       TEXT NOT NULL,
    alias           TEXT NOT NULL,
    PRIMARY KEY (institution_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX institution_aliases_key ON institution_aliases(alias_key);
CREATE TABLE article_people (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    titles      TEXT NOT NULL DEFAULT '[]',   -- JSON array: ranks and honorifics seen here
    PRIMARY KEY (article_id, person_id)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people(person_id);
CREATE TABLE article_institutions (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    institution_id  INTEGER NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, institution_id)
) WITHOUT ROWID;
CREATE INDEX article_institutions_institution ON article_institutions(institution_id);
-- A position seen in one article; first and last seen are MIN and MAX of seen_at per person.
CREATE TABLE positions (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    institution_id  INTEGER REFERENCES institutions(id) ON DELETE SET NULL,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seen_at         TEXT            -- the article's date (UTC), NULL when it has none
);
CREATE INDEX positions_person ON positions(person_id);
CREATE INDEX positions_article ON positions(article_id);
CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type            TEXT NOT NULL CHECK (type IN ('person', 'institution', 'place')),
    start           INTEGER NOT NULL,   -- UTF-16 offsets into articles.body
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    person_id       INTEGER REFERENCES people(id) ON DELETE SET NULL,
    institution_id  INTEGER REFERENCES institutions(id) ON DELETE SET NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start            INTEGER NOT NULL,  -- UTF-16 offsets into articles.body
    end              INTEGER NOT NULL,
    text             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    speaker_id       INTEGER REFERENCES people(id) ON DELETE SET NULL,
    speaker_mention  TEXT,
    confidence       REAL NOT NULL DEFAULT 0,   -- how sure the attribution is, 0..1
    rule             TEXT               -- the rule that attributed it (trailing-cue, nya, ...)
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
)sql"},
        // Feeds a user subscribed to, and the items already taken from each, so that an update
        // imports only new ones.
        {3, R"sql(
CREATE TABLE feeds (
    id          INTEGER PRIMARY KEY,
    location    TEXT NOT NULL UNIQUE,  -- a link (http/https) or a file path
    title       TEXT,
    added_at    TEXT NOT NULL,
    updated_at  TEXT,
    last_error  TEXT
);
CREATE TABLE feed_items (
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,         -- guid, Atom id or link
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
)sql"},
        // Near-duplicates: a SimHash fingerprint per article, split into four 16-bit bands that
        // are indexed, and the links found between articles that tell the same story.
        {4, R"sql(
CREATE TABLE fingerprints (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    simhash     INTEGER NOT NULL,
    band0       INTEGER NOT NULL,
    band1       INTEGER NOT NULL,
    band2       INTEGER NOT NULL,
    band3       INTEGER NOT NULL
);
CREATE INDEX fingerprints_band0 ON fingerprints(band0);
CREATE INDEX fingerprints_band1 ON fingerprints(band1);
CREATE INDEX fingerprints_band2 ON fingerprints(band2);
CREATE INDEX fingerprints_band3 ON fingerprints(band3);
CREATE TABLE near_duplicates (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    distance    INTEGER NOT NULL,       -- differing fingerprint bits (0 = the same text)
    PRIMARY KEY (article_id, other_id)
) WITHOUT ROWID;
)sql"},
        // Full-text search (docs/search.md): FTS5 indexes with the tokenizer "kliping" (stems
        // beside the words as written). Articles never change after import, so their index keeps
        // no copy of the text (external content); the quotes' index keeps its own copy because
        // its speaker column comes from another table that can change under it. Triggers keep
        // both in step with every write; the last statements index what an older archive holds.
        {5, R"sql(
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id',
                                             tokenize='kliping');
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, tokenize='kliping');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker)
    VALUES (new.id, new.text,
            trim(coalesce((SELECT name FROM people WHERE id = new.speaker_id), '') || ' ' ||
                 coalesce(new.speaker_mention, '')));
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_id, speaker_mention ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
    INSERT INTO quotes_fts(rowid, text, speaker)
    VALUES (new.id, new.text,
            trim(coalesce((SELECT name FROM people WHERE id = new.speaker_id), '') || ' ' ||
                 coalesce(new.speaker_mention, '')));
END;
CREATE TRIGGER quotes_fts_speaker_name AFTER UPDATE OF name ON people BEGIN
    UPDATE quotes_fts
    SET speaker = trim(new.name || ' ' || coalesce((SELECT speaker_mention FROM quotes
                                                    WHERE id = quotes_fts.rowid), ''))
    WHERE rowid IN (SELECT id FROM quotes WHERE speaker_id = new.id);
END;
-- What the indexes were built with; Archive::open rebuilds them when the tokenizer or the
-- dictionary changed (FTS5 removes a row by tokenizing it again: the tokens must not change).
CREATE TABLE search_index_info (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO search_index_info(key, value) VALUES ('fingerprint', kliping_search_fingerprint());
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO quotes_fts(rowid, text, speaker)
SELECT q.id, q.text, trim(coalesce(p.name, '') || ' ' || coalesce(q.speaker_mention, ''))
FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id;
)sql"},
        // People across articles: spelling keys that find a person under a misspelt or old
        // spelling of a name word, merged people kept (for undo) pointing at who they became,
        // position titles keyed for "who held it when", and the user's corrections, stored apart
        // from the analysis so that re-analysis applies them again.
        {6, R"sql(
CREATE TABLE person_keys (
    key        TEXT NOT NULL,      -- a folded name word, or it with one letter deleted
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (key, person_id)
) WITHOUT ROWID;
CREATE INDEX person_keys_person ON person_keys(person_id);
ALTER TABLE people ADD COLUMN merged_into INTEGER REFERENCES people(id) ON DELETE SET NULL;
ALTER TABLE positions ADD COLUMN title_key TEXT;
UPDATE positions SET title_key = lower(title);
CREATE INDEX positions_title_key ON positions(title_key, seen_at);
ALTER TABLE quotes ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0; -- 1: speaker set by the user
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'attribute', 'not-quote')),
    payload     TEXT NOT NULL,      -- JSON, see archive/corrections.h
    created_at  TEXT NOT NULL,
    undone_at   TEXT
);
)sql"},
        // Import speed (docs/architecture.md, "Writing a batch"): new articles and quotes are
        // indexed for search by one statement per batch instead of a trigger per row (FTS5 writes
        // its pending terms to disk at every statement, so a trigger made a segment per row);
        // merged people and unresolved role-only quotes are found through indexes, not scans.
        {7, R"sql(
DROP TRIGGER articles_fts_insert;
DROP TRIGGER quotes_fts_insert;
CREATE INDEX people_merged_into ON people(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX quotes_unresolved_mention ON quotes(lower(trim(speaker_mention)))
    WHERE speaker_id IS NULL AND speaker_mention IS NOT NULL;
)sql"},
        // The official picker (PeopleDirectory::find): each person's quote count kept by
        // triggers, so that "most quoted first" reads one column instead of counting thousands
        // of quotes per suggestion; and the words of their names alone (person_keys also holds
        // one-letter deletions), for the prefix of what the user is still typing.
        {8, R"sql(
ALTER TABLE people ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
UPDATE people SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = people.id);
CREATE TRIGGER people_quote_count_insert AFTER INSERT ON quotes
WHEN new.speaker_id IS NOT NULL BEGIN
    UPDATE people SET quote_count = quote_count + 1 WHERE id = new.speaker_id;
END;
CREATE TRIGGER people_quote_count_delete AFTER DELETE ON quotes
WHEN old.speaker_id IS NOT NULL BEGIN
    UPDATE people SET quote_count = quote_count - 1 WHERE id = old.speaker_id;
END;
CREATE TRIGGER people_quote_count_update AFTER UPDATE OF speaker_id ON quotes
WHEN old.speaker_id IS NOT new.speaker_id BEGIN
    UPDATE people SET quote_count = quote_count - 1 WHERE id = old.speaker_id;
    UPDATE people SET quote_count = quote_count + 1 WHERE id = new.speaker_id;
END;
CREATE TABLE person_words (
    word       TEXT NOT NULL,      -- a folded name word, as written and in new spelling
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (word, person_id)
) WITHOUT ROWID;
CREATE INDEX person_words_person ON person_words(person_id);
)sql"},
        // Import speed: the spelling keys of a name word (it, its new spelling, and each with
        // one letter deleted) are stored once per word of the archive, not once per person who
        // bears it; person_words leads from the word to its people. Filled from person_words
        // (Archive::backfillNameWordKeys) for archives of version 8 and older.
        {9, R"sql(
DROP TABLE person_keys;
CREATE TABLE name_word_keys (
    key   TEXT NOT NULL,      -- a folded name word, or it with one letter deleted
    word  TEXT NOT NULL,      -- a word of person_words
    PRIMARY KEY (key, word)
) WITHOUT ROWID;
)sql"},
    };
    return kMigrations;
}

} // namespace kliping::archive
