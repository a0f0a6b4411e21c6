// Officials across articles, through the real import and analysis: one person under a misspelt
// name, namesakes with conflicting positions kept apart, role-only speakers resolved by the
// positions history, positions over time, and the user's corrections surviving re-analysis and
// undone again.
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/corrections.h"
#include "archive/peopledirectory.h"
#include "archive/search.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace kliping;

namespace {

const char *kLaunch =
    "Polres Contoh Kota Buka Layanan Pengaduan Daring\n\n"
    "SUKAMAJU - Kapolres Contoh Kota AKBP Budi Santoso meresmikan layanan pengaduan daring di "
    "Mapolres Contoh Kota, Senin (9/1/2023).\n\n"
    "\"Warga kini bisa melapor kapan saja tanpa harus datang ke kantor polisi,\" kata Budi.\n\n"
    "Wakil Wali Kota Sukamaju H Sachrudin menyambut baik layanan tersebut.\n\n"
    "\"Pemerintah kota akan membantu menyebarkan informasi ini kepada warga,\" ujar Sachrudin.\n";

const char *kFollowUp =
    "Warga Sukamaju Antusias Gunakan Pengaduan Daring\n\n"
    "SUKAMAJU - Ratusan warga telah memakai layanan pengaduan daring sejak diluncurkan, Jumat "
    "(20/1/2023).\n\n"
    "\"Dalam sepekan kami menerima lebih dari tiga ratus laporan,\" kata Kapolres Contoh Kota.\n\n"
    "Wakil Wali Kota Sukamaju Sacrudin meminta warga memanfaatkan layanan itu dengan bijak.\n";

// Two years later nobody in the archive is known to hold the title.
const char *kLater =
    "Kapolres Contoh Kota Imbau Warga Waspada Penipuan\n\n"
    "SUKAMAJU - Polres Contoh Kota mengimbau warga berhati-hati terhadap penipuan daring, "
    "Selasa (4/3/2025).\n\n"
    "\"Jangan pernah memberikan kode rahasia kepada siapa pun,\" kata Kapolres Contoh Kota.\n";

QString write(const QTemporaryDir &dir, const QString &name, const char *text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

qint64 scalar(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr);
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

} // namespace

class TestOfficials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    archive::Archive m_archive;
    qint64 m_launch = 0, m_followUp = 0, m_later = 0;

    qint64 personNamed(const QString &name)
    {
        const auto found = archive::PeopleDirectory(m_archive).find(name, 1);
        return found.isEmpty() ? 0 : found.first().id;
    }
    // People whose kept quote count (the picker's "most quoted first") is not their count.
    qint64 quoteCountsOff()
    {
        return scalar(m_archive.handle(),
                      QStringLiteral("SELECT count(*) FROM people p WHERE quote_count != "
                                     "(SELECT count(*) FROM quotes q WHERE q.speaker_id = p.id)"));
    }
    qint64 speakerOf(qint64 article, const QString &words)
    {
        return scalar(m_archive.handle(),
                      QStringLiteral("SELECT coalesce(speaker_id, 0) FROM quotes WHERE article_id = %1 "
                                     "AND text LIKE '%%2%'")
                          .arg(article)
                          .arg(words));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_archive.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(m_archive);
        const auto report = importer.importPaths({write(m_dir, QStringLiteral("1.txt"), kLaunch),
                                                  write(m_dir, QStringLiteral("2.txt"), kFollowUp),
                                                  write(m_dir, QStringLiteral("3.txt"), kLater)});
        QCOMPARE(report.count(archive::ImportItemResult::Status::Imported), 3);
        m_launch = report.items.at(0).articleId;
        m_followUp = report.items.at(1).articleId;
        m_later = report.items.at(2).articleId;
    }

