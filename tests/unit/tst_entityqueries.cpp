// The queries behind the sidebar and the person and institution pages, and the article list
// narrowed to a publication or a feed.
#include "archive/archive.h"
#include "archive/entityqueries.h"
#include "archive/peopledirectory.h"
#include "samplearchive.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kliping;

class TestEntityQueries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    archive::Archive m_archive;

    qint64 personId(const QString &name) const
    {
        const auto matches = archive::PeopleDirectory(m_archive).find(name);
        return matches.isEmpty() || matches.first().name != name ? 0 : matches.first().id;
    }
    qint64 institutionId(const QString &name) const
    {
        for (const archive::InstitutionNode &n : archive::EntityQueries(m_archive).institutions())
            if (n.name == name)
                return n.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_archive.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(tests::fillSampleArchive(m_archive));
    }

    void sourcesWithCounts()
    {
        const auto sources = archive::EntityQueries(m_archive).sources();
        QCOMPARE(sources.size(), 3);
        QCOMPARE(sources.first().name, QStringLiteral("Tribun Contoh"));
        QCOMPARE(sources.first().articles, 2);
    }

    void listNarrowedToASource()
    {
        const auto sources = archive::EntityQueries(m_archive).sources();
        archive::ArticleScope scope;
        scope.sourceId = sources.first().id;
        QCOMPARE(m_archive.articleCount({}, scope), 2);
        const auto rows = m_archive.listArticles(0, 10, archive::SortColumn::Published,
                                                 Qt::DescendingOrder, {}, scope);
        QCOMPARE(rows.size(), 2);
        for (const auto &row : rows)
            QCOMPARE(row.source, QStringLiteral("Tribun Contoh"));
        // With the filter's words as well.
        QCOMPARE(m_archive.articleCount(QStringLiteral("Curanmor"), scope), 1);
        QCOMPARE(m_archive.articleCount(QStringLiteral("Kamtibmas"), scope), 0);
        QCOMPARE(m_archive.articleCount(QStringLiteral("Kamtibmas")), 1);
    }

    void listNarrowedToAFeed()
    {
        const auto feed = m_archive.addFeed(QStringLiteral("https://contoh.example/rss"));
        QVERIFY(feed);
        const auto rows = m_archive.listArticles(0, 10);
        QVERIFY(m_archive.recordFeedUpdate(*feed, QStringLiteral("Contoh"),
                                           {{QStringLiteral("item-1"), rows.first().id}}, {}));
        archive::ArticleScope scope;
        scope.feedId = *feed;
        QCOMPARE(m_archive.articleCount({}, scope), 1);
        QCOMPARE(
            m_archive
                .listArticles(0, 10, archive::SortColumn::Published, Qt::DescendingOrder, {}, scope)
                .first()
                .id,
            rows.first().id);
    }

    void institutionHierarchy()
    {
        const auto nodes = archive::EntityQueries(m_archive).institutions();
        QHash<qint64, archive::InstitutionNode> byId;
        for (const auto &n : nodes)
            byId.insert(n.id, n);
        const qint64 polsek = institutionId(QStringLiteral("Polsek Contoh Barat"));
        QVERIFY(polsek);
        QStringList chain;
        for (qint64 id = polsek; id; id = byId.value(id).parentId)
            chain << byId.value(id).name;
        QCOMPARE(chain, QStringList({QStringLiteral("Polsek Contoh Barat"),
                                     QStringLiteral("Polres Contoh Kota"),
                                     QStringLiteral("Polda Contoh"), QStringLiteral("Polri")}));
        QCOMPARE(byId.value(institutionId(QStringLiteral("Polres Contoh Kota"))).articles, 2);
    }

    void quotesAndArticlesOfAPerson()
    {
        const archive::EntityQueries queries(m_archive);
        const qint64 budi = personId(QStringLiteral("Budi Santoso"));
        QVERIFY(budi);
        const auto quotes = queries.quotesBy(budi);
        QCOMPARE(quotes.size(), 3);
        // Oldest first, with the article each comes from.
        QVERIFY(quotes.first().text.startsWith(QStringLiteral("Kami ingin warga")));
        QCOMPARE(quotes.last().kind, analysis::QuoteKind::Indirect);
        QCOMPARE(quotes.last().articleTitle,
                 QStringLiteral("Polsek Contoh Barat Tangkap Dua Pelaku Curanmor"));
        QCOMPARE(
            queries.quoteAt(quotes.first().articleId, quotes.first().start, quotes.first().end),
            quotes.first().id);
        QCOMPARE(queries.articlesOfPerson(budi).size(), 2);
        QCOMPARE(queries.currentPerson(budi), budi);
    }

    void quotesByOfficialsOfAnInstitution()
    {
        const archive::EntityQueries queries(m_archive);
        const qint64 polres = institutionId(QStringLiteral("Polres Contoh Kota"));
        const auto quotes = queries.quotesByOfficialsOf(polres);
        QCOMPARE(quotes.size(), 3);
        for (const auto &q : quotes)
            QCOMPARE(q.speaker, QStringLiteral("Budi Santoso"));
        QCOMPARE(queries.articlesOfInstitution(polres).size(), 2);
    }

    void idsOfTheNamesOfAnArticle()
    {
        const archive::EntityQueries queries(m_archive);
        const auto rows = m_archive.listArticles(0, 10, archive::SortColumn::Title,
                                                 Qt::AscendingOrder, QStringLiteral("Curanmor"));
        QCOMPARE(rows.size(), 1);
        const auto ids = queries.entitiesOf(rows.first().id);
        QCOMPARE(ids.people.value(QStringLiteral("Budi Santoso")),
                 personId(QStringLiteral("Budi Santoso")));
        QCOMPARE(ids.institutions.value(QStringLiteral("Polsek Contoh Barat")),
                 institutionId(QStringLiteral("Polsek Contoh Barat")));
    }
};

QTEST_GUILESS_MAIN(TestEntityQueries)
#include "tst_entityqueries.moc"
