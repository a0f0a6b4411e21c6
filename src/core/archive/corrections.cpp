#include "corrections.h"

#include "personresolver.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace kliping::archive {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Corrections)
};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idList(const QJsonValue &v)
{
    QList<qint64> ids;
    for (const QJsonValue &x : v.toArray())
        ids << x.toInteger();
    return ids;
}

// Runs one statement with integer parameters ?1, ?2, ... bound in order.
bool run(sqlite3 *db, const char *sql, std::initializer_list<qint64> params)
{
    SqliteStatement st(db, sql);
    int i = 0;
    for (qint64 p : params)
        st.bind(++i, p);
    return st.step() == SQLITE_DONE;
}

// Moves one person's rows to another, in every article or in one (article > 0).
bool repoint(sqlite3 *db, qint64 from, qint64 to, qint64 article)
{
    if (article == 0)
        return run(db,
                   "INSERT OR IGNORE INTO article_people(article_id, person_id, titles) SELECT "
                   "article_id, ?2, titles FROM article_people WHERE person_id = ?1",
                   {from, to}) &&
               run(db, "DELETE FROM article_people WHERE person_id = ?1", {from}) &&
               run(db, "UPDATE positions SET person_id = ?2 WHERE person_id = ?1", {from, to}) &&
               run(db, "UPDATE mentions SET person_id = ?2 WHERE person_id = ?1", {from, to}) &&
               run(db, "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1", {from, to});
    return run(db,
               "INSERT OR IGNORE INTO article_people(article_id, person_id, titles) SELECT "
               "article_id, ?2, titles FROM article_people WHERE person_id = ?1 AND "
               "article_id = ?3",
               {from, to, article}) &&
           run(db, "DELETE FROM article_people WHERE person_id = ?1 AND article_id = ?2",
               {from, article}) &&
           run(db, "UPDATE positions SET person_id = ?2 WHERE person_id = ?1 AND article_id = ?3",
               {from, to, article}) &&
           run(db, "UPDATE mentions SET person_id = ?2 WHERE person_id = ?1 AND article_id = ?3",
               {from, to, article}) &&
           run(db, "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1 AND article_id = ?3",
               {from, to, article});
}

// The quote of an article that a correction meant: the same span, or the one overlapping it
// most (a later analyser may draw the span slightly differently).
qint64 findQuote(sqlite3 *db, qint64 article, qint64 start, qint64 end)
{
    SqliteStatement st(db, "SELECT id, start, end FROM quotes WHERE article_id = ?1");
    st.bind(1, article);
    qint64 best = 0, bestOverlap = 0;
    while (st.step() == SQLITE_ROW) {
        const qint64 overlap = qMin(end, st.int64(2)) - qMax(start, st.int64(1));
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = st.int64(0);
        }
    }
    return bestOverlap * 2 >= end - start ? best : 0;
}

QString uniqueNameKey(sqlite3 *db, const QString &name)
{
    const QString key = name.simplified().toCaseFolded();
    QString candidate = key;
    SqliteStatement taken(db, "SELECT 1 FROM people WHERE name_key = ?1");
    for (int n = 2;; ++n) {
        taken.reset();
        taken.bind(1, candidate);
        if (taken.step() != SQLITE_ROW)
            return candidate;
        candidate = QStringLiteral("%1 #%2").arg(key).arg(n);
    }
}

} // namespace

bool Corrections::failed(const QString &message)
{
    m_error = message;
    return false;
}

bool Corrections::begin()
{
    return sqlite3_exec(m_archive.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) ==
               SQLITE_OK ||
           failed(QString::fromUtf8(sqlite3_errmsg(m_archive.handle())));
}

