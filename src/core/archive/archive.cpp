#include "archive.h"

#include "corrections.h"
#include "personresolver.h"
#include "schema.h"
#include "searchtokenizer.h"
#include "sqlitestatement.h"
#include "storedvalues.h"
#include "text/simhash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimeZone>

#include <sqlite3.h>

namespace kliping::archive {

namespace {

// Messages of this file, translated in the context "Archive".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Archive)
};

const char *orderColumn(SortColumn column)
{
    switch (column) {
    case SortColumn::Title:
        return "a.title COLLATE NOCASE";
    case SortColumn::Source:
        return "s.name COLLATE NOCASE";
    case SortColumn::ImportedAt:
        return "a.imported_at";
    case SortColumn::Published:
        break;
    }
    return "a.published_utc";
}

// Builds "(a.title LIKE ?1 OR s.name LIKE ?1) AND ..." for each word of the filter.
QString filterClause(const QStringList &words, int firstIndex)
{
    QStringList parts;
    for (int i = 0; i < words.size(); ++i) {
        const int n = firstIndex + i;
        parts << QStringLiteral("(a.title LIKE ?%1 ESCAPE '\\' OR s.name LIKE ?%1 ESCAPE '\\')")
                     .arg(n);
    }
    return parts.join(QLatin1String(" AND "));
}

// The WHERE clause of the article list: the filter's words (bound from firstIndex on), then the
// scope's source and feed, bound as ?900 and ?901 (see bindScope) so the text stays the same.
QString whereClause(const QStringList &words, int firstIndex, const ArticleScope &scope)
{
    QStringList parts;
    if (!words.isEmpty())
        parts << filterClause(words, firstIndex);
    if (scope.sourceId > 0)
        parts << QStringLiteral("a.source_id = ?900");
    if (scope.feedId > 0)
        parts << QStringLiteral("a.id IN (SELECT article_id FROM feed_items WHERE feed_id = ?901)");
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(u" AND ");
}

void bindScope(SqliteStatement &st, const ArticleScope &scope)
{
    if (scope.sourceId > 0)
        st.bind(900, scope.sourceId);
    if (scope.feedId > 0)
        st.bind(901, scope.feedId);
}

QStringList filterWords(const QString &filter)
{
    QStringList words;
    for (const QString &w : filter.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QString escaped = w;
        escaped.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        words << u'%' + escaped + u'%';
    }
    return words;
}

} // namespace

Archive::Archive() = default;

Archive::~Archive()
{
    close();
}

QString Archive::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kliping.sqlite"));
}

int Archive::latestSchemaVersion()
{
    return migrations().last().version;
}

bool Archive::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Archive::exec(const char *sql)
{
    if (m_readOnly && qstrncmp(sql, "BEGIN IMMEDIATE", 15) == 0)
        return fail(Tr::tr("The archive %1 is open read-only (the file cannot be written, or "
                           "another Kliping window is using it): nothing was changed.")
                        .arg(m_path));
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return false;
    }
    return true;
}

int Archive::schemaVersion() const
{
    if (!m_db)
        return 0;
    SqliteStatement st(m_statements, "PRAGMA user_version");
    return st.step() == SQLITE_ROW ? int(st.int64(0)) : 0;
}

bool Archive::open(const QString &path, OpenMode mode)
{
    close();
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    // A file the user may not write (a CD, a shared folder, a colleague's copy) is read only,
    // and so is an archive another Kliping has open for writing.
    m_readOnly = mode == OpenMode::ReadOnly ||
                 (exists && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()));
    if (m_readOnly && !exists)
        return fail(Tr::tr("The archive %1 does not exist.").arg(path));
    if (info.isDir())
        return fail(Tr::tr("%1 is a folder, not an archive file.").arg(path));
    if (exists) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("The archive %1 cannot be read: %2").arg(path, file.errorString()));
        if (!file.read(16).startsWith("SQLite format 3"))
            return fail(Tr::tr("%1 is not a Kliping archive (it is not an SQLite database). "
                               "Choose another file or a new name.")
                            .arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(
            Tr::tr("The folder for the archive cannot be created: %1").arg(info.absolutePath()));
    }

    const QByteArray file = QFile::encodeName(path);
    const int flags =
        (m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        close();
        return fail(Tr::tr("The archive %1 cannot be opened: %2").arg(path, why));
    }
    m_statements.setDatabase(m_db);
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    // The full-text indexes' tokenizer: every statement that writes an article or a quote
    // (migrations included) runs the index triggers, which need it.
    if (QString why; !registerSearchTokenizer(m_db, &why)) {
        close();
        return fail(Tr::tr("The archive %1 cannot be opened: %2").arg(path, why));
    }

    // Look before touching anything: a newer or foreign file must stay exactly as it is.
    int version = 0;
    int applicationId = 0;
    {
        SqliteStatement v(m_statements, "PRAGMA user_version");
        if (v.step() != SQLITE_ROW) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            close();
            return fail(Tr::tr("%1 is not a readable Kliping archive: %2").arg(path, why));
        }
        version = int(v.int64(0));
        SqliteStatement a(m_statements, "PRAGMA application_id");
        if (a.step() == SQLITE_ROW)
            applicationId = int(a.int64(0));
    }
    if (exists && applicationId != kApplicationId) {
        SqliteStatement t(m_statements, "SELECT count(*) FROM sqlite_master");
        const bool hasTables = t.step() == SQLITE_ROW && t.int64(0) > 0;
        if (hasTables || version != 0) {
            close();
            return fail(
                Tr::tr("%1 is an SQLite database of another program, not a Kliping archive.")
                    .arg(path));
        }
    }
    if (version > latestSchemaVersion()) {
        close();
        return fail(Tr::tr("The archive %1 was written by a newer version of Kliping (archive "
                           "version %2; this program knows up to %3). Update Kliping to open it; "
                           "the file has not been changed.")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }

    if (m_readOnly) {
        if (version < latestSchemaVersion()) {
            close();
            return fail(Tr::tr("The archive %1 is from an older Kliping and must be upgraded, but "
                               "it can only be read here. Open it where it can be written once.")
                            .arg(path));
        }
        return exec("PRAGMA query_only = ON") || fail(m_error);
    }
    // A page cache of 32 MiB (SQLite's default is 2) keeps the indexes a batch touches in
    // memory; the write-ahead log is folded into the file every 16,000 pages (64 MB) rather
    // than 1,000, so a page written by many batches in a row is copied once (import +8 %).
    if (!exec("PRAGMA foreign_keys = ON") || !exec("PRAGMA journal_mode = WAL") ||
        !exec("PRAGMA synchronous = NORMAL") || !exec("PRAGMA cache_size = -32768") ||
        !exec("PRAGMA wal_autocheckpoint = 16000")) {
        const QString why = m_error;
        close();
        return fail(Tr::tr("The archive %1 cannot be prepared: %2").arg(path, why));
    }
    if (version < latestSchemaVersion()) {
        if (version > 0 && !backupBeforeMigration(version)) {
            const QString why = m_error;
            close();
            return fail(why);
        }
        if (!migrate(version) || (version > 0 && version < 4 && !backfillFingerprints()) ||
            (version > 0 && version < 8 && !backfillPersonKeys()) ||
            (version > 0 && version < 9 && !backfillNameWordKeys())) {
            const QString why = m_error;
            close();
            return fail(Tr::tr("The archive %1 could not be upgraded: %2").arg(path, why));
        }
    }
    // Indexes built with another dictionary or tokenizer are rebuilt; search works on without.
    if (QString why; !refreshStaleSearchIndex(m_db, &why))
        qWarning("Kliping: the search index could not be rebuilt: %s", qUtf8Printable(why));
    return true;
}

