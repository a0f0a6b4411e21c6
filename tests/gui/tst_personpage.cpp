// Person and institution pages as a user reaches them: from a name in the analysis panel or in
// the text of an article, with positions over time and quotes; a quote opens its article at the
// quote; corrections (re-attribute a quote, merge two people) go through the undo stack and the
// worker, and Undo brings the archive back.
#include "analysispanel.h"
#include "archive/entityqueries.h"
#include "archive/peopledirectory.h"
#include "articlereader.h"
#include "articlesview.h"
#include "correctionrunner.h"
#include "guisettings.h"
#include "institutionpage.h"
#include "mainwindow.h"
#include "personpage.h"
#include "quotefiltermodel.h"
#include "quotesview.h"
#include "samplearchive.h"
#include "sidebarmodel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kliping;
using namespace kliping::gui;

class TestPersonPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void personOpensFromThePanel();
    void personOpensFromAMentionInTheText();
    void quoteTableFiltersAndOpensTheArticleAtTheQuote();
    void reattributeQuoteAndUndo();
    void mergeTwoPeopleUndoAndRedo();
    void institutionPageShowsHierarchyAndOfficials();

private:
    qint64 personId(const QString &name) const;
    qint64 articleId(const QString &titleWord) const;
    QTreeWidgetItem *panelItem(AnalysisPanel::Group group, const QString &text) const;
    void clickItem(QTreeWidget *tree, QTreeWidgetItem *item);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    archive::Archive m_reader; // a connection of the test's own, to check what was written
};

void TestPersonPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_personpage"));
}

void TestPersonPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("archive.sqlite"));
    {
        archive::Archive archive;
        QVERIFY(archive.open(path));
        QVERIFY(tests::fillSampleArchive(archive));
    }
    QVERIFY(m_reader.open(path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(path));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPersonPage::cleanup()
{
    m_window.reset();
    m_reader.close();
    m_dir.reset();
}

qint64 TestPersonPage::personId(const QString &name) const
{
    for (const auto &m : archive::PeopleDirectory(m_reader).find(name))
        if (m.name == name)
            return m.id;
    return 0;
}

qint64 TestPersonPage::articleId(const QString &titleWord) const
{
    const auto rows =
        m_reader.listArticles(0, 10, archive::SortColumn::Title, Qt::AscendingOrder, titleWord);
    return rows.size() == 1 ? rows.first().id : 0;
}

QTreeWidgetItem *TestPersonPage::panelItem(AnalysisPanel::Group group, const QString &text) const
{
    QTreeWidgetItem *parent = m_window->analysisPanel()->groupItem(group);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == text)
            return parent->child(i);
    return nullptr;
}

void TestPersonPage::clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestPersonPage::personOpensFromThePanel()
{
    m_window->showArticleAt(articleId(QStringLiteral("SIM Keliling di Taman")));
    QTreeWidgetItem *budi = panelItem(AnalysisPanel::PeopleGroup, QStringLiteral("Budi Santoso"));
    QVERIFY(budi);
    clickItem(m_window->analysisPanel(), budi);

    auto *page = qobject_cast<PersonPage *>(m_window->pageTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->nameLabel()->text(), QStringLiteral("Budi Santoso"));
    QCOMPARE(m_window->pageTabs()->tabText(m_window->pageTabs()->currentIndex()),
             QStringLiteral("Budi Santoso"));
    QVERIFY(page->detailsLabel()->text().contains(QStringLiteral("AKBP")));
    QCOMPARE(page->positionsView()->topLevelItemCount(), 1);
    QTreeWidgetItem *position = page->positionsView()->topLevelItem(0);
    QCOMPARE(position->text(0), QStringLiteral("Kapolres Contoh Kota"));
    QCOMPARE(position->text(1), QStringLiteral("Polres Contoh Kota"));
    QCOMPARE(position->text(2), QStringLiteral("10 Mar 2026"));
    QCOMPARE(position->text(3), QStringLiteral("2 Apr 2026"));
    QCOMPARE(position->text(4), QStringLiteral("2"));
    QCOMPARE(page->articlesView()->topLevelItemCount(), 2);

    // The institution in the panel opens its page too; a second click brings the same tab.
    m_window->pageTabs()->setCurrentIndex(0);
    clickItem(m_window->analysisPanel(),
              panelItem(AnalysisPanel::InstitutionsGroup, QStringLiteral("Polres Contoh Kota")));
    auto *institution = qobject_cast<InstitutionPage *>(m_window->pageTabs()->currentWidget());
    QVERIFY(institution);
    QCOMPARE(institution->institutionName(), QStringLiteral("Polres Contoh Kota"));
    clickItem(m_window->analysisPanel(), budi);
    QCOMPARE(m_window->pageTabs()->currentWidget(), page);
    QCOMPARE(m_window->pageTabs()->count(), 3);
}

