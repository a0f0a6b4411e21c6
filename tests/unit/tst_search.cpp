// Search on a small archive written here: stems meet ("pelayanan" finds "melayani"), exact
// phrases stay exact, folding, bm25 with the title first, highlighted snippets, filters, quotes,
// the quotes of one official, who said it, and the index kept in step by the triggers and
// filled by the migration of an older archive.
#include "archive/archive.h"
#include "archive/peopledirectory.h"
#include "archive/schema.h"
#include "archive/search.h"
#include "archive/searchtokenizer.h"
#include "text/indonesianstemmer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace kliping;

namespace {

struct Doc {
    QString title;
    QString body;
    QString source;
    QString date;
};

ingest::Article makeArticle(const Doc &d)
{
    ingest::Article a;
    a.title = d.title;
    a.body = d.body;
    a.source = d.source;
    if (!d.date.isEmpty()) {
        a.published = QDateTime::fromString(d.date, Qt::ISODate);
        a.published.setTimeZone(QTimeZone::utc());
    }
    a.originalBytes = (d.title + u'\n' + d.body).toUtf8();
    a.mediaType = QStringLiteral("text/plain; charset=UTF-8");
    return a;
}

// An analysis with one speaker and their quotes (offsets into the body).
analysis::Analysis quoted(const QString &body, const QString &speaker, const QString &institution,
                          const QStringList &quotes,
                          analysis::QuoteKind kind = analysis::QuoteKind::Direct)
{
    analysis::Analysis a;
    if (!speaker.isEmpty()) {
        analysis::Person p;
        p.name = speaker;
        p.roles << analysis::Role{QStringLiteral("Kapolres"), institution};
        a.people << p;
    }
    if (!institution.isEmpty()) {
        analysis::Institution i;
        i.name = institution;
        i.acronym = institution == QLatin1String("Kepolisian Resor Kota Contoh")
                        ? QStringLiteral("Polresta Contoh")
                        : QString();
        if (!i.acronym.isEmpty())
            i.parent = QStringLiteral("Kepolisian Negara Republik Indonesia");
        a.institutions << i;
    }
    for (const QString &q : quotes) {
        analysis::Quote quote;
        quote.text = q;
        quote.speaker = speaker;
        quote.kind = kind;
        quote.start = body.indexOf(q);
        quote.end = quote.start + q.size();
        quote.confidence = 0.9;
        a.quotes << quote;
    }
    return a;
}

QSet<QString> titles(const QList<archive::ArticleHit> &hits)
{
    QSet<QString> out;
    for (const auto &h : hits)
        out.insert(h.title);
    return out;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    archive::Archive m_archive;

    QSet<QString> find(const QString &query)
    {
        const auto r = archive::Search(m_archive).articles(query, 100);
        if (!r.ok())
            qWarning("%s: %s", qPrintable(query), qPrintable(r.error));
        return titles(r.hits);
    }

private slots:
    void initTestCase()
    {
        if (!text::IndonesianStemmer::hasDictionary())
            QSKIP("hunspell-id (/usr/share/hunspell/id_ID.dic) is not installed");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_archive.open(m_dir.filePath(QStringLiteral("s.sqlite"))),
                 qPrintable(m_archive.errorString()));
        const QList<Doc> docs = {
            {"A1 Loket kecamatan", "Camat melayani warga di loket kecamatan setiap pagi.",
             "warta.test", "2024-01-10T02:00:00Z"},
            {"A2 Antrean panjang", "Warga dilayani petugas dengan ramah walau antrean panjang.",
             "warta.test", "2024-02-10T02:00:00Z"},
            {"A3 Survei kepuasan", "Pelayanan publik di kota itu dinilai baik oleh lembaga survei.",
             "kabar.test", "2024-03-10T02:00:00Z"},
            {"A4 Tidak ada toleransi",
             "Kapolres menegaskan tidak ada toleransi bagi pelaku pungutan liar.", "kabar.test",
             "2025-01-05T02:00:00Z"},
            {"A5 Rapat dinas", "Hal itu ditegaskan kepala dinas dalam rapat koordinasi.",
             "warta.test", "2025-02-05T02:00:00Z"},
            {"A6 Aturan baru", "Kebijakan baru pemerintah daerah mulai berlaku bulan depan.",
             "warta.test", "2025-03-05T02:00:00Z"},
            {"A7 Media sosial", "Warga diminta bersikap bijak ketika memakai media sosial.",
             "kabar.test", "2025-04-05T02:00:00Z"},
            {"A8 Kedai kopi", "Sebuah café dibuka di jalan protokol.", "warta.test",
             "2025-05-05T02:00:00Z"},
            {"A9 Kedai lain", "CAFE itu ramai pengunjung pada akhir pekan.", "warta.test",
             "2025-06-05T02:00:00Z"},
            {"A10 Tamu acara", "Megawati hadir dalam acara peringatan itu.", "kabar.test",
             "2025-06-06T02:00:00Z"},
            {"A11 Keadaan darurat", "Situasi gawat di lokasi banjir membuat warga mengungsi.",
             "kabar.test", "2025-06-07T02:00:00Z"},
            {"Pungli di pelabuhan", "Berita tentang pelabuhan dan kapal.", "warta.test",
             "2025-06-08T02:00:00Z"},
            {"A13 Pelabuhan",
             "Petugas menemukan pungli di pelabuhan. Pungli di pelabuhan merugikan sopir. Pungli "
             "lagi.",
             "warta.test", "2025-06-09T02:00:00Z"},
        };
        QList<ingest::Article> articles;
        QList<analysis::Analysis> analyses;
        for (const Doc &d : docs) {
            articles << makeArticle(d);
            analyses << analysis::Analysis{};
        }
        // Quotes of one official across three articles, and of another.
        const QString q1 = QStringLiteral("Kami tidak akan memberi toleransi kepada pelaku pungli");
        const QString q2 = QStringLiteral("Pelayanan SIM harus cepat dan tanpa pungli");
        const QString q3 = QStringLiteral("Petugas yang melayani warga wajib ramah");
        const QString q4 = QStringLiteral("Pungli di sekolah harus dihentikan");
        const QStringList bodies = {
            QStringLiteral("Kapolresta Contoh Kombes Budi Santoso berkata: ") + q1 + u'.',
            QStringLiteral("Menurut Budi Santoso, ") + q2 + u'.',
            QStringLiteral("Budi Santoso menambahkan: ") + q3 + u'.',
            QStringLiteral("Kepala dinas Sari Wulandari menyatakan ") + q4 + u'.',
        };
        const QStringList dates = {"2023-05-01T02:00:00Z", "2024-05-01T02:00:00Z",
                                   "2025-05-01T02:00:00Z", "2025-05-02T02:00:00Z"};
        const QString polres = QStringLiteral("Kepolisian Resor Kota Contoh");
        for (int i = 0; i < 4; ++i) {
            articles << makeArticle({QStringLiteral("Q%1 Pernyataan").arg(i + 1), bodies.at(i),
                                     QStringLiteral("berita.test"), dates.at(i)});
        }
        analyses << quoted(bodies.at(0), QStringLiteral("Budi Santoso"), polres, {q1})
                 << quoted(bodies.at(1), QStringLiteral("Budi Santoso"), polres, {q2},
                           analysis::QuoteKind::Indirect)
                 << quoted(bodies.at(2), QStringLiteral("Budi Santoso"), polres, {q3})
                 << quoted(bodies.at(3), QStringLiteral("Sari Wulandari"),
                           QStringLiteral("Dinas Pendidikan"), {q4});
        const auto outcomes = m_archive.importArticles(articles, analyses, 1);
        QVERIFY2(outcomes.has_value(), qPrintable(m_archive.errorString()));
    }

