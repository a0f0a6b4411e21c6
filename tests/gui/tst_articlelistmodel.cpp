// The article list pages through a large archive instead of loading it whole, and sorts and
// filters through the archive's query.
#include "archive/archive.h"
#include "articledate.h"
#include "articlelistmodel.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

class TestArticleListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesThroughTheArchive();
    void sortsByEachColumn();
    void filtersByWords();
    void viewFetchesMoreWhenScrolled();

private:
    static constexpr int kArticles = 250;
    QTemporaryDir m_dir;
    archive::Archive m_archive;
    QDateTime m_newest;
};

void TestArticleListModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_archive.open(m_dir.filePath(QStringLiteral("list.sqlite"))),
             qPrintable(m_archive.errorString()));
    QList<ingest::Article> articles;
    const QDateTime start(QDate(2025, 1, 1), QTime(2, 0), QTimeZone::utc());
    for (int i = 1; i <= kArticles; ++i) {
        ingest::Article a;
        // Every tenth article is about floods; the others about roads.
        const bool flood = i % 10 == 0;
        a.title = QStringLiteral("Berita %1 tentang %2")
                      .arg(i, 3, 10, QLatin1Char('0'))
                      .arg(flood ? QStringLiteral("banjir") : QStringLiteral("jalan"));
        a.source = i % 2 ? QStringLiteral("iNews.id") : QStringLiteral("ANTARA");
        // Dates do not follow the numbering, so a date sort differs from a title sort.
        a.published = start.addDays((i * 37) % kArticles);
        a.publishedZone = QStringLiteral("WIB");
        a.body = QStringLiteral("Isi berita nomor %1.").arg(i);
        articles << a;
        if (!m_newest.isValid() || a.published > m_newest)
            m_newest = a.published;
    }
    const auto outcomes = m_archive.importArticles(articles);
    QVERIFY2(outcomes.has_value(), qPrintable(m_archive.errorString()));
    QCOMPARE(m_archive.articleCount(), qint64(kArticles));
}

void TestArticleListModel::pagesThroughTheArchive() {
    ArticleListModel model(m_archive);
    QCOMPARE(model.totalCount(), qint64(kArticles));
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kArticles);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kArticles);

    QCOMPARE(model.headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title"));
    QCOMPARE(model.headerData(ArticleListModel::DateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Date"));
    QCOMPARE(model.headerData(ArticleListModel::SourceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
}

void TestArticleListModel::sortsByEachColumn() {
    ArticleListModel model(m_archive);
    // Newest first by default.
    QCOMPARE(model.index(0, ArticleListModel::DateColumn).data().toString(),
             ArticleDate::shortText(m_newest));

    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Berita 001 tentang jalan"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Berita 002 tentang jalan"));
    model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Berita 250 tentang banjir"));
    // A later page continues the same order.
    model.fetchMore({});
    QCOMPARE(model.index(ArticleListModel::kPageSize, 0).data().toString(),
             QStringLiteral("Berita 150 tentang banjir"));

    model.sort(ArticleListModel::SourceColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(),
             QStringLiteral("ANTARA"));
    model.sort(ArticleListModel::SourceColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(),
             QStringLiteral("iNews.id"));
}

void TestArticleListModel::filtersByWords() {
    ArticleListModel model(m_archive);
    model.setFilter(QStringLiteral("banjir"));
    QCOMPARE(model.totalCount(), qint64(kArticles / 10));
    QCOMPARE(model.rowCount(), kArticles / 10);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data().toString().contains(QStringLiteral("banjir")));

    model.setFilter(QStringLiteral("banjir antara"));
    QCOMPARE(model.rowCount(), kArticles / 10); // every tenth article has an even number
    model.setFilter(QStringLiteral("banjir inews"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString());
    QCOMPARE(model.totalCount(), qint64(kArticles));
}

void TestArticleListModel::viewFetchesMoreWhenScrolled() {
    ArticleListModel model(m_archive);
    QTreeView view;
    view.resize(600, 400);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int before = model.rowCount();
    QVERIFY(before < kArticles);
    view.scrollToBottom();
    QTRY_VERIFY(model.rowCount() > before);
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
