// Search everywhere as a user does it: Ctrl+K, a query, Enter: the list shows the matching
// articles with the words found in bold and the reader the best one; a malformed query says what
// is wrong under the field; Esc returns to all articles. A search saved with a name appears in
// the sidebar, runs when clicked, stays for the next window on that archive and can be removed.
#include "articlelistmodel.h"
#include "articlereader.h"
#include "mainwindow.h"
#include "samplearchive.h"
#include "searchresultsmodel.h"
#include "sidebarmodel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

class TestSearchEverywhere : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlKSearchShowsHighlightedSnippets();
    void malformedQuerySaysWhy();
    void savedSearchRoundTrip();

private:
    QModelIndex savedSearch(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestSearchEverywhere::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_searcheverywhere"));
}

void TestSearchEverywhere::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("archive.sqlite"));
    {
        archive::Archive archive;
        QVERIFY(archive.open(m_path));
        QVERIFY(tests::fillSampleArchive(archive));
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(m_path));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestSearchEverywhere::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QModelIndex TestSearchEverywhere::savedSearch(const QString &name) const
{
    SidebarModel *model = m_window->sidebarModel();
    const QModelIndex group = model->groupIndex(SidebarModel::SavedSearchesKind);
    for (int row = 0; row < model->rowCount(group); ++row) {
        const QModelIndex index = model->index(row, 0, group);
        if (index.data().toString() == name &&
            index.data(SidebarModel::KindRole).toInt() == SidebarModel::SavedSearchKind)
            return index;
    }
    return {};
}

void TestSearchEverywhere::ctrlKSearchShowsHighlightedSnippets()
{
    QLineEdit *field = m_window->searchField();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    if (!field->hasFocus()) // offscreen: the window may not be active
        field->setFocus();
    QTest::keyClicks(field, QStringLiteral("pencurian"));
    QTest::keyClick(field, Qt::Key_Return);

    QVERIFY(m_window->isSearching());
    QVERIFY(m_window->searchResultsView()->isVisible());
    QCOMPARE(m_window->searchResults()->rowCount(), 1);
    const QModelIndex title = m_window->searchResults()->index(0, SearchResultsModel::TitleColumn);
    QCOMPARE(title.data().toString(),
             QStringLiteral("Polsek Contoh Barat Tangkap Dua Pelaku Curanmor"));
    const QString snippet = m_window->searchResults()
                                ->index(0, SearchResultsModel::SnippetColumn)
                                .data(SearchResultsModel::HtmlRole)
                                .toString();
    QVERIFY2(snippet.contains(QStringLiteral("<b>pencurian</b>")), qPrintable(snippet));
    QVERIFY(m_window->searchMessage()->isVisible());
    QVERIFY2(m_window->searchMessage()->text().startsWith(QStringLiteral("Articles found: 1")),
             qPrintable(m_window->searchMessage()->text()));
    // The best result is read at once.
    QVERIFY(m_window->shownArticle() > 0);
    QVERIFY(m_window->reader()->toPlainText().contains(QStringLiteral("Tangkap Dua Pelaku")));
    QVERIFY(m_window->saveSearchAction()->isEnabled());

    // Esc: back to all articles.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!m_window->isSearching());
    QVERIFY(field->text().isEmpty());
    QVERIFY(m_window->articleView()->isVisible());
    QCOMPARE(m_window->articleListModel()->rowCount(), 4);
    QVERIFY(!m_window->searchMessage()->isVisible());
}

void TestSearchEverywhere::malformedQuerySaysWhy()
{
    QLineEdit *field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("SIM sejak:kemarin"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!m_window->isSearching());
    QVERIFY(m_window->searchMessage()->isVisible());
    const QString message = m_window->searchMessage()->text();
    QVERIFY2(message.contains(QStringLiteral("\"kemarin\" is not a date")), qPrintable(message));
    // The list is untouched.
    QCOMPARE(m_window->articleListModel()->rowCount(), 4);
}

void TestSearchEverywhere::savedSearchRoundTrip()
{
    m_window->searchField()->setText(QStringLiteral("\"SIM keliling\""));
    m_window->runSearch(m_window->searchField()->text());
    QCOMPARE(m_window->searchResults()->rowCount(), 2);
    m_window->saveSearch(QStringLiteral("Layanan SIM"));
    QVERIFY(savedSearch(QStringLiteral("Layanan SIM")).isValid());

    m_window->clearSearch();
    QVERIFY(!m_window->isSearching());
    // A click on it in the sidebar runs it again.
    QTreeView *sidebar = m_window->sidebar();
    const QModelIndex index = savedSearch(QStringLiteral("Layanan SIM"));
    sidebar->scrollTo(index);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(index).center());
    QVERIFY(m_window->isSearching());
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("\"SIM keliling\""));
    QCOMPARE(m_window->searchResults()->rowCount(), 2);

    // Another window on the same archive has it too; removed, it is gone from both.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(m_path));
    QVERIFY(savedSearch(QStringLiteral("Layanan SIM")).isValid());
    m_window->removeSavedSearch(QStringLiteral("Layanan SIM"));
    QVERIFY(!savedSearch(QStringLiteral("Layanan SIM")).isValid());
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(m_path));
    QVERIFY(!savedSearch(QStringLiteral("Layanan SIM")).isValid());
}

QTEST_MAIN(TestSearchEverywhere)
#include "tst_searcheverywhere.moc"