bool Corrections::commit()
{
    if (sqlite3_exec(m_archive.handle(), "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_archive.handle()));
    rollback();
    return false;
}

void Corrections::rollback()
{
    sqlite3_exec(m_archive.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

std::optional<qint64> Corrections::record(const QString &kind, const QJsonObject &payload)
{
    SqliteStatement st(m_archive.handle(),
                       "INSERT INTO corrections(kind, payload, created_at) VALUES (?1, ?2, ?3)");
    st.bind(1, kind);
    st.bind(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    st.bind(3, nowIso());
    if (st.step() != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_archive.handle()));
        return std::nullopt;
    }
    return sqlite3_last_insert_rowid(m_archive.handle());
}

std::optional<qint64> Corrections::merge(qint64 fromPerson, qint64 intoPerson)
{
    sqlite3 *db = m_archive.handle();
    StatementCache statements(db);
    PersonResolver resolver(statements);
    const qint64 from = resolver.current(fromPerson), into = resolver.current(intoPerson);
    SqliteStatement exists(db, "SELECT count(*) FROM people WHERE id IN (?1, ?2)");
    exists.bind(1, fromPerson);
    exists.bind(2, intoPerson);
    if (exists.step() != SQLITE_ROW || exists.int64(0) != 2 || fromPerson == intoPerson) {
        failed(Tr::tr("Merging needs two different people of the archive."));
        return std::nullopt;
    }
    if (from == into) {
        failed(Tr::tr("These two are already one person."));
        return std::nullopt;
    }
    QList<qint64> articles;
    SqliteStatement st(db, "SELECT article_id FROM article_people WHERE person_id = ?1");
    st.bind(1, from);
    while (st.step() == SQLITE_ROW)
        articles << st.int64(0);
    if (!begin())
        return std::nullopt;
    const auto id =
        record(QStringLiteral("merge"), {{QStringLiteral("from"), from},
                                         {QStringLiteral("into"), into},
                                         {QStringLiteral("articles"), idArray(articles)}});
    if (!id || !repoint(db, from, into, 0) ||
        !run(db, "UPDATE people SET merged_into = ?2 WHERE id = ?1", {from, into})) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        rollback();
        return std::nullopt;
    }
    return commit() ? id : std::nullopt;
}

std::optional<qint64> Corrections::split(qint64 person, const QList<qint64> &articles,
                                         const QString &newName)
{
    sqlite3 *db = m_archive.handle();
    StatementCache statements(db);
    QString name;
    {
        SqliteStatement st(db, "SELECT name FROM people WHERE id = ?1");
        st.bind(1, person);
        if (st.step() != SQLITE_ROW) {
            failed(Tr::tr("There is no person #%1.").arg(person));
            return std::nullopt;
        }
        name = newName.trimmed().isEmpty() ? st.text(0) : newName.simplified();
    }
    QList<qint64> named;
    SqliteStatement in(db, "SELECT 1 FROM article_people WHERE person_id = ?1 AND article_id = ?2");
    for (qint64 a : articles) {
        in.reset();
        in.bind(1, person);
        in.bind(2, a);
        if (in.step() == SQLITE_ROW)
            named << a;
    }
    if (named.isEmpty()) {
        failed(Tr::tr("None of these articles names person #%1.").arg(person));
        return std::nullopt;
    }
    if (!begin())
        return std::nullopt;
    SqliteStatement insert(db, "INSERT INTO people(name, name_key) VALUES (?1, ?2)");
    insert.bind(1, name);
    insert.bind(2, uniqueNameKey(db, name));
    if (insert.step() != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        rollback();
        return std::nullopt;
    }
    const qint64 newPerson = sqlite3_last_insert_rowid(db);
    const auto id = record(QStringLiteral("split"), {{QStringLiteral("person"), person},
                                                     {QStringLiteral("newPerson"), newPerson},
                                                     {QStringLiteral("articles"), idArray(named)}});
    bool ok = id.has_value() && PersonResolver(statements).indexName(newPerson, name);
    for (qint64 a : named)
        ok = ok && repoint(db, person, newPerson, a);
    if (!ok) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        rollback();
        return std::nullopt;
    }
    return commit() ? id : std::nullopt;
}

std::optional<qint64> Corrections::rename(qint64 person, const QString &newName)
{
    sqlite3 *db = m_archive.handle();
    StatementCache statements(db);
    const QString name = newName.simplified();
    if (name.isEmpty()) {
        failed(Tr::tr("A person needs a name."));
        return std::nullopt;
    }
    QString oldName;
    {
        SqliteStatement st(db, "SELECT name FROM people WHERE id = ?1");
        st.bind(1, person);
        if (st.step() != SQLITE_ROW) {
            failed(Tr::tr("There is no person #%1.").arg(person));
            return std::nullopt;
        }
        oldName = st.text(0);
    }
    const QString key = name.toCaseFolded();
    SqliteStatement other(db, "SELECT id FROM people WHERE name_key = ?1 AND id != ?2");
    other.bind(1, key);
    other.bind(2, person);
    if (other.step() == SQLITE_ROW) {
        failed(Tr::tr("Person #%1 is already called %2; merge the two instead.")
                   .arg(other.int64(0))
                   .arg(name));
        return std::nullopt;
    }
    if (!begin())
        return std::nullopt;
    const auto id = record(QStringLiteral("rename"), {{QStringLiteral("person"), person},
                                                      {QStringLiteral("oldName"), oldName},
                                                      {QStringLiteral("newName"), name}});
    SqliteStatement update(db, "UPDATE people SET name = ?2, name_key = ?3 WHERE id = ?1");
    update.bind(1, person);
    update.bind(2, name);
    update.bind(3, key);
    // The old name stays an alias, so that articles naming it still find the person.
    SqliteStatement alias(db, "INSERT OR IGNORE INTO person_aliases(person_id, alias, alias_key) "
                              "VALUES (?1, ?2, ?3)");
    alias.bind(1, person);
    alias.bind(2, oldName);
    alias.bind(3, oldName.simplified().toCaseFolded());
    if (!id || update.step() != SQLITE_DONE || alias.step() != SQLITE_DONE ||
        !PersonResolver(statements).indexName(person, name)) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        rollback();
        return std::nullopt;
    }
    return commit() ? id : std::nullopt;
}