    void stemsMeet()
    {
        const QSet<QString> layan = {"A1 Loket kecamatan", "A2 Antrean panjang",
                                     "A3 Survei kepuasan"};
        QVERIFY(find(QStringLiteral("pelayanan")).contains(layan));
        QVERIFY(find(QStringLiteral("melayani")).contains(layan));
        QVERIFY(find(QStringLiteral("dilayani")).contains(layan));
        const QSet<QString> tegas = {"A4 Tidak ada toleransi", "A5 Rapat dinas"};
        QCOMPARE(find(QStringLiteral("ditegaskan")), tegas);
        QCOMPARE(find(QStringLiteral("menegaskan")), tegas);
        QCOMPARE(find(QStringLiteral("tegas")), tegas);
        const QSet<QString> bijak = {"A6 Aturan baru", "A7 Media sosial"};
        QCOMPARE(find(QStringLiteral("kebijakan")), bijak);
        QCOMPARE(find(QStringLiteral("bijak")), bijak);
    }

    void exactPhrasesStayExact()
    {
        QCOMPARE(find(QStringLiteral("\"melayani warga\"")),
                 (QSet<QString>{"A1 Loket kecamatan", "Q3 Pernyataan"}));
        QCOMPARE(find(QStringLiteral("\"menegaskan\"")), QSet<QString>{"A4 Tidak ada toleransi"});
        QVERIFY(find(QStringLiteral("\"tegas\"")).isEmpty());
        QCOMPARE(find(QStringLiteral("\"pelayanan publik\"")), QSet<QString>{"A3 Survei kepuasan"});
        // Stemmed words in any order, phrase words in order.
        QVERIFY(find(QStringLiteral("\"publik pelayanan\"")).isEmpty());
    }