void Archive::close()
{
    m_statements.setDatabase(nullptr); // finalizes the cached statements first
    if (m_db && !m_readOnly && sqlite3_total_changes(m_db) > 0) {
        // A connection that wrote keeps the query planner's statistics current (SQLite's advice
        // on closing), each index sampled so that it costs little on a large archive, and without
        // waiting: if another connection is writing, the next close does it.
        sqlite3_busy_timeout(m_db, 0);
        sqlite3_exec(m_db, "PRAGMA analysis_limit = 400; PRAGMA optimize;", nullptr, nullptr,
                     nullptr);
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Archive::backupBeforeMigration(int fromVersion)
{
    const QString target =
        QStringLiteral("%1.v%2-%3.bak")
            .arg(m_path)
            .arg(fromVersion)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    sqlite3 *copy = nullptr;
    const QByteArray name = QFile::encodeName(target);
    bool ok = sqlite3_open(name.constData(), &copy) == SQLITE_OK;
    if (ok) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", m_db, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        if (backup)
            sqlite3_backup_finish(backup);
    }
    if (!ok)
        m_error = Tr::tr("Before upgrading, a backup copy %1 could not be written: %2")
                      .arg(target, QString::fromUtf8(sqlite3_errmsg(copy ? copy : m_db)));
    sqlite3_close(copy);
    if (!ok)
        QFile::remove(target);
    return ok;
}

bool Archive::migrate(int from)
{
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        if (!exec("BEGIN IMMEDIATE"))
            return false;
        const QByteArray pragmas =
            QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                .arg(kApplicationId)
                .arg(m.version)
                .toLatin1();
        if (!exec(m.sql) || !exec(pragmas.constData())) {
            const QString why = m_error;
            exec("ROLLBACK");
            m_error = Tr::tr("migration %1 failed: %2").arg(m.version).arg(why);
            return false;
        }
        if (!exec("COMMIT")) {
            const QString why = m_error;
            exec("ROLLBACK");
            m_error = why;
            return false;
        }
    }
    return true;
}

namespace {

// text.simplified().toCaseFolded() as UTF-8, in one pass when the text is ASCII (most articles).
QByteArray foldedSimplifiedUtf8(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return text.simplified().toCaseFolded().toUtf8();
        if (u == ' ' || (u >= '\t' && u <= '\r')) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(' ');
        space = false;
        out.append(u >= 'A' && u <= 'Z' ? char(u - 'A' + 'a') : char(u));
    }
    return out;
}

} // namespace

QString Archive::contentHash(const ingest::Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(foldedSimplifiedUtf8(article.title));
    hash.addData("\n");
    hash.addData(foldedSimplifiedUtf8(article.body));
    return QString::fromLatin1(hash.result().toHex());
}

qint64 Archive::sourceId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    SqliteStatement find(m_statements, "SELECT id FROM sources WHERE name = ?1");
    find.bind(1, trimmed);
    if (find.step() == SQLITE_ROW)
        return find.int64(0);
    SqliteStatement insert(m_statements, "INSERT INTO sources(name) VALUES (?1)");
    insert.bind(1, trimmed);
    if (insert.step() != SQLITE_DONE)
        return -1;
    return sqlite3_last_insert_rowid(m_db);
}

namespace {

QString kindText(analysis::QuoteKind kind)
{
    return kind == analysis::QuoteKind::Direct ? QStringLiteral("direct")
                                               : QStringLiteral("indirect");
}

QString mentionTypeText(analysis::MentionType type)
{
    switch (type) {
    case analysis::MentionType::Institution:
        return QStringLiteral("institution");
    case analysis::MentionType::Place:
        return QStringLiteral("place");
    case analysis::MentionType::Person:
        break;
    }
    return QStringLiteral("person");
}

} // namespace