std::optional<qint64> Corrections::attribute(qint64 quoteId, qint64 person)
{
    sqlite3 *db = m_archive.handle();
    StatementCache statements(db);
    SqliteStatement q(db, "SELECT article_id, start, end, text FROM quotes WHERE id = ?1");
    q.bind(1, quoteId);
    if (q.step() != SQLITE_ROW) {
        failed(Tr::tr("There is no quote #%1.").arg(quoteId));
        return std::nullopt;
    }
    if (person) {
        SqliteStatement p(db, "SELECT 1 FROM people WHERE id = ?1");
        p.bind(1, person);
        if (p.step() != SQLITE_ROW) {
            failed(Tr::tr("There is no person #%1.").arg(person));
            return std::nullopt;
        }
        person = PersonResolver(statements).current(person);
    }
    if (!begin())
        return std::nullopt;
    const auto id = record(QStringLiteral("attribute"), {{QStringLiteral("article"), q.int64(0)},
                                                         {QStringLiteral("start"), q.int64(1)},
                                                         {QStringLiteral("end"), q.int64(2)},
                                                         {QStringLiteral("text"), q.text(3)},
                                                         {QStringLiteral("person"), person}});
    QString error;
    if (!id || !applyToArticle(statements, q.int64(0), &error)) {
        m_error = error.isEmpty() ? m_error : error;
        rollback();
        return std::nullopt;
    }
    return commit() ? id : std::nullopt;
}

std::optional<qint64> Corrections::markNotQuote(qint64 quoteId)
{
    sqlite3 *db = m_archive.handle();
    StatementCache statements(db);
    SqliteStatement q(db, "SELECT article_id, start, end, text FROM quotes WHERE id = ?1");
    q.bind(1, quoteId);
    if (q.step() != SQLITE_ROW) {
        failed(Tr::tr("There is no quote #%1.").arg(quoteId));
        return std::nullopt;
    }
    if (!begin())
        return std::nullopt;
    const auto id = record(QStringLiteral("not-quote"), {{QStringLiteral("article"), q.int64(0)},
                                                         {QStringLiteral("start"), q.int64(1)},
                                                         {QStringLiteral("end"), q.int64(2)},
                                                         {QStringLiteral("text"), q.text(3)}});
    QString error;
    if (!id || !applyToArticle(statements, q.int64(0), &error)) {
        m_error = error.isEmpty() ? m_error : error;
        rollback();
        return std::nullopt;
    }
    return commit() ? id : std::nullopt;
}

bool Corrections::reanalyse(const QList<qint64> &articles)
{
    for (qint64 a : articles) {
        const auto stored = m_archive.article(a);
        if (!stored)
            continue;
        if (!m_archive.replaceAnalysis(a, m_analyzer.analyze(stored->article),
                                       analysis::Analyzer::kVersion))
            return failed(m_archive.errorString());
    }
    return true;
}