    void foldingAndNames()
    {
        const QSet<QString> cafe = {"A8 Kedai kopi", "A9 Kedai lain"};
        QCOMPARE(find(QStringLiteral("café")), cafe);
        QCOMPARE(find(QStringLiteral("cafe")), cafe);
        QCOMPARE(find(QStringLiteral("CAFÉ")), cafe);
        QCOMPARE(find(QStringLiteral("PELAYANAN")), find(QStringLiteral("pelayanan")));
        // A name is not stemmed into another word ("Megawati" is not "gawat").
        QCOMPARE(find(QStringLiteral("megawati")), QSet<QString>{"A10 Tamu acara"});
        QCOMPARE(find(QStringLiteral("gawat")), QSet<QString>{"A11 Keadaan darurat"});
    }

    void rankingAndSnippets()
    {
        const auto r = archive::Search(m_archive).articles(QStringLiteral("pungli pelabuhan"));
        QVERIFY(r.ok());
        QCOMPARE(r.hits.size(), 2);
        // The title weighs five times the body: the title hit ranks first.
        QCOMPARE(r.hits.first().title, QStringLiteral("Pungli di pelabuhan"));
        QVERIFY(r.hits.first().rank <= r.hits.last().rank);
        QCOMPARE(r.hits.first().highlightedTitle,
                 QString(archive::kHitStart + QStringLiteral("Pungli") + archive::kHitEnd +
                         QStringLiteral(" di ") + archive::kHitStart + QStringLiteral("pelabuhan") +
                         archive::kHitEnd));
        const QString snippet = r.hits.last().snippet;
        QVERIFY2(snippet.contains(archive::kHitStart + QStringLiteral("pungli") + archive::kHitEnd),
                 qPrintable(snippet));
        QCOMPARE(archive::Search::toHtml(QString(archive::kHitStart) + QStringLiteral("a<b") +
                                         archive::kHitEnd),
                 QStringLiteral("<b>a&lt;b</b>"));
        // A stemmed hit is highlighted as written.
        const auto stemmed = archive::Search(m_archive).articles(QStringLiteral("pelayanan"));
        bool found = false;
        for (const auto &h : stemmed.hits)
            found = found || h.snippet.contains(archive::kHitStart + QStringLiteral("melayani") +
                                                archive::kHitEnd);
        QVERIFY(found);
        // Paging.
        const auto first = archive::Search(m_archive).articles(QStringLiteral("warga"), 1, 0);
        const auto second = archive::Search(m_archive).articles(QStringLiteral("warga"), 1, 1);
        QCOMPARE(first.hits.size(), 1);
        QCOMPARE(second.hits.size(), 1);
        QVERIFY(first.hits.first().id != second.hits.first().id);
        QCOMPARE(archive::Search(m_archive).countArticles(QStringLiteral("warga")), 5);
    }