qint64 Archive::institutionId(const analysis::Institution &institution)
{
    const QString &name = institution.name;
    const QString &acronym = institution.acronym;
    const QString key = nameKey(name);
    if (key.isEmpty())
        return 0;
    qint64 id = 0;
    {
        SqliteStatement find(m_statements, "SELECT id FROM institutions WHERE name_key = ?1");
        find.bind(1, key);
        if (find.step() == SQLITE_ROW)
            id = find.int64(0);
    }
    if (!id) {
        SqliteStatement insert(m_statements,
                               "INSERT INTO institutions(name, name_key, acronym, kind) "
                               "VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, name.simplified());
        insert.bind(2, key);
        insert.bind(3, acronym.isEmpty() ? QString() : acronym);
        insert.bind(4, institution.kind.isEmpty() ? QString() : institution.kind);
        if (insert.step() != SQLITE_DONE)
            return -1;
        id = sqlite3_last_insert_rowid(m_db);
    } else {
        // What a later article adds (an acronym, the kind) fills gaps; it never overwrites.
        SqliteStatement update(m_statements,
                               "UPDATE institutions SET acronym = coalesce(acronym, ?2), "
                               "kind = coalesce(kind, ?3) WHERE id = ?1");
        update.bind(1, id);
        update.bind(2, acronym.isEmpty() ? QString() : acronym);
        update.bind(3, institution.kind.isEmpty() ? QString() : institution.kind);
        update.step();
    }
    if (!institution.parent.isEmpty() && nameKey(institution.parent) != key) {
        analysis::Institution parent;
        parent.name = institution.parent;
        const qint64 parentId = institutionId(parent);
        if (parentId < 0)
            return -1;
        SqliteStatement link(m_statements,
                             "UPDATE institutions SET parent_id = coalesce(parent_id, ?2) "
                             "WHERE id = ?1");
        link.bind(1, id);
        link.bind(2, parentId);
        link.step();
    }
    const QStringList &aliases = institution.aliases;
    SqliteStatement alias(m_statements,
                          "INSERT OR IGNORE INTO institution_aliases(institution_id, alias, "
                          "alias_key) VALUES (?1, ?2, ?3)");
    for (const QString &a : aliases) {
        alias.reset();
        alias.bind(1, id);
        alias.bind(2, a.simplified());
        alias.bind(3, nameKey(a));
        if (alias.step() != SQLITE_DONE)
            return -1;
    }
    return id;
}

bool Archive::writeAnalysis(qint64 articleId, const analysis::Analysis &a, int analyzerVersion,
                            const QString &seenAt, bool replacing)
{
    const auto failed = [this] {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    };
    m_analysedArticles << articleId;
    if (replacing) {
        for (const char *sql : {"DELETE FROM article_people WHERE article_id = ?1",
                                "DELETE FROM article_institutions WHERE article_id = ?1",
                                "DELETE FROM positions WHERE article_id = ?1",
                                "DELETE FROM mentions WHERE article_id = ?1",
                                "DELETE FROM quotes WHERE article_id = ?1"}) {
            SqliteStatement del(m_statements, sql);
            del.bind(1, articleId);
            if (del.step() != SQLITE_DONE)
                return failed();
        }
    }
    QHash<QString, qint64> institutions; // key -> id, for roles and mentions
    SqliteStatement linkInstitution(m_statements,
                                    "INSERT OR IGNORE INTO article_institutions(article_id, "
                                    "institution_id) VALUES (?1, ?2)");
    for (const analysis::Institution &i : a.institutions) {
        const qint64 id = institutionId(i);
        if (id < 0)
            return failed();
        if (!id)
            continue;
        institutions.insert(nameKey(i.name), id);
        linkInstitution.reset();
        linkInstitution.bind(1, articleId);
        linkInstitution.bind(2, id);
        if (linkInstitution.step() != SQLITE_DONE)
            return failed();
    }
    QHash<QString, QString> kinds; // institution key -> kind, for telling namesakes apart
    for (const analysis::Institution &i : a.institutions)
        if (!i.kind.isEmpty())
            kinds.insert(nameKey(i.name), i.kind);
    PersonResolver resolver(m_statements);
    QHash<QString, qint64> people;
    SqliteStatement linkPerson(m_statements,
                               "INSERT OR REPLACE INTO article_people(article_id, person_id, "
                               "titles) VALUES (?1, ?2, ?3)");
    SqliteStatement position(m_statements,
                             "INSERT INTO positions(person_id, title, institution_id, "
                             "article_id, seen_at, title_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const analysis::Person &p : a.people) {
        QSet<QString> personKinds;
        for (const analysis::Role &r : p.roles)
            if (const QString kind = kinds.value(nameKey(r.institution)); !kind.isEmpty())
                personKinds.insert(kind);
        const qint64 id = resolver.resolve(p, personKinds);
        if (id < 0)
            return failed();
        if (!id)
            continue;
        people.insert(nameKey(p.name), id);
        for (const QString &alias : p.aliases)
            people.insert(nameKey(alias), id);
        linkPerson.reset();
        linkPerson.bind(1, articleId);
        linkPerson.bind(2, id);
        linkPerson.bind(3, jsonText(p.titles));
        if (linkPerson.step() != SQLITE_DONE)
            return failed();
        for (const analysis::Role &r : p.roles) {
            if (r.title.trimmed().isEmpty())
                continue;
            qint64 inst = institutions.value(nameKey(r.institution));
            if (!inst && !r.institution.isEmpty()) {
                analysis::Institution named;
                named.name = r.institution;
                inst = institutionId(named);
                if (inst < 0)
                    return failed();
            }
            position.reset();
            position.bind(1, id);
            position.bind(2, r.title.simplified());
            if (inst > 0)
                position.bind(3, inst);
            position.bind(4, articleId);
            position.bind(5, seenAt);
            position.bind(6, titleKey(r.title));
            if (position.step() != SQLITE_DONE)
                return failed();
            m_newTitleKeys.insert(titleKey(r.title));
        }
    }
    SqliteStatement mention(m_statements,
                            "INSERT INTO mentions(article_id, type, start, end, text, "
                            "person_id, institution_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const analysis::Mention &m : a.mentions) {
        mention.reset();
        mention.bind(1, articleId);
        mention.bind(2, mentionTypeText(m.type));
        mention.bind(3, qint64(m.start));
        mention.bind(4, qint64(m.end));
        mention.bind(5, m.text);
        const QString key = nameKey(m.entity);
        if (m.type == analysis::MentionType::Person && people.contains(key))
            mention.bind(6, people.value(key));
        if (m.type == analysis::MentionType::Institution && institutions.contains(key))
            mention.bind(7, institutions.value(key));
        if (mention.step() != SQLITE_DONE)
            return failed();
    }
    SqliteStatement quote(m_statements,
                          "INSERT INTO quotes(article_id, start, end, text, kind, speaker_id, "
                          "speaker_mention, confidence, rule) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const analysis::Quote &q : a.quotes) {
        quote.reset();
        quote.bind(1, articleId);
        quote.bind(2, qint64(q.start));
        quote.bind(3, qint64(q.end));
        quote.bind(4, q.text);
        quote.bind(5, kindText(q.kind));
        const QString key = nameKey(q.speaker);
        if (!key.isEmpty() && people.contains(key))
            quote.bind(6, people.value(key));
        quote.bind(7, q.speakerMention.isEmpty() ? QString() : q.speakerMention);
        sqlite3_bind_double(quote.get(), 8, q.confidence);
        quote.bind(9, q.rule.isEmpty() ? QString() : q.rule);
        if (quote.step() != SQLITE_DONE)
            return failed();
        m_newQuotes << sqlite3_last_insert_rowid(m_db);
    }
    // The user's corrections stand above the analysis: apply them to what was just written.
    if (!Corrections::applyToArticle(m_statements, articleId, &m_error))
        return false;
    SqliteStatement done(m_statements,
                         "INSERT OR REPLACE INTO analyses(article_id, analyzer_version, "
                         "analyzed_at) VALUES (?1, ?2, ?3)");
    done.bind(1, articleId);
    done.bind(2, analyzerVersion);
    done.bind(3, toIso(QDateTime::currentDateTimeUtc()));
    return done.step() == SQLITE_DONE || failed();
}

qint64 Archive::holderAt(const QString &title, const QString &when, qint64 articleId) const
{
    if (when.isEmpty() || title.trimmed().isEmpty())
        return 0;
    // Who was seen with this title, first and last, in other articles. A position is taken as
    // held a month either side of what the archive saw; beyond that the history does not say.
    SqliteStatement st(m_statements,
                       "SELECT person_id, min(seen_at), max(seen_at) FROM positions WHERE "
                       "title_key = ?1 AND seen_at IS NOT NULL AND article_id != ?2 "
                       "GROUP BY person_id");
    st.bind(1, titleKey(title));
    st.bind(2, articleId);
    const QDateTime at = fromIso(when);
    qint64 holder = 0;
    int holders = 0;
    while (st.step() == SQLITE_ROW) {
        const QDateTime first = fromIso(st.text(1)).addDays(-kPositionToleranceDays);
        const QDateTime last = fromIso(st.text(2)).addDays(kPositionToleranceDays);
        if (at >= first && at <= last) {
            holder = st.int64(0);
            ++holders;
        }
    }
    return holders == 1 ? PersonResolver(m_statements).current(holder) : 0;
}

namespace {

QString jsonIds(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (const qint64 id : ids) {
        if (json.size() > 1)
            json += u',';
        json += QString::number(id);
    }
    return json + u']';
}

} // namespace

bool Archive::indexNewText()
{
    const auto failed = [this] {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    };
    if (!m_newArticles.isEmpty()) {
        SqliteStatement st(m_statements,
                           "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body "
                           "FROM articles WHERE id IN (SELECT value FROM json_each(?1))");
        st.bind(1, jsonIds(m_newArticles));
        if (st.step() != SQLITE_DONE)
            return failed();
        m_newArticles.clear();
    }
    if (!m_newQuotes.isEmpty()) {
        // OR REPLACE: a correction applied in the same transaction may have indexed the quote
        // already (through the update trigger). Quotes deleted since are not in quotes any more.
        SqliteStatement st(m_statements,
                           "INSERT OR REPLACE INTO quotes_fts(rowid, text, speaker) "
                           "SELECT q.id, q.text, trim(coalesce(p.name, '') || ' ' || "
                           "coalesce(q.speaker_mention, '')) FROM quotes q LEFT JOIN people p "
                           "ON p.id = q.speaker_id WHERE q.id IN "
                           "(SELECT value FROM json_each(?1))");
        st.bind(1, jsonIds(m_newQuotes));
        if (st.step() != SQLITE_DONE)
            return failed();
        m_newQuotes.clear();
    }
    return true;
}

void Archive::forgetNewRows()
{
    m_newArticles.clear();
    m_newQuotes.clear();
    m_analysedArticles.clear();
    m_newTitleKeys.clear();
}

bool Archive::resolveRoleOnlySpeakers()
{
    QList<QPair<qint64, qint64>> resolved; // quote, person
    {
        // Only what the transaction wrote can change an answer: its own quotes, and unresolved
        // quotes whose title gained a position. Both are found through indexes.
        SqliteStatement st(
            m_statements,
            "SELECT q.id, q.speaker_mention, a.published_utc, q.article_id FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.id IN ("
            "SELECT id FROM quotes WHERE article_id IN (SELECT value FROM json_each(?1)) "
            "UNION ALL SELECT id FROM quotes INDEXED BY quotes_unresolved_mention WHERE "
            "speaker_id IS NULL AND speaker_mention IS NOT NULL AND "
            "lower(trim(speaker_mention)) IN (SELECT value FROM json_each(?2))) AND "
            "q.speaker_id IS NULL AND q.speaker_mention IS NOT NULL AND q.corrected = 0 AND "
            "a.published_utc IS NOT NULL AND EXISTS (SELECT 1 FROM positions WHERE title_key = "
            "lower(trim(q.speaker_mention)))");
        st.bind(1, jsonIds(m_analysedArticles));
        st.bind(
            2, jsonText(QStringList(m_newTitleKeys.cbegin(), m_newTitleKeys.cend())));
        while (st.step() == SQLITE_ROW) {
            if (const qint64 person = holderAt(st.text(1), st.text(2), st.int64(3)))
                resolved.append({st.int64(0), person});
        }
    }
    m_analysedArticles.clear();
    m_newTitleKeys.clear();
    SqliteStatement update(m_statements, "UPDATE quotes SET speaker_id = ?2 WHERE id = ?1");
    for (const auto &[quote, person] : std::as_const(resolved)) {
        update.reset();
        update.bind(1, quote);
        update.bind(2, person);
        if (update.step() != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return true;
}

bool Archive::replaceAnalysis(qint64 articleId, const analysis::Analysis &analysis,
                              int analyzerVersion)
{
    if (!m_db)
        return fail(Tr::tr("No archive is open."));
    QString seenAt;
    {
        SqliteStatement st(m_statements, "SELECT published_utc FROM articles WHERE id = ?1");
        st.bind(1, articleId);
        if (st.step() != SQLITE_ROW)
            return fail(Tr::tr("There is no article #%1 in the archive.").arg(articleId));
        seenAt = st.text(0);
    }
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    if (!writeAnalysis(articleId, analysis, analyzerVersion, seenAt, true) || !indexNewText() ||
        !resolveRoleOnlySpeakers()) {
        const QString why = m_error;
        exec("ROLLBACK");
        forgetNewRows();
        return fail(why);
    }
    if (!exec("COMMIT")) {
        const QString why = m_error;
        exec("ROLLBACK");
        return fail(why);
    }
    return true;
}

QList<qint64> Archive::articlesToAnalyse(int version) const
{
    QList<qint64> ids;
    if (!m_db)
        return ids;
    SqliteStatement st(m_statements,
                       "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = "
                       "a.id WHERE n.analyzer_version IS NULL OR n.analyzer_version < ?1 "
                       "ORDER BY a.id");
    st.bind(1, version);
    while (st.step() == SQLITE_ROW)
        ids << st.int64(0);
    return ids;
}

analysis::Analysis Archive::analysisOf(qint64 articleId) const
{
    analysis::Analysis a;
    if (!m_db)
        return a;
    {
        SqliteStatement st(m_statements,
                           "SELECT i.name, i.acronym, i.id, i.kind, p.name FROM "
                           "article_institutions ai JOIN institutions i ON i.id = "
                           "ai.institution_id LEFT JOIN institutions p ON p.id = i.parent_id "
                           "WHERE ai.article_id = ?1 ORDER BY i.name");
        st.bind(1, articleId);
        while (st.step() == SQLITE_ROW) {
            analysis::Institution i;
            i.name = st.text(0);
            i.acronym = st.text(1);
            i.kind = st.text(3);
            i.parent = st.text(4);
            SqliteStatement al(m_statements, "SELECT alias FROM institution_aliases WHERE "
                                             "institution_id = ?1 ORDER BY alias");
            al.bind(1, st.int64(2));
            while (al.step() == SQLITE_ROW)
                i.aliases << al.text(0);
            a.institutions << i;
        }
    }
    {
        SqliteStatement st(m_statements,
                           "SELECT p.id, p.name, ap.titles FROM article_people ap JOIN "
                           "people p ON p.id = ap.person_id WHERE ap.article_id = ?1 "
                           "ORDER BY p.name");
        st.bind(1, articleId);
        while (st.step() == SQLITE_ROW) {
            analysis::Person p;
            p.name = st.text(1);
            for (const QJsonValue &v : QJsonDocument::fromJson(st.text(2).toUtf8()).array())
                p.titles << v.toString();
            SqliteStatement al(m_statements,
                               "SELECT alias FROM person_aliases WHERE person_id = ?1 "
                               "ORDER BY alias");
            al.bind(1, st.int64(0));
            while (al.step() == SQLITE_ROW)
                p.aliases << al.text(0);
            SqliteStatement pos(m_statements,
                                "SELECT po.title, i.name FROM positions po LEFT JOIN "
                                "institutions i ON i.id = po.institution_id WHERE "
                                "po.person_id = ?1 AND po.article_id = ?2 ORDER BY po.id");
            pos.bind(1, st.int64(0));
            pos.bind(2, articleId);
            while (pos.step() == SQLITE_ROW)
                p.roles << analysis::Role{pos.text(0), pos.text(1)};
            a.people << p;
        }
    }
    {
        SqliteStatement st(
            m_statements,
            "SELECT q.start, q.end, q.text, q.kind, p.name, q.speaker_mention, "
            "q.confidence, q.rule FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id "
            "WHERE q.article_id = ?1 ORDER BY q.start");
        st.bind(1, articleId);
        while (st.step() == SQLITE_ROW) {
            analysis::Quote q;
            q.start = st.int64(0);
            q.end = st.int64(1);
            q.text = st.text(2);
            q.kind = st.text(3) == QLatin1String("indirect") ? analysis::QuoteKind::Indirect
                                                             : analysis::QuoteKind::Direct;
            q.speaker = st.text(4);
            q.speakerMention = st.text(5);
            q.confidence = sqlite3_column_double(st.get(), 6);
            q.rule = st.text(7);
            a.quotes << q;
        }
    }
    {
        SqliteStatement st(m_statements,
                           "SELECT m.type, m.start, m.end, m.text, coalesce(p.name, i.name) "
                           "FROM mentions m LEFT JOIN people p ON p.id = m.person_id "
                           "LEFT JOIN institutions i ON i.id = m.institution_id "
                           "WHERE m.article_id = ?1 ORDER BY m.start");
        st.bind(1, articleId);
        while (st.step() == SQLITE_ROW) {
            analysis::Mention m;
            const QString type = st.text(0);
            m.type = type == QLatin1String("institution") ? analysis::MentionType::Institution
                     : type == QLatin1String("place")     ? analysis::MentionType::Place
                                                          : analysis::MentionType::Person;
            m.start = st.int64(1);
            m.end = st.int64(2);
            m.text = st.text(3);
            m.entity = st.text(4);
            a.mentions << m;
        }
    }
    return a;
}

PreparedArticle Archive::prepare(const ingest::Article &article,
                                 std::optional<analysis::Analysis> analysis)
{
    PreparedArticle p;
    p.prepared = true;
    p.contentHash = contentHash(article);
    p.fingerprint = text::SimHash::fingerprint(article.body);
    p.searchTokens.add(article.title);
    p.searchTokens.add(article.body);
    if (analysis) {
        for (const analysis::Quote &q : std::as_const(analysis->quotes))
            p.searchTokens.add(q.text);
    }
    p.analysis = std::move(analysis);
    return p;
}

std::optional<QList<ImportOutcome>>
Archive::importArticles(const QList<ingest::Article> &articles,
                        const QList<analysis::Analysis> &analyses, int analyzerVersion)
{
    QList<PreparedArticle> prepared(articles.size());
    for (qsizetype i = 0; i < analyses.size() && i < prepared.size(); ++i)
        prepared[i].analysis = analyses.at(i);
    return importArticles(articles, prepared, analyzerVersion);
}

std::optional<QList<ImportOutcome>> Archive::importArticles(const QList<ingest::Article> &articles,
                                                            const QList<PreparedArticle> &prepared,
                                                            int analyzerVersion)
{
    if (!m_db) {
        fail(Tr::tr("No archive is open."));
        return std::nullopt;
    }
    if (!exec("BEGIN IMMEDIATE"))
        return std::nullopt;
    const auto rollback = [this](const QString &why) {
        m_error = why;
        exec("ROLLBACK");
        forgetNewRows();
        m_error = why;
        return std::nullopt;
    };

    QList<ImportOutcome> outcomes;
    SqliteStatement byHash(m_statements, "SELECT id FROM articles WHERE content_hash = ?1");
    SqliteStatement byUrl(m_statements, "SELECT id FROM articles WHERE url = ?1");
    SqliteStatement insert(
        m_statements,
        "INSERT INTO articles(source_id, title, byline, editor, published_utc, "
        "published_zone, url, captions, body, partial, content_hash, origin, imported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    SqliteStatement original(
        m_statements, "INSERT INTO originals(article_id, media_type, bytes) VALUES (?1, ?2, ?3)");
    if (!insert.isValid() || !original.isValid())
        return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
    const QString now = toIso(QDateTime::currentDateTimeUtc());

    // The tokens worked out ahead, for the search indexes written at the end of the batch.
    PretokenizedTexts searchTokens;
    for (const PreparedArticle &p : prepared)
        searchTokens.add(p.searchTokens);
    const PretokenizedScope replayTokens(searchTokens);

    for (qsizetype index = 0; index < articles.size(); ++index) {
        const ingest::Article &a = articles.at(index);
        const PreparedArticle *ready = index < prepared.size() ? &prepared.at(index) : nullptr;
        const QString hash = ready && ready->prepared ? ready->contentHash : contentHash(a);
        byHash.reset();
        byHash.bind(1, hash);
        qint64 existing = byHash.step() == SQLITE_ROW ? byHash.int64(0) : 0;
        if (!existing && !a.url.isEmpty()) {
            byUrl.reset();
            byUrl.bind(1, a.url);
            existing = byUrl.step() == SQLITE_ROW ? byUrl.int64(0) : 0;
        }
        if (existing) {
            outcomes << ImportOutcome{ImportStatus::Duplicate, existing};
            continue;
        }
        const qint64 source = sourceId(a.source);
        if (source < 0)
            return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
        insert.reset();
        if (source > 0)
            insert.bind(1, source);
        insert.bind(2, a.title);
        insert.bind(3, a.byline.isEmpty() ? QString() : a.byline);
        insert.bind(4, a.editor.isEmpty() ? QString() : a.editor);
        insert.bind(5, toIso(a.published));
        insert.bind(6, a.publishedZone.isEmpty() ? QString() : a.publishedZone);
        insert.bind(7, a.url.isEmpty() ? QString() : a.url);
        insert.bind(8, jsonText(a.captions));
        insert.bind(9, a.body);
        insert.bind(10, a.partial ? 1 : 0);
        insert.bind(11, hash);
        insert.bind(12, a.origin.isEmpty() ? QString() : a.origin);
        insert.bind(13, now);
        if (insert.step() != SQLITE_DONE)
            return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        m_newArticles << id;
        if (!linkNearDuplicates(id, ready && ready->prepared ? ready->fingerprint
                                                             : text::SimHash::fingerprint(a.body)))
            return rollback(m_error);
        if (ready && ready->analysis &&
            !writeAnalysis(id, *ready->analysis, analyzerVersion, toIso(a.published), false))
            return rollback(m_error);
        original.reset();
        original.bind(1, id);
        original.bind(2, a.mediaType.isEmpty() ? QStringLiteral("text/plain") : a.mediaType);
        original.bindBlob(3, a.originalBytes.isNull() ? QByteArray("") : a.originalBytes);
        if (original.step() != SQLITE_DONE)
            return rollback(QString::fromUtf8(sqlite3_errmsg(m_db)));
        outcomes << ImportOutcome{ImportStatus::Imported, id};
    }
    if (!indexNewText() || !resolveRoleOnlySpeakers())
        return rollback(m_error);
    if (!exec("COMMIT"))
        return rollback(m_error);
    return outcomes;
}

qint64 Archive::articleCount(const QString &filter, const ArticleScope &scope) const
{
    if (!m_db)
        return 0;
    const QStringList words = filterWords(filter);
    QString sql =
        QStringLiteral("SELECT count(*) FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
    sql += whereClause(words, 1, scope);
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_statements, utf8.constData());
    for (int i = 0; i < words.size(); ++i)
        st.bind(i + 1, words.at(i));
    bindScope(st, scope);
    return st.step() == SQLITE_ROW ? st.int64(0) : 0;
}

QList<ArticleSummary> Archive::listArticles(int offset, int limit, SortColumn sort,
                                            Qt::SortOrder order, const QString &filter,
                                            const ArticleScope &scope) const
{
    QList<ArticleSummary> rows;
    if (!m_db)
        return rows;
    const QStringList words = filterWords(filter);
    const char *dir = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QString sql = QStringLiteral("SELECT a.id, a.title, s.name, a.published_utc, a.imported_at "
                                 "FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
    sql += whereClause(words, 3, scope);
    // Unknown values sort last either way; the id keeps pages stable between equal keys.
    sql += QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, a.id %2 LIMIT ?1 OFFSET ?2")
               .arg(QLatin1String(orderColumn(sort)), QLatin1String(dir));
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_statements, utf8.constData());
    st.bind(1, limit);
    st.bind(2, offset);
    for (int i = 0; i < words.size(); ++i)
        st.bind(i + 3, words.at(i));
    bindScope(st, scope);
    while (st.step() == SQLITE_ROW) {
        ArticleSummary row;
        row.id = st.int64(0);
        row.title = st.text(1);
        row.source = st.text(2);
        row.published = fromIso(st.text(3));
        row.importedAt = fromIso(st.text(4));
        rows << row;
    }
    return rows;
}

QList<qint64> Archive::articleIds(SortColumn sort, Qt::SortOrder order, const QString &filter,
                                  const ArticleScope &scope) const
{
    QList<qint64> ids;
    if (!m_db)
        return ids;
    const QStringList words = filterWords(filter);
    const char *dir = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QString sql =
        QStringLiteral("SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id");
    sql += whereClause(words, 1, scope);
    sql += QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, a.id %2")
               .arg(QLatin1String(orderColumn(sort)), QLatin1String(dir));
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(m_statements, utf8.constData());
    for (int i = 0; i < words.size(); ++i)
        st.bind(i + 1, words.at(i));
    bindScope(st, scope);
    while (st.step() == SQLITE_ROW)
        ids << st.int64(0);
    return ids;
}

QList<ArticleSummary> Archive::articleSummaries(const QList<qint64> &ids) const
{
    QList<ArticleSummary> rows;
    if (!m_db || ids.isEmpty())
        return rows;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id); // integers: safe to write into the statement
    const QByteArray sql = QStringLiteral("SELECT a.id, a.title, s.name, a.published_utc, "
                                          "a.imported_at FROM articles a LEFT JOIN sources s ON "
                                          "s.id = a.source_id WHERE a.id IN (%1)")
                               .arg(list.join(u','))
                               .toUtf8();
    SqliteStatement st(m_db, sql.constData());
    QHash<qint64, ArticleSummary> byId;
    while (st.step() == SQLITE_ROW) {
        ArticleSummary row;
        row.id = st.int64(0);
        row.title = st.text(1);
        row.source = st.text(2);
        row.published = fromIso(st.text(3));
        row.importedAt = fromIso(st.text(4));
        byId.insert(row.id, row);
    }
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows << *it;
    }
    return rows;
}

std::optional<StoredArticle> Archive::article(qint64 id) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement st(m_statements,
                       "SELECT a.title, a.byline, a.editor, s.name, a.url, a.published_utc, "
                       "a.published_zone, a.captions, a.body, a.partial, a.content_hash, "
                       "a.origin, a.imported_at, o.media_type, o.bytes "
                       "FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
                       "LEFT JOIN originals o ON o.article_id = a.id WHERE a.id = ?1");
    st.bind(1, id);
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    StoredArticle stored;
    stored.id = id;
    ingest::Article &a = stored.article;
    a.title = st.text(0);
    a.byline = st.text(1);
    a.editor = st.text(2);
    a.source = st.text(3);
    a.url = st.text(4);
    a.published = fromIso(st.text(5));
    a.publishedZone = st.text(6);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.text(7).toUtf8()).array())
        a.captions << v.toString();
    a.body = st.text(8);
    a.partial = st.int64(9) != 0;
    stored.contentHash = st.text(10);
    a.origin = st.text(11);
    stored.importedAt = fromIso(st.text(12));
    a.mediaType = st.text(13);
    a.originalBytes = st.blob(14);
    return stored;
}