bool Corrections::undo(qint64 correctionId)
{
    sqlite3 *db = m_archive.handle();
    const QList<Correction> all = list();
    const auto it = std::find_if(all.cbegin(), all.cend(), [correctionId](const Correction &c) {
        return c.id == correctionId;
    });
    if (it == all.cend())
        return failed(Tr::tr("There is no correction #%1.").arg(correctionId));
    if (!it->inForce())
        return failed(Tr::tr("Correction #%1 was already undone.").arg(correctionId));
    const QJsonObject p = it->payload;
    QList<qint64> touched;
    if (!begin())
        return false;
    SqliteStatement when(db, "UPDATE corrections SET undone_at = ?2 WHERE id = ?1");
    when.bind(1, correctionId);
    when.bind(2, nowIso());
    bool ok = when.step() == SQLITE_DONE;
    if (it->kind == QLatin1String("merge")) {
        ok = ok && run(db, "UPDATE people SET merged_into = NULL WHERE id = ?1",
                       {p.value(QLatin1String("from")).toInteger()});
        touched = idList(p.value(QLatin1String("articles")));
    } else if (it->kind == QLatin1String("split")) {
        touched = idList(p.value(QLatin1String("articles")));
    } else if (it->kind == QLatin1String("rename")) {
        const QString oldName = p.value(QLatin1String("oldName")).toString();
        SqliteStatement back(db, "UPDATE people SET name = ?2, name_key = ?3 WHERE id = ?1");
        back.bind(1, p.value(QLatin1String("person")).toInteger());
        back.bind(2, oldName);
        back.bind(3, uniqueNameKey(db, oldName));
        ok = ok && back.step() == SQLITE_DONE;
    } else {
        touched << p.value(QLatin1String("article")).toInteger();
    }
    if (!ok) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        rollback();
        return false;
    }
    if (!commit())
        return false;
    // The analysis of the touched articles is written again without the undone correction.
    if (!reanalyse(touched))
        return false;
    if (it->kind == QLatin1String("split")) {
        // The person the split created goes when nothing names them any more.
        run(db,
            "DELETE FROM people WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM article_people "
            "WHERE person_id = ?1) AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)",
            {p.value(QLatin1String("newPerson")).toInteger()});
    }
    return true;
}

QList<Correction> Corrections::list() const
{
    QList<Correction> out;
    SqliteStatement st(m_archive.handle(), "SELECT id, kind, payload, created_at, undone_at FROM "
                                           "corrections ORDER BY id");
    while (st.step() == SQLITE_ROW) {
        Correction c;
        c.id = st.int64(0);
        c.kind = st.text(1);
        c.payload = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
        c.createdAt = QDateTime::fromString(st.text(3), Qt::ISODate);
        if (!st.isNull(4))
            c.undoneAt = QDateTime::fromString(st.text(4), Qt::ISODate);
        out << c;
    }
    return out;
}

bool Corrections::applyToArticle(StatementCache &statements, qint64 articleId, QString *error)
{
    sqlite3 *db = statements.database();
    SqliteStatement st(statements,
                       "SELECT kind, payload FROM corrections WHERE undone_at IS NULL AND "
                       "kind IN ('split', 'attribute', 'not-quote') ORDER BY id");
    bool ok = true;
    while (ok && st.step() == SQLITE_ROW) {
        const QString kind = st.text(0);
        const QJsonObject p = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        if (kind == QLatin1String("split")) {
            if (idList(p.value(QLatin1String("articles"))).contains(articleId))
                ok = repoint(db, p.value(QLatin1String("person")).toInteger(),
                             p.value(QLatin1String("newPerson")).toInteger(), articleId);
            continue;
        }
        if (p.value(QLatin1String("article")).toInteger() != articleId)
            continue;
        const qint64 quote = findQuote(db, articleId, p.value(QLatin1String("start")).toInteger(),
                                       p.value(QLatin1String("end")).toInteger());
        if (!quote)
            continue; // the analysis no longer finds it: nothing to correct
        if (kind == QLatin1String("not-quote")) {
            ok = run(db, "DELETE FROM quotes WHERE id = ?1", {quote});
        } else {
            SqliteStatement set(db,
                                "UPDATE quotes SET speaker_id = ?2, corrected = 1 WHERE id = ?1");
            set.bind(1, quote);
            const qint64 person = p.value(QLatin1String("person")).toInteger();
            if (person)
                set.bind(2, PersonResolver(statements).current(person));
            else
                set.bindNull(2);
            ok = set.step() == SQLITE_DONE;
        }
    }
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return ok;
}

} // namespace kliping::archive
