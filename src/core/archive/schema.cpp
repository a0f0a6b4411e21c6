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
    };
    return kMigrations;
}

} // namespace kliping::archive