void TestPersonPage::personOpensFromAMentionInTheText()
{
    m_window->markEntitiesAction()->setChecked(true);
    m_window->showArticleAt(articleId(QStringLiteral("Curanmor")));
    ArticleReader *reader = m_window->reader();
    // The name in the body, not the one in the title.
    QTextCursor found = reader->document()->find(QStringLiteral("AKBP Budi Santoso"));
    QVERIFY(!found.isNull());
    QTextCursor at(reader->document());
    at.setPosition(found.selectionEnd() - 4);
    QVERIFY(at.charFormat().isAnchor());
    QVERIFY(at.charFormat().anchorHref().startsWith(QStringLiteral("kliping:person/")));
    reader->setTextCursor(at);
    reader->ensureCursorVisible();
    const QPoint point = reader->cursorRect(at).center();
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, point);

    auto *page = qobject_cast<PersonPage *>(m_window->pageTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->personName(), QStringLiteral("Budi Santoso"));
    // A link to anything else is never followed.
    const int tabs = m_window->pageTabs()->count();
    reader->openLink(QUrl(QStringLiteral("https://example.com/")));
    reader->setSource(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(m_window->pageTabs()->count(), tabs);
    QVERIFY(!reader->toPlainText().contains(QStringLiteral("root:")));
}

void TestPersonPage::quoteTableFiltersAndOpensTheArticleAtTheQuote()
{
    PersonPage *page = m_window->openPersonPage(personId(QStringLiteral("Budi Santoso")));
    QVERIFY(page);
    QuotesView *quotes = page->quotesView();
    QTableView *table = quotes->table();
    QCOMPARE(table->model()->rowCount(), 3);
    // Oldest first by date; a click on the header sorts newest first.
    QVERIFY(quotes->quoteAt(0)->text.startsWith(QStringLiteral("Kami ingin warga")));
    table->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(quotes->quoteAt(0)->published.date(), QDate(2026, 4, 2));
    QCOMPARE(table->model()->index(0, 4).data().toString(),
             QStringLiteral("Tribun Contoh — Polsek Contoh Barat Tangkap Dua Pelaku Curanmor"));

    // Filtering as the user types, by words anywhere in the quote, case ignored.
    QTest::keyClicks(quotes->filterEdit(), QStringLiteral("BARANG bukti"));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(quotes->filterEdit(), QStringLiteral(" hujan"));
    QCOMPARE(table->model()->rowCount(), 0);
    quotes->filterEdit()->clear();
    QCOMPARE(table->model()->rowCount(), 3);
    quotes->filterEdit()->setText(QStringLiteral("barang"));

    // Double-click opens the article with the quote selected.
    const QRect cell = table->visualRect(table->model()->index(0, 2));
    // A real double-click starts with a press and release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->pageTabs()->currentIndex(), 0);
    QCOMPARE(m_window->shownArticle(), articleId(QStringLiteral("Curanmor")));
    QCOMPARE(m_window->reader()->textCursor().selectedText(),
             QStringLiteral("Kedua pelaku sudah kami tahan dan barang bukti kami amankan,"));
}

void TestPersonPage::reattributeQuoteAndUndo()
{
    const qint64 budi = personId(QStringLiteral("Budi Santoso"));
    const qint64 sachrudin = personId(QStringLiteral("Sachrudin"));
    PersonPage *page = m_window->openPersonPage(budi);
    QCOMPARE(page->quotesView()->table()->model()->rowCount(), 3);
    page->quotesView()->filterEdit()->setText(QStringLiteral("barang bukti"));
    QCOMPARE(page->quotesView()->table()->model()->rowCount(), 1);
    page->attributeQuote(0, sachrudin, QStringLiteral("Sachrudin"));

    QUndoStack *stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_window->undoAction()->text(),
             QStringLiteral("&Undo Attribute a quote to Sachrudin"));
    // The worker writes; the page shows the result when it is done.
    QTRY_COMPARE(page->quotesView()->table()->model()->rowCount(), 0);
    QTRY_VERIFY(!m_window->correctionRunner()->isBusy());
    QCOMPARE(archive::EntityQueries(m_reader).quotesBy(budi).size(), 2);
    QCOMPARE(archive::EntityQueries(m_reader).quotesBy(sachrudin).size(), 3);

    // Ctrl+Z: the correction is undone (the article analysed again).
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QTRY_VERIFY(!m_window->correctionRunner()->isBusy());
    QTRY_COMPARE(archive::EntityQueries(m_reader).quotesBy(sachrudin).size(), 2);
    bool back = false;
    for (const auto &q : archive::EntityQueries(m_reader).quotesBy(budi))
        back = back || q.text.contains(QStringLiteral("barang bukti"));
    QVERIFY(back);
    QTRY_COMPARE(page->quotesView()->table()->model()->rowCount(), 1);
    QVERIFY(m_window->redoAction()->isEnabled());
}