std::optional<qint64> Archive::addFeed(const QString &location, const QString &title)
{
    if (!m_db) {
        fail(Tr::tr("No archive is open."));
        return std::nullopt;
    }
    SqliteStatement insert(m_statements,
                           "INSERT INTO feeds(location, title, added_at) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(location) DO NOTHING");
    insert.bind(1, location.trimmed());
    insert.bind(2, title.isEmpty() ? QString() : title);
    insert.bind(3, toIso(QDateTime::currentDateTimeUtc()));
    if (insert.step() != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }
    SqliteStatement find(m_statements, "SELECT id FROM feeds WHERE location = ?1");
    find.bind(1, location.trimmed());
    if (find.step() != SQLITE_ROW)
        return std::nullopt;
    return find.int64(0);
}

bool Archive::removeFeed(qint64 feedId)
{
    SqliteStatement del(m_statements, "DELETE FROM feeds WHERE id = ?1");
    del.bind(1, feedId);
    if (del.step() != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return sqlite3_changes(m_db) > 0 || fail(Tr::tr("There is no feed #%1.").arg(feedId));
}

QList<FeedSubscription> Archive::feeds() const
{
    QList<FeedSubscription> list;
    if (!m_db)
        return list;
    SqliteStatement st(m_statements,
                       "SELECT f.id, f.location, f.title, f.added_at, f.updated_at, "
                       "f.last_error, (SELECT count(*) FROM feed_items i WHERE i.feed_id = "
                       "f.id) FROM feeds f ORDER BY f.id");
    while (st.step() == SQLITE_ROW) {
        FeedSubscription f;
        f.id = st.int64(0);
        f.location = st.text(1);
        f.title = st.text(2);
        f.addedAt = fromIso(st.text(3));
        f.updatedAt = fromIso(st.text(4));
        f.lastError = st.text(5);
        f.items = st.int64(6);
        list << f;
    }
    return list;
}

QSet<QString> Archive::feedItemKeys(qint64 feedId) const
{
    QSet<QString> keys;
    SqliteStatement st(m_statements, "SELECT item_key FROM feed_items WHERE feed_id = ?1");
    st.bind(1, feedId);
    while (st.step() == SQLITE_ROW)
        keys.insert(st.text(0));
    return keys;
}

bool Archive::recordFeedUpdate(qint64 feedId, const QString &title,
                               const QList<QPair<QString, qint64>> &items, const QString &error)
{
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    const QString now = toIso(QDateTime::currentDateTimeUtc());
    SqliteStatement item(m_statements,
                         "INSERT OR IGNORE INTO feed_items(feed_id, item_key, article_id, "
                         "seen_at) VALUES (?1, ?2, ?3, ?4)");
    bool ok = true;
    for (const auto &[key, articleId] : items) {
        item.reset();
        item.bind(1, feedId);
        item.bind(2, key);
        if (articleId > 0)
            item.bind(3, articleId);
        item.bind(4, now);
        ok = ok && item.step() == SQLITE_DONE;
    }
    SqliteStatement feed(m_statements,
                         "UPDATE feeds SET title = coalesce(?2, title), updated_at = ?3, "
                         "last_error = ?4 WHERE id = ?1");
    feed.bind(1, feedId);
    feed.bind(2, title.isEmpty() ? QString() : title);
    feed.bind(3, now);
    feed.bind(4, error.isEmpty() ? QString() : error);
    ok = ok && feed.step() == SQLITE_DONE;
    if (!ok) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        exec("ROLLBACK");
        return fail(why);
    }
    return exec("COMMIT");
}