    void misspeltNameIsTheSamePerson()
    {
        const qint64 sachrudin = personNamed(QStringLiteral("Sachrudin"));
        QVERIFY(sachrudin > 0);
        QCOMPARE(scalar(m_archive.handle(),
                        QStringLiteral("SELECT count(DISTINCT person_id) FROM article_people WHERE "
                                       "article_id IN (%1, %2) AND person_id = %3")
                            .arg(m_launch)
                            .arg(m_followUp)
                            .arg(sachrudin)),
                 1);
        QCOMPARE(scalar(m_archive.handle(),
                        QStringLiteral("SELECT count(*) FROM article_people WHERE person_id = %1")
                            .arg(sachrudin)),
                 2);
        const auto profile = archive::PeopleDirectory(m_archive).profile(sachrudin);
        QVERIFY(profile);
        QVERIFY(profile->aliases.contains(QStringLiteral("Sacrudin")));
    }

    void roleOnlySpeakerResolvedByDate()
    {
        const qint64 budi = personNamed(QStringLiteral("Budi Santoso"));
        QVERIFY(budi > 0);
        QCOMPARE(speakerOf(m_followUp, QStringLiteral("Dalam sepekan")), budi);
        // In 2025 the history does not say who the Kapolres was.
        QCOMPARE(speakerOf(m_later, QStringLiteral("Jangan pernah")), 0);
    }