    void filters()
    {
        QCOMPARE(find(QStringLiteral("warga sumber:kabar")),
                 (QSet<QString>{"A3 Survei kepuasan", "A7 Media sosial", "A11 Keadaan darurat"}) &
                     find(QStringLiteral("warga")));
        QCOMPARE(find(QStringLiteral("warga sejak:2025")),
                 (QSet<QString>{"A7 Media sosial", "A11 Keadaan darurat", "Q3 Pernyataan"}));
        QCOMPARE(find(QStringLiteral("warga sampai:\"10 Februari 2024\"")),
                 (QSet<QString>{"A1 Loket kecamatan", "A2 Antrean panjang"}));
        QCOMPARE(find(QStringLiteral("oleh:\"Budi Santoso\"")),
                 (QSet<QString>{"Q1 Pernyataan", "Q2 Pernyataan", "Q3 Pernyataan"}));
        QCOMPARE(find(QStringLiteral("pungli oleh:Budi")),
                 (QSet<QString>{"Q1 Pernyataan", "Q2 Pernyataan"}));
        // By acronym, and by the parent institution (its units included).
        QCOMPARE(find(QStringLiteral("lembaga:\"Polresta Contoh\"")),
                 (QSet<QString>{"Q1 Pernyataan", "Q2 Pernyataan", "Q3 Pernyataan"}));
        QCOMPARE(find(QStringLiteral("lembaga:\"Kepolisian Negara Republik Indonesia\"")),
                 (QSet<QString>{"Q1 Pernyataan", "Q2 Pernyataan", "Q3 Pernyataan"}));
        // Only excludes: everything else, newest first.
        const auto r =
            archive::Search(m_archive).articles(QStringLiteral("-warga sumber:warta"), 100);
        QVERIFY(r.ok());
        QVERIFY(!titles(r.hits).contains(QStringLiteral("A1 Loket kecamatan")));
        QVERIFY(titles(r.hits).contains(QStringLiteral("A5 Rapat dinas")));
        QVERIFY(r.hits.first().published >= r.hits.last().published);
    }

    void quotes()
    {
        const archive::Search search(m_archive);
        const auto all = search.quotes(QStringLiteral("pungli"));
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.hits.size(), 3);
        for (const auto &h : all.hits) {
            QVERIFY(h.text.contains(archive::kHitStart));
            QVERIFY(h.articleId > 0);
            QVERIFY(h.published.isValid());
        }
        // Speaker names are searchable too.
        QCOMPARE(search.quotes(QStringLiteral("wulandari")).hits.size(), 1);