void TestPersonPage::mergeTwoPeopleUndoAndRedo()
{
    const qint64 budi = personId(QStringLiteral("Budi Santoso"));
    const qint64 bambang = personId(QStringLiteral("Bambang Wijaya"));
    QVERIFY(budi && bambang);
    PersonPage *page = m_window->openPersonPage(budi);
    PersonPage *other = m_window->openPersonPage(bambang);
    QCOMPARE(other->quotesView()->table()->model()->rowCount(), 1);

    page->mergeWith(bambang, QStringLiteral("Bambang Wijaya"));
    QTRY_COMPARE(page->quotesView()->table()->model()->rowCount(), 4);
    QTRY_VERIFY(!m_window->correctionRunner()->isBusy());
    // The merged person's page now shows whom they became; the sidebar lists one person fewer.
    QCOMPARE(other->personId(), budi);
    QCOMPARE(page->positionsView()->topLevelItemCount(), 2);
    QTRY_VERIFY(!m_window->sidebarModel()->isLoading());
    QTRY_VERIFY(!m_window->sidebarModel()->find(SidebarModel::PersonKind, bambang).isValid());

    m_window->undoStack()->undo();
    QTRY_VERIFY(!m_window->correctionRunner()->isBusy());
    QTRY_COMPARE(page->quotesView()->table()->model()->rowCount(), 3);
    QVERIFY(archive::PeopleDirectory(m_reader).profile(bambang).has_value());
    QCOMPARE(archive::EntityQueries(m_reader).currentPerson(bambang), bambang);
    QTRY_VERIFY(m_window->sidebarModel()->find(SidebarModel::PersonKind, bambang).isValid());

    m_window->undoStack()->redo();
    QTRY_VERIFY(!m_window->correctionRunner()->isBusy());
    QTRY_COMPARE(page->quotesView()->table()->model()->rowCount(), 4);
    QCOMPARE(archive::EntityQueries(m_reader).currentPerson(bambang), budi);
}

void TestPersonPage::institutionPageShowsHierarchyAndOfficials()
{
    const qint64 polres =
        archive::EntityQueries(m_reader).institutionNamed(QStringLiteral("Polres Contoh Kota"));
    InstitutionPage *page = m_window->openInstitutionPage(polres);
    QVERIFY(page);
    QCOMPARE(page->nameLabel()->text(), QStringLiteral("Polres Contoh Kota (Polresta)"));
    const QString details = page->detailsLabel()->text();
    QVERIFY(details.contains(QStringLiteral("Police")));
    QVERIFY(details.contains(QStringLiteral(">Polda Contoh</a>")));
    QVERIFY(details.contains(QStringLiteral(">Polsek Contoh Barat</a>")));
    QCOMPARE(page->officialsView()->topLevelItemCount(), 1);
    QCOMPARE(page->officialsView()->topLevelItem(0)->text(0), QStringLiteral("Budi Santoso"));
    QCOMPARE(page->officialsView()->topLevelItem(0)->text(1),
             QStringLiteral("Kapolres Contoh Kota"));
    QCOMPARE(page->quotesView()->table()->model()->rowCount(), 3);
    QCOMPARE(page->articlesView()->topLevelItemCount(), 2);

    // The parent unit opens its own page; an official opens theirs.
    emit page->detailsLabel()->linkActivated(
        QStringLiteral("kliping:institution/%1")
            .arg(
                archive::EntityQueries(m_reader).institutionNamed(QStringLiteral("Polda Contoh"))));
    auto *polda = qobject_cast<InstitutionPage *>(m_window->pageTabs()->currentWidget());
    QVERIFY(polda);
    QCOMPARE(polda->institutionName(), QStringLiteral("Polda Contoh"));
    emit page->officialsView()->itemActivated(page->officialsView()->topLevelItem(0), 0);
    auto *person = qobject_cast<PersonPage *>(m_window->pageTabs()->currentWidget());
    QVERIFY(person);
    QCOMPARE(person->personName(), QStringLiteral("Budi Santoso"));
}

QTEST_MAIN(TestPersonPage)
#include "tst_personpage.moc"