bool Archive::linkNearDuplicates(qint64 articleId, std::optional<quint64> fingerprint)
{
    if (!fingerprint)
        return true; // too short to compare reliably
    const auto failed = [this] {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    };
    const qint64 stored = qint64(*fingerprint); // SQLite integers are signed
    QList<QPair<qint64, int>> near;
    {
        SqliteStatement candidates(
            m_statements,
            "SELECT article_id, simhash FROM fingerprints WHERE (band0 = ?1 OR band1 = ?2 "
            "OR band2 = ?3 OR band3 = ?4) AND article_id != ?5");
        for (int b = 0; b < 4; ++b)
            candidates.bind(b + 1, int(text::SimHash::band(*fingerprint, b)));
        candidates.bind(5, articleId);
        while (candidates.step() == SQLITE_ROW) {
            const int d = text::SimHash::distance(*fingerprint, quint64(candidates.int64(1)));
            if (d <= text::SimHash::kNearBits)
                near.append({candidates.int64(0), d});
        }
    }
    SqliteStatement insert(m_statements,
                           "INSERT OR REPLACE INTO fingerprints(article_id, simhash, band0, "
                           "band1, band2, band3) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, articleId);
    insert.bind(2, stored);
    for (int b = 0; b < 4; ++b)
        insert.bind(b + 3, int(text::SimHash::band(*fingerprint, b)));
    if (insert.step() != SQLITE_DONE)
        return failed();
    SqliteStatement link(m_statements,
                         "INSERT OR REPLACE INTO near_duplicates(article_id, other_id, "
                         "distance) VALUES (?1, ?2, ?3)");
    for (const auto &[other, d] : std::as_const(near)) {
        for (const auto &[from, to] : {std::pair{articleId, other}, std::pair{other, articleId}}) {
            link.reset();
            link.bind(1, from);
            link.bind(2, to);
            link.bind(3, d);
            if (link.step() != SQLITE_DONE)
                return failed();
        }
    }
    return true;
}

bool Archive::backfillPersonKeys()
{
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    PersonResolver resolver(m_statements);
    SqliteStatement st(m_statements, "SELECT id, name FROM people UNION ALL "
                                     "SELECT person_id, alias FROM person_aliases");
    while (st.step() == SQLITE_ROW) {
        if (!resolver.indexName(st.int64(0), st.text(1))) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            exec("ROLLBACK");
            return fail(why);
        }
    }
    return exec("COMMIT");
}