        // The quotes of one official, newest first, picked by PeopleDirectory.
        const QList<qint64> budi =
            archive::PeopleDirectory(m_archive).ids(QStringLiteral("Budi Santoso"));
        QCOMPARE(budi.size(), 1);
        archive::QuoteSearchOptions options;
        options.speakerIds = budi;
        const auto his = search.quotes(QString(), options);
        QVERIFY2(his.ok(), qPrintable(his.error));
        QCOMPARE(his.hits.size(), 3);
        QVERIFY(his.hits.at(0).published > his.hits.at(1).published);
        QVERIFY(his.hits.at(1).published > his.hits.at(2).published);
        QCOMPARE(his.hits.first().speakerName, QStringLiteral("Budi Santoso"));
        QCOMPARE(search.quotes(QStringLiteral("pungli"), options).hits.size(), 2);
        QCOMPARE(search.quotes(QStringLiteral("pelayanan"), options).hits.size(), 2); // + melayani
        options.kind = archive::QuoteKindFilter::Indirect;
        QCOMPARE(search.quotes(QString(), options).hits.size(), 1);
        options.kind = archive::QuoteKindFilter::Any;
        options.since = archive::QueryParser::dateRange(QStringLiteral("2024"));
        QCOMPARE(search.quotes(QString(), options).hits.size(), 2);
        QCOMPARE(search.quotes(QStringLiteral("sejak:2025"), options).hits.size(), 1);
        QCOMPARE(search.quotes(QStringLiteral("oleh:Budi lembaga:\"Polresta Contoh\"")).hits.size(),
                 3);
        QCOMPARE(
            search.quotes(QStringLiteral("oleh:Budi lembaga:\"Dinas Pendidikan\"")).hits.size(), 0);
    }

    void whoSaid()
    {
        const auto r = archive::Search(m_archive).whoSaid(QStringLiteral("pungli"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.hits.size(), 2);
        QCOMPARE(r.hits.first().name, QStringLiteral("Budi Santoso"));
        QCOMPARE(r.hits.first().quotes, 2);
        QCOMPARE(r.hits.first().latest.date(), QDate(2024, 5, 1));
        QCOMPARE(r.hits.last().name, QStringLiteral("Sari Wulandari"));
        // The speaker's name does not count as something said.
        QVERIFY(archive::Search(m_archive).whoSaid(QStringLiteral("Budi")).hits.isEmpty());
        QVERIFY(!archive::Search(m_archive).whoSaid(QString()).ok());
    }

    void triggersKeepTheIndex()
    {
        sqlite3 *db = m_archive.handle();
        // A renamed person is found by the new name.
        QCOMPARE(sqlite3_exec(db,
                              "UPDATE people SET name = 'Budi Santosa' WHERE name = 'Budi Santoso'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(archive::Search(m_archive).quotes(QStringLiteral("santosa")).hits.size(), 3);
        // A quote re-analysed away leaves the index.
        const qint64 id =
            archive::Search(m_archive).quotes(QStringLiteral("sekolah")).hits.value(0).articleId;
        QVERIFY(id > 0);
        QVERIFY(m_archive.replaceAnalysis(id, analysis::Analysis{}, 2));
        QVERIFY(archive::Search(m_archive).quotes(QStringLiteral("sekolah")).hits.isEmpty());
        // A deleted article leaves the index.
        QCOMPARE(sqlite3_exec(db, "DELETE FROM articles WHERE title = 'A10 Tamu acara'", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(find(QStringLiteral("megawati")).isEmpty());
        QCOMPARE(sqlite3_exec(db,
                              "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
    }

    // An archive of version 4 (before search) gets its articles and quotes indexed on upgrade,
    // and an index built with another dictionary is rebuilt.
    void olderArchivesAreIndexed()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            // An archive as version 4 wrote it: the schema of migrations 1-4, one article.
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            for (const archive::Migration &m : archive::migrations()) {
                if (m.version <= 4)
                    QCOMPARE(sqlite3_exec(db, m.sql, nullptr, nullptr, nullptr), SQLITE_OK);
            }
            const QByteArray setup =
                QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 4; "
                               "INSERT INTO articles(title, body, content_hash, imported_at) "
                               "VALUES ('Lama', 'Petugas melayani warga.', 'h', '2024-01-01T00:00:00Z');")
                    .arg(archive::kApplicationId)
                    .toLatin1();
            QCOMPARE(sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        {
            archive::Archive a;
            QVERIFY2(a.open(path), qPrintable(a.errorString()));
            QCOMPARE(a.schemaVersion(), archive::Archive::latestSchemaVersion());
            QCOMPARE(archive::Search(a).articles(QStringLiteral("pelayanan")).hits.size(), 1);
            QCOMPARE(sqlite3_exec(a.handle(),
                                  "UPDATE search_index_info SET value = 'other' ; "
                                  "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(archive::Search(a).articles(QStringLiteral("pelayanan")).hits.size(), 0);
        }
        archive::Archive a;
        QVERIFY(a.open(path));
        QCOMPARE(archive::Search(a).articles(QStringLiteral("pelayanan")).hits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
