// The archive on real SQLite files: creation, versions, refusal of foreign and newer files,
// atomic batches, duplicates, paging and sorting.
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/archivelock.h"
#include "archive/peopledirectory.h"
#include "archive/schema.h"
#include "shareddata.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <sqlite3.h>

using namespace kliping;

namespace {

ingest::Article makeArticle(const QString &title, const QString &body, const QString &source = {})
{
    ingest::Article a;
    a.title = title;
    a.body = body;
    a.source = source;
    a.originalBytes = (title + u'\n' + body).toUtf8();
    a.mediaType = QStringLiteral("text/plain; charset=UTF-8");
    return a;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with the plain SQLite API, bypassing Archive.
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    bool ok = sqlite3_open(name.constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QString pragma(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    QString value;
    if (sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

} // namespace

class TestArchive : public QObject {
    Q_OBJECT

private slots:
    void freshArchiveIsCreatedWithCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/kliping.sqlite"));
        archive::Archive a;
        QVERIFY2(a.open(path), qPrintable(a.errorString()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(a.schemaVersion(), archive::Archive::latestSchemaVersion());
        QCOMPARE(pragma(a.handle(), "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(a.handle(), "PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(a.handle(), "PRAGMA application_id").toInt(), archive::kApplicationId);
        QCOMPARE(a.stats().articles, 0);
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(archive::Archive::defaultPath().endsWith(QLatin1String("/kliping.sqlite")));
    }

    void newerArchiveIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        const QByteArray sql = QStringLiteral("CREATE TABLE articles(id INTEGER PRIMARY KEY); "
                                              "PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                   .arg(archive::kApplicationId)
                                   .arg(archive::Archive::latestSchemaVersion() + 1)
                                   .toLatin1();
        QVERIFY(rawExec(path, sql.constData()));
        const QByteArray before = fileHash(path);
        archive::Archive a;
        QVERIFY(!a.open(path));
        QVERIFY2(a.errorString().contains(QLatin1String("newer version of Kliping")),
                 qPrintable(a.errorString()));
        QVERIFY(!a.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void foreignFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a database\n");
        f.close();
        archive::Archive a;
        QVERIFY(!a.open(text));
        QVERIFY(a.errorString().contains(QLatin1String("not a Kliping archive")));

        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(rawExec(other, "CREATE TABLE contacts(name TEXT)"));
        const QByteArray before = fileHash(other);
        QVERIFY(!a.open(other));
        QVERIFY2(a.errorString().contains(QLatin1String("another program")),
                 qPrintable(a.errorString()));
        QCOMPARE(fileHash(other), before);
    }

    void importStoresEverythingAndKeepsDuplicatesOnce()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        ingest::Article first = makeArticle(QStringLiteral("Wali Kota Resmikan Taman"),
                                            QStringLiteral("Paragraf satu.\n\nParagraf dua."),
                                            QStringLiteral("iNews.id"));
        first.byline = QStringLiteral("Rina");
        first.editor = QStringLiteral("Dewi");
        first.captions = {QStringLiteral("Suasana taman. (Foto: Ist)")};
        first.url = QStringLiteral("https://example.org/taman");
        first.published = QDateTime(QDate(2026, 3, 10), QTime(7, 20), QTimeZone::utc());
        first.publishedZone = QStringLiteral("WIB");
        const auto r1 = a.importArticles({first});
        QVERIFY(r1);
        QCOMPARE(r1->first().status, archive::ImportStatus::Imported);
        const qint64 id = r1->first().articleId;

        // Same text with different spacing and case, and the same URL: both duplicates.
        ingest::Article again = first;
        again.body = QStringLiteral("paragraf  satu.\n\nParagraf dua.");
        ingest::Article sameUrl = makeArticle(QStringLiteral("Judul Lain"), QStringLiteral("Isi lain."));
        sameUrl.url = first.url;
        const auto r2 = a.importArticles({again, sameUrl});
        QVERIFY(r2);
        QCOMPARE(r2->at(0).status, archive::ImportStatus::Duplicate);
        QCOMPARE(r2->at(0).articleId, id);
        QCOMPARE(r2->at(1).status, archive::ImportStatus::Duplicate);
        QCOMPARE(a.articleCount(), 1);

        const auto stored = a.article(id);
        QVERIFY(stored);
        QCOMPARE(stored->article.title, first.title);
        QCOMPARE(stored->article.byline, first.byline);
        QCOMPARE(stored->article.editor, first.editor);
        QCOMPARE(stored->article.source, first.source);
        QCOMPARE(stored->article.captions, first.captions);
        QCOMPARE(stored->article.body, first.body);
        QCOMPARE(stored->article.published, first.published);
        QCOMPARE(stored->article.publishedZone, QStringLiteral("WIB"));
        QCOMPARE(stored->article.originalBytes, first.originalBytes);
        QCOMPARE(stored->article.mediaType, first.mediaType);
        QCOMPARE(stored->contentHash, archive::Archive::contentHash(first));
        QVERIFY(stored->importedAt.isValid());
    }

    void batchIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            archive::Archive a;
            QVERIFY(a.open(path));
        }
        // A trigger makes the third article of the batch fail, as a full disk would.
        QVERIFY(rawExec(path, "CREATE TRIGGER fail_on_bad BEFORE INSERT ON articles "
                              "WHEN NEW.title = 'rusak' BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        archive::Archive a;
        QVERIFY(a.open(path));
        const auto result = a.importArticles({makeArticle(QStringLiteral("satu"), QStringLiteral("a")),
                                              makeArticle(QStringLiteral("dua"), QStringLiteral("b")),
                                              makeArticle(QStringLiteral("rusak"), QStringLiteral("c"))});
        QVERIFY(!result);
        QVERIFY(a.errorString().contains(QLatin1String("disk full")));
        QCOMPARE(a.articleCount(), 0);
        QCOMPARE(a.stats().sources, 0);
        QCOMPARE(pragma(a.handle(), "SELECT count(*) FROM originals").toInt(), 0);
        // The archive stays usable after the failed batch.
        QVERIFY(a.importArticles({makeArticle(QStringLiteral("tiga"), QStringLiteral("d"))}));
        QCOMPARE(a.articleCount(), 1);
    }

    void pagingSortingAndFilter()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QList<ingest::Article> batch;
        for (int i = 0; i < 120; ++i) {
            ingest::Article art = makeArticle(QStringLiteral("Berita %1").arg(i, 3, 10, QLatin1Char('0')),
                                              QStringLiteral("Isi berita nomor %1.").arg(i),
                                              i % 2 ? QStringLiteral("Kompas.com") : QStringLiteral("iNews.id"));
            if (i != 7) // one article without a date sorts last
                art.published = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).addDays(i);
            batch << art;
        }
        QVERIFY(a.importArticles(batch));
        QCOMPARE(a.articleCount(), 120);
        const auto page1 = a.listArticles(0, 50);
        const auto page3 = a.listArticles(100, 50);
        QCOMPARE(page1.size(), 50);
        QCOMPARE(page3.size(), 20);
        QCOMPARE(page1.first().title, QStringLiteral("Berita 119")); // newest first
        QCOMPARE(page3.last().title, QStringLiteral("Berita 007"));  // no date: last
        const auto byTitle = a.listArticles(0, 3, archive::SortColumn::Title, Qt::AscendingOrder);
        QCOMPARE(byTitle.first().title, QStringLiteral("Berita 000"));
        QCOMPARE(a.articleCount(QStringLiteral("kompas")), 60);
        // Every word must occur: "01" is in 001, 010-019 and 101.
        QCOMPARE(a.articleCount(QStringLiteral("berita 01")), 12);
        QCOMPARE(a.articleCount(QStringLiteral("100%_")), 0); // LIKE wildcards are literal
        QCOMPARE(a.stats().sources, 2);

        // The id list a view pages through is the same order, whole, and summaries keep it.
        const QList<qint64> ids = a.articleIds(archive::SortColumn::Title, Qt::AscendingOrder);
        QCOMPARE(ids.size(), 120);
        QList<qint64> firstPage;
        for (const auto &row : a.listArticles(0, 50, archive::SortColumn::Title, Qt::AscendingOrder))
            firstPage << row.id;
        QCOMPARE(ids.mid(0, 50), firstPage);
        const QList<qint64> some = {ids.at(7), ids.at(3), 999999, ids.at(100)};
        const auto rows = a.articleSummaries(some);
        QCOMPARE(rows.size(), 3); // the missing id is left out
        QCOMPARE(rows.at(0).id, ids.at(7));
        QCOMPARE(rows.at(1).id, ids.at(3));
        QCOMPARE(rows.at(2).title, QStringLiteral("Berita 100"));
        QCOMPARE(a.articleIds(archive::SortColumn::Published, Qt::DescendingOrder,
                              QStringLiteral("kompas")).size(), 60);
    }

    void importerReportsEachFileAndGoesOn()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.txt"));
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Dinas Pendidikan Buka Pendaftaran Sekolah\n\nPendaftaran dibuka mulai Senin "
                "untuk semua jenjang sekolah negeri di kota ini.\n");
        g.close();
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        int calls = 0;
        const auto report = importer.importPaths(
            {empty, dir.filePath(QStringLiteral("missing.txt")), good},
            [&calls](int, int total, const QString &) {
                ++calls;
                return total == 3;
            });
        using S = archive::ImportItemResult::Status;
        QCOMPARE(report.items.size(), 3);
        QCOMPARE(report.items.at(0).status, S::Failed);
        QVERIFY(report.items.at(0).message.contains(QLatin1String("empty")));
        QCOMPARE(report.items.at(1).status, S::Failed);
        QVERIFY(report.items.at(1).message.contains(QLatin1String("does not exist")));
        QCOMPARE(report.items.at(2).status, S::Imported);
        QCOMPARE(report.items.at(2).title, QStringLiteral("Dinas Pendidikan Buka Pendaftaran Sekolah"));
        QCOMPARE(calls, 4);
        const auto again = importer.importPaths({dir.path()}); // the folder: good.txt and empty.txt
        QCOMPARE(again.count(S::Duplicate), 1);
        QCOMPARE(again.count(S::Failed), 1);
    }

    void analysisIsStoredWithTheArticleAndReplaced()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const QString body = QStringLiteral(
            "Kapolres Contoh AKBP Budi Santoso meninjau pos.\n\n\"Kami siap melayani,\" kata Budi.");
        ingest::Article art = makeArticle(QStringLiteral("Kapolres Tinjau Pos"), body);
        art.published = QDateTime(QDate(2026, 3, 10), QTime(2, 0), QTimeZone::utc());
        analysis::Analysis an;
        an.people << analysis::Person{QStringLiteral("Budi Santoso"),
                                      {QStringLiteral("Budi"), QStringLiteral("AKBP Budi Santoso")},
                                      {QStringLiteral("AKBP")},
                                      {{QStringLiteral("Kapolres Contoh"), QStringLiteral("Polres Contoh")}}};
        analysis::Institution polres;
        polres.name = QStringLiteral("Polres Contoh");
        polres.aliases = {QStringLiteral("Kepolisian Resor Contoh")};
        polres.kind = QStringLiteral("police");
        polres.parent = QStringLiteral("Polda Contoh");
        an.institutions << polres;
        const qsizetype qs = body.indexOf(QLatin1String("Kami"));
        analysis::Quote quote;
        quote.text = QStringLiteral("Kami siap melayani");
        quote.speaker = QStringLiteral("Budi Santoso");
        quote.speakerMention = QStringLiteral("Budi");
        quote.start = qs;
        quote.end = qs + 18;
        quote.confidence = 0.9;
        quote.rule = QStringLiteral("trailing-cue");
        an.quotes << quote;
        an.mentions << analysis::Mention{analysis::MentionType::Person, 20, 37,
                                         QStringLiteral("Budi Santoso"), QStringLiteral("Budi Santoso")};
        const auto r = a.importArticles({art}, {an}, 1);
        QVERIFY(r);
        const qint64 id = r->first().articleId;

        const analysis::Analysis back = a.analysisOf(id);
        QCOMPARE(back.people.size(), 1);
        QCOMPARE(back.people.first().name, QStringLiteral("Budi Santoso"));
        QCOMPARE(back.people.first().titles, QStringList{QStringLiteral("AKBP")});
        QCOMPARE(back.people.first().roles.size(), 1);
        QCOMPARE(back.people.first().roles.first().title, QStringLiteral("Kapolres Contoh"));
        QCOMPARE(back.people.first().roles.first().institution, QStringLiteral("Polres Contoh"));
        QCOMPARE(back.institutions.size(), 1);
        QCOMPARE(back.institutions.first().kind, QStringLiteral("police"));
        QCOMPARE(back.institutions.first().parent, QStringLiteral("Polda Contoh"));
        QCOMPARE(back.quotes.size(), 1);
        QCOMPARE(back.quotes.first().rule, QStringLiteral("trailing-cue"));
        QCOMPARE(back.quotes.first().confidence, 0.9);
        QCOMPARE(back.quotes.first().speaker, QStringLiteral("Budi Santoso"));
        QCOMPARE(body.mid(back.quotes.first().start, back.quotes.first().end - back.quotes.first().start),
                 QStringLiteral("Kami siap melayani"));
        QCOMPARE(back.mentions.first().entity, QStringLiteral("Budi Santoso"));
        QCOMPARE(pragma(a.handle(), "SELECT seen_at FROM positions"),
                 QStringLiteral("2026-03-10T02:00:00Z"));
        QVERIFY(a.articlesToAnalyse(1).isEmpty());
        QCOMPARE(a.articlesToAnalyse(2), QList<qint64>{id});

        // Re-analysis replaces the article's rows; the person known across the archive stays.
        analysis::Analysis fewer;
        fewer.people << an.people.first();
        QVERIFY(a.replaceAnalysis(id, fewer, 2));
        const analysis::Analysis after = a.analysisOf(id);
        QCOMPARE(after.quotes.size(), 0);
        QCOMPARE(after.institutions.size(), 0);
        QCOMPARE(after.people.size(), 1);
        QCOMPARE(pragma(a.handle(), "SELECT count(*) FROM positions").toInt(), 1);
        QVERIFY(a.articlesToAnalyse(2).isEmpty());
        QCOMPARE(pragma(a.handle(), "PRAGMA foreign_key_check"), QString());
    }

    void olderArchiveIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // An archive as version 1 wrote it, with one article.
        const QByteArray v1 = QByteArray(archive::migrations().first().sql) +
                              QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1;"
                                             "INSERT INTO articles(title, body, content_hash, imported_at) "
                                             "VALUES ('Lama', 'Isi lama.', 'h1', '2024-01-01T00:00:00Z');")
                                  .arg(archive::kApplicationId)
                                  .toLatin1();
        QVERIFY(rawExec(path, v1.constData()));
        archive::Archive a;
        QVERIFY2(a.open(path), qPrintable(a.errorString()));
        QCOMPARE(a.schemaVersion(), archive::Archive::latestSchemaVersion());
        QCOMPARE(a.articleCount(), 1);
        QCOMPARE(a.articlesToAnalyse(1).size(), 1); // migrated articles await analysis
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("old.sqlite.v1-*.bak")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        archive::Archive copy;
        QVERIFY(copy.open(dir.filePath(backups.first()))); // the backup is a whole archive
        QCOMPARE(copy.articleCount(), 1);
    }

    void version8SpellingKeysAreRebuiltPerWord()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        // An archive as version 8 wrote it: a person with the name words of person_words and
        // the per-person spelling keys that version 9 replaces (made from a new archive: the
        // search tables need Kliping's tokenizer).
        {
            archive::Archive fresh;
            QVERIFY(fresh.open(path));
        }
        const QByteArray v8 =
            QByteArray("DROP TABLE name_word_keys; CREATE TABLE person_keys (key TEXT NOT NULL, "
                       "person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, "
                       "PRIMARY KEY (key, person_id)) WITHOUT ROWID; PRAGMA user_version = 8;"
                       "INSERT INTO people(id, name, name_key) VALUES (7, 'H Sachrudin', "
                       "'h sachrudin');"
                       "INSERT INTO person_words(word, person_id) VALUES ('h', 7), "
                       "('sachrudin', 7);"
                       "INSERT INTO person_keys(key, person_id) VALUES ('sachrudin', 7);");
        QVERIFY(rawExec(path, v8.constData()));
        archive::Archive a;
        QVERIFY2(a.open(path), qPrintable(a.errorString()));
        QCOMPARE(a.schemaVersion(), archive::Archive::latestSchemaVersion());
        QCOMPARE(pragma(a.handle(), "SELECT count(*) FROM sqlite_master WHERE name = 'person_keys'")
                     .toInt(),
                 0);
        // The misspelling "Sacrudin" finds him through the keys rebuilt from his words.
        const QList<archive::PersonMatch> found =
            archive::PeopleDirectory(a).find(QStringLiteral("Sacrudin"), 5);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, qint64(7));
        // A new person with the same surname adds no keys for it: the word has them already.
        const char *surnameKeys = "SELECT count(*) FROM name_word_keys WHERE word = 'sachrudin'";
        const int keys = pragma(a.handle(), surnameKeys).toInt();
        QVERIFY(keys > 5); // the word and each deletion of one letter
        analysis::Analysis analysis;
        analysis::Person person;
        person.name = QStringLiteral("Rudi Sachrudin");
        analysis.people << person;
        QVERIFY(a.importArticles({makeArticle(QStringLiteral("Baru"), QStringLiteral("isi"))},
                                 {analysis}));
        QCOMPARE(pragma(a.handle(), surnameKeys).toInt(), keys);
        QCOMPARE(pragma(a.handle(), "SELECT count(*) FROM name_word_keys WHERE word = 'rudi'"),
                 QStringLiteral("1"));
        QCOMPARE(pragma(a.handle(), "SELECT count(*) FROM person_words WHERE word = 'sachrudin'"),
                 QStringLiteral("2"));
    }

    void readOnlyArchiveRefusesWritesClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            archive::Archive a;
            QVERIFY(a.open(path));
            QVERIFY(a.importArticles({makeArticle(QStringLiteral("Ada"), QStringLiteral("isi"))}));
        }
        archive::Archive ro;
        QVERIFY2(ro.open(path, archive::Archive::OpenMode::ReadOnly), qPrintable(ro.errorString()));
        QVERIFY(ro.isReadOnly());
        QCOMPARE(ro.articleCount(), 1);
        QVERIFY(!ro.importArticles({makeArticle(QStringLiteral("Baru"), QStringLiteral("isi"))}));
        QVERIFY2(ro.errorString().contains(QLatin1String("open read-only")), qPrintable(ro.errorString()));
        QCOMPARE(ro.articleCount(), 1);
        archive::Archive missing;
        QVERIFY(!missing.open(dir.filePath(QStringLiteral("none.sqlite")),
                              archive::Archive::OpenMode::ReadOnly));
    }

    void secondWindowFindsTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.sqlite"));
        archive::ArchiveLock first, second;
        QVERIFY(first.tryLock(path));
        QVERIFY(first.tryLock(path)); // again: still ours
        // QLockFile is per process: a second lock object in the same process stands in for a
        // second window here.
        QVERIFY(!second.tryLock(path));
        QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
        first.unlock();
        QVERIFY(second.tryLock(path));
    }

    void cancelStopsBetweenFiles()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i) {
            QFile f(dir.filePath(QStringLiteral("%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Judul Berita Nomor %1\n\nIsi berita yang cukup panjang nomor %1.\n")
                        .arg(i)
                        .toUtf8());
        }
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        const auto report = importer.importPaths({dir.path()}, [](int done, int, const QString &) {
            return done < 2; // cancel before the third file
        });
        QVERIFY(report.cancelled);
        QCOMPARE(report.items.size(), 2);
        QCOMPARE(a.articleCount(), 2);
    }

    void reportListsFailuresAndTheFirstArticles()
    {
        using Status = archive::ImportItemResult::Status;
        archive::ImportReport report;
        archive::ImportItemResult imported;
        imported.status = Status::Imported;
        for (int i = 0; i < archive::ImportReport::kListedItems + 5; ++i) {
            imported.articleId = i + 1;
            report.add(imported);
        }
        // An import of any size keeps a bounded list, and every count.
        QCOMPARE(report.items.size(), archive::ImportReport::kListedItems);
        QCOMPARE(report.unlisted, 5);
        QCOMPARE(report.count(Status::Imported), archive::ImportReport::kListedItems + 5);
        QCOMPARE(report.items.first().articleId, qint64(1));
        // Failures and notes are listed whatever the count.
        archive::ImportItemResult failed;
        failed.origin = QStringLiteral("rusak.html");
        failed.message = QStringLiteral("The file cannot be read.");
        report.add(failed);
        imported.message = QStringLiteral("too long to analyse");
        report.add(imported);
        QCOMPARE(report.items.size(), archive::ImportReport::kListedItems + 2);
        QCOMPARE(report.items.at(archive::ImportReport::kListedItems).origin,
                 QStringLiteral("rusak.html"));
        QCOMPARE(report.count(Status::Failed), 1);
        QCOMPARE(report.count(Status::Imported), archive::ImportReport::kListedItems + 6);
    }

    void everyItemReachesTheSinkInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("berita.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"title\":\"Satu\",\"body\":\"Isi berita pertama yang cukup panjang.\"}\n"
                "{ not json\n"
                "{\"title\":\"Dua\",\"body\":\"Isi berita kedua yang cukup panjang.\"}\n"
                "{\"title\":\"Satu\",\"body\":\"Isi berita pertama yang cukup panjang.\"}\n");
        f.close();
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        QList<archive::ImportItemResult> seen;
        importer.setItemSink([&seen](const archive::ImportItemResult &item) { seen << item; });
        const auto report = importer.importPaths({path});
        using Status = archive::ImportItemResult::Status;
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen.at(0).status, Status::Imported);
        QCOMPARE(seen.at(0).title, QStringLiteral("Satu"));
        QCOMPARE(seen.at(1).status, Status::Failed);
        QVERIFY(seen.at(1).origin.endsWith(QLatin1String(":2")));
        QCOMPARE(seen.at(2).title, QStringLiteral("Dua"));
        QCOMPARE(seen.at(3).status, Status::Duplicate);
        QCOMPARE(seen.at(3).articleId, seen.at(0).articleId);
        // The report lists the same, in the same order.
        QCOMPARE(report.items.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(report.items.at(i).origin, seen.at(i).origin);
            QCOMPARE(report.items.at(i).status, seen.at(i).status);
        }
        QCOMPARE(report.count(Status::Imported), 2);
        QCOMPARE(report.count(Status::Duplicate), 1);
        QCOMPARE(report.count(Status::Failed), 1);
    }
};

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