bool Archive::backfillFingerprints()
{
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    QList<QPair<qint64, QString>> missing;
    {
        SqliteStatement st(m_statements, "SELECT id, body FROM articles WHERE id NOT IN (SELECT "
                                         "article_id FROM fingerprints) ORDER BY id");
        while (st.step() == SQLITE_ROW)
            missing.append({st.int64(0), st.text(1)});
    }
    for (const auto &[id, body] : std::as_const(missing)) {
        if (!linkNearDuplicates(id, text::SimHash::fingerprint(body))) {
            const QString why = m_error;
            exec("ROLLBACK");
            return fail(why);
        }
    }
    return exec("COMMIT");
}

bool Archive::backfillNameWordKeys()
{
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    PersonResolver resolver(m_statements);
    SqliteStatement st(m_statements, "SELECT DISTINCT word FROM person_words");
    while (st.step() == SQLITE_ROW) {
        if (!resolver.indexWord(st.text(0))) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
            exec("ROLLBACK");
            return fail(why);
        }
    }
    return exec("COMMIT");
}

QList<ArticleSummary> Archive::nearDuplicates(qint64 id) const
{
    QList<ArticleSummary> rows;
    if (!m_db)
        return rows;
    SqliteStatement st(m_statements,
                       "SELECT a.id, a.title, s.name, a.published_utc, a.imported_at "
                       "FROM near_duplicates n JOIN articles a ON a.id = n.other_id "
                       "LEFT JOIN sources s ON s.id = a.source_id WHERE n.article_id = ?1 "
                       "ORDER BY n.distance, a.published_utc");
    st.bind(1, id);
    while (st.step() == SQLITE_ROW) {
        ArticleSummary row;
        row.id = st.int64(0);
        row.title = st.text(1);
        row.source = st.text(2);
        row.published = fromIso(st.text(3));
        row.importedAt = fromIso(st.text(4));
        rows << row;
    }
    return rows;
}

ArchiveStats Archive::stats() const
{
    ArchiveStats s;
    if (!m_db)
        return s;
    SqliteStatement st(m_statements,
                       "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM "
                       "sources), (SELECT coalesce(sum(length(bytes)), 0) FROM originals), "
                       "(SELECT min(published_utc) FROM articles), "
                       "(SELECT max(published_utc) FROM articles)");
    if (st.step() == SQLITE_ROW) {
        s.articles = st.int64(0);
        s.sources = st.int64(1);
        s.originalBytes = st.int64(2);
        s.earliest = fromIso(st.text(3));
        s.latest = fromIso(st.text(4));
    }
    s.schemaVersion = schemaVersion();
    return s;
}

} // namespace kliping::archive