    // The follow-up arrives first: its role-only quote waits, unresolved, until a later import
    // tells who held the title then.
    void roleOnlySpeakerResolvedByALaterImport()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("later.sqlite"))));
        archive::ArticleImporter importer(a);
        const auto first = importer.importPaths({write(dir, QStringLiteral("2.txt"), kFollowUp)});
        const qint64 followUp = first.items.at(0).articleId;
        const QString quoteSpeaker = QStringLiteral(
            "SELECT coalesce(speaker_id, 0) FROM quotes WHERE article_id = %1 AND text LIKE "
            "'%Dalam sepekan%'");
        QCOMPARE(scalar(a.handle(), quoteSpeaker.arg(followUp)), 0);
        QCOMPARE(importer.importPaths({write(dir, QStringLiteral("1.txt"), kLaunch)})
                     .count(archive::ImportItemResult::Status::Imported),
                 1);
        const auto budi = archive::PeopleDirectory(a).find(QStringLiteral("Budi Santoso"), 1);
        QCOMPARE(budi.size(), 1);
        QCOMPARE(scalar(a.handle(), quoteSpeaker.arg(followUp)), budi.first().id);
        // The search index of quotes knows the speaker now.
        QCOMPARE(scalar(a.handle(), QStringLiteral("SELECT count(*) FROM quotes_fts WHERE "
                                                   "quotes_fts MATCH 'speaker:budi AND sepekan'")),
                 1);
    }

    void positionsOverTime()
    {
        const archive::PeopleDirectory directory(m_archive);
        const auto profile = directory.profile(personNamed(QStringLiteral("Sachrudin")));
        QVERIFY(profile);
        QCOMPARE(profile->positions.size(), 1);
        const archive::PositionSpan &span = profile->positions.first();
        QCOMPARE(span.title, QStringLiteral("Wakil Wali Kota Sukamaju"));
        QCOMPARE(span.articles, 2);
        QCOMPARE(span.firstSeen.toTimeZone(QTimeZone(7 * 3600)).date(), QDate(2023, 1, 9));
        QCOMPARE(span.lastSeen.toTimeZone(QTimeZone(7 * 3600)).date(), QDate(2023, 1, 20));
        const auto holders = directory.holders(QStringLiteral("kapolres contoh kota"));
        QCOMPARE(holders.size(), 1);
        QCOMPARE(holders.first().personName, QStringLiteral("Budi Santoso"));
    }

    void namesakesWithConflictingPositionsStayApart()
    {
        QTemporaryDir dir;
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("n.sqlite"))));
        const auto article = [](const QString &title, const QString &role, const QString &inst,
                                const QString &kind) {
            ingest::Article art;
            art.title = title;
            const QString said = QStringLiteral("Kami berantas pungli di %1.").arg(inst);
            art.body = title + QStringLiteral(" isi berita. \"") + said + u'"';
            analysis::Analysis an;
            analysis::Quote q;
            q.text = said;
            q.speaker = QStringLiteral("Budi Santoso");
            q.start = art.body.indexOf(said);
            q.end = q.start + said.size();
            an.quotes << q;
            analysis::Person p;
            p.name = QStringLiteral("Budi Santoso");
            p.roles << analysis::Role{role, inst};
            an.people << p;
            analysis::Institution i;
            i.name = inst;
            i.kind = kind;
            an.institutions << i;
            return std::pair{art, an};
        };
        const auto [a1, n1] = article(QStringLiteral("Satu"), QStringLiteral("Kapolres Contoh"),
                                      QStringLiteral("Polres Contoh"), QStringLiteral("police"));
        const auto [a2, n2] = article(QStringLiteral("Dua"), QStringLiteral("Kapolda Contoh"),
                                      QStringLiteral("Polda Contoh"), QStringLiteral("police"));
        const auto [a3, n3] = article(QStringLiteral("Tiga"), QStringLiteral("Bupati Lain"),
                                      QStringLiteral("Pemkab Lain"), QStringLiteral("government"));
        QVERIFY(a.importArticles({a1, a2, a3}, {n1, n2, n3}, 1));
        // The Kapolres who became Kapolda is one person; the regent is another.
        QCOMPARE(scalar(a.handle(), QStringLiteral("SELECT count(*) FROM people")), 2);
        const QList<qint64> both = archive::PeopleDirectory(a).ids(QStringLiteral("Budi Santoso"));
        QCOMPARE(both.size(), 2);
        // Their quotes stay apart in a search by official and word, though the name is one.
        const archive::Search search(a);
        QCOMPARE(search.quotes(QStringLiteral("pungli")).hits.size(), 3);
        for (const qint64 id : both) {
            archive::QuoteSearchOptions options;
            options.speakerIds = {id};
            const auto theirs = search.quotes(QStringLiteral("pungli"), options);
            QVERIFY2(theirs.ok(), qPrintable(theirs.error));
            const bool regent = theirs.hits.size() == 1;
            QCOMPARE(theirs.hits.size(), regent ? 1 : 2);
            for (const archive::QuoteHit &hit : theirs.hits) {
                QCOMPARE(hit.speakerId, id);
                QCOMPARE(hit.text.contains(QLatin1String("Pemkab")), regent);
            }
        }
    }

    void correctionsSurviveReanalysisAndUndo()
    {
        const analysis::Analyzer analyzer;
        archive::Corrections corrections(m_archive, analyzer);
        archive::ArticleImporter importer(m_archive);
        const qint64 budi = personNamed(QStringLiteral("Budi Santoso"));
        const qint64 sachrudin = personNamed(QStringLiteral("Sachrudin"));

        // Re-attribute Sachrudin's quote to Budi, mark Budi's quote as not a quote.
        const qint64 pemkotQuote = scalar(m_archive.handle(),
                                          QStringLiteral("SELECT id FROM quotes WHERE article_id = %1 "
                                                         "AND text LIKE 'Pemerintah kota%'")
                                              .arg(m_launch));
        const qint64 wargaQuote = scalar(m_archive.handle(),
                                         QStringLiteral("SELECT id FROM quotes WHERE article_id = %1 "
                                                        "AND text LIKE 'Warga kini%'")
                                             .arg(m_launch));
        const auto attribute = corrections.attribute(pemkotQuote, budi);
        QVERIFY2(attribute, qPrintable(corrections.errorString()));
        QVERIFY(corrections.markNotQuote(wargaQuote));
        const auto rename = corrections.rename(sachrudin, QStringLiteral("Sachrudin Hakim"));
        QVERIFY2(rename, qPrintable(corrections.errorString()));

        QCOMPARE(quoteCountsOff(), 0);
        QCOMPARE(scalar(m_archive.handle(),
                        QStringLiteral("SELECT quote_count FROM people WHERE id = %1").arg(budi)),
                 2); // his own two (one is not a quote any more) and Sachrudin's
        QCOMPARE(importer.reanalyse(true), 3);
        QCOMPARE(quoteCountsOff(), 0);
        QCOMPARE(speakerOf(m_launch, QStringLiteral("Pemerintah kota")), budi);
        QCOMPARE(speakerOf(m_launch, QStringLiteral("Warga kini")), -1); // not a quote
        QCOMPARE(archive::PeopleDirectory(m_archive).profile(sachrudin)->name,
                 QStringLiteral("Sachrudin Hakim"));

        QVERIFY(corrections.undo(*attribute));
        QCOMPARE(quoteCountsOff(), 0);
        QCOMPARE(speakerOf(m_launch, QStringLiteral("Pemerintah kota")), sachrudin);
        // Found under his new name by official and word (the index follows renames).
        archive::QuoteSearchOptions his;
        his.speakerIds = {sachrudin};
        const auto found = archive::Search(m_archive).quotes(QStringLiteral("pemerintah"), his);
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(found.hits.first().speakerName, QStringLiteral("Sachrudin Hakim"));
        QVERIFY(!corrections.undo(*attribute)); // once
        QVERIFY(corrections.undo(*rename));
        QCOMPARE(archive::PeopleDirectory(m_archive).profile(sachrudin)->name, QStringLiteral("Sachrudin"));
        QCOMPARE(corrections.list().size(), 3);
    }

    void mergeAndSplit()
    {
        const analysis::Analyzer analyzer;
        archive::Corrections corrections(m_archive, analyzer);
        const qint64 budi = personNamed(QStringLiteral("Budi Santoso"));
        const qint64 sachrudin = personNamed(QStringLiteral("Sachrudin"));
        const auto merge = corrections.merge(sachrudin, budi);
        QVERIFY2(merge, qPrintable(corrections.errorString()));
        QCOMPARE(personNamed(QStringLiteral("Sachrudin")), budi); // the name leads to Budi now
        QCOMPARE(archive::ArticleImporter(m_archive).reanalyse(true), 3);
        QCOMPARE(scalar(m_archive.handle(),
                        QStringLiteral("SELECT count(*) FROM article_people WHERE person_id = %1")
                            .arg(sachrudin)),
                 0);
        QVERIFY(corrections.undo(*merge));
        QCOMPARE(personNamed(QStringLiteral("Sachrudin")), sachrudin);
        QCOMPARE(scalar(m_archive.handle(),
                        QStringLiteral("SELECT count(*) FROM article_people WHERE person_id = %1")
                            .arg(sachrudin)),
                 2);

        // Split the follow-up article off Sachrudin: a new person there, Sachrudin elsewhere.
        const auto split = corrections.split(sachrudin, {m_followUp}, QStringLiteral("Sacrudin Lain"));
        QVERIFY2(split, qPrintable(corrections.errorString()));
        const qint64 other = personNamed(QStringLiteral("Sacrudin Lain"));
        QVERIFY(other > 0 && other != sachrudin);
        QCOMPARE(archive::ArticleImporter(m_archive).reanalyse(true), 3);
        QCOMPARE(scalar(m_archive.handle(),
                        QStringLiteral("SELECT person_id FROM article_people WHERE article_id = %1 "
                                       "AND person_id IN (%2, %3)")
                            .arg(m_followUp)
                            .arg(sachrudin)
                            .arg(other)),
                 other);
        QVERIFY(corrections.undo(*split));
        QCOMPARE(quoteCountsOff(), 0);
        QCOMPARE(personNamed(QStringLiteral("Sacrudin Lain")), 0); // gone with nothing naming them
        QVERIFY(!corrections.merge(budi, budi));
    }
};

QTEST_GUILESS_MAIN(TestOfficials)
#include "tst_officials.moc"
