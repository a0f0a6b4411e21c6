// The main window's sidebar and archive habits as a user meets them: the sources with their
// counts narrow the list, the institutions show their hierarchy, the most quoted people come
// first; Open Recent lists the last archives and switches between them; View Original shows the
// page source as text; "Also published as" links the same story elsewhere.
#include "articlelistmodel.h"
#include "articlereader.h"
#include "guisettings.h"
#include "mainwindow.h"
#include "originaldialog.h"
#include "samplearchive.h"
#include "sidebarmodel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

// The sidebar loads on a thread of its own; under a sanitizer on a loaded machine it can take a
// while.
constexpr int kLoadTimeoutMs = 30000;

class TestSidebar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sourcesNarrowTheList();
    void institutionsShowTheirHierarchy();
    void peopleMostQuotedFirst();
    void recentArchivesSwitchTheWindow();
    void viewOriginalShowsTheSourceAsText();
    void alsoPublishedLinksOpenTheOtherArticle();

private:
    QString sampleArchive(const QTemporaryDir &dir, const QString &name);
    static QStringList childTexts(const QModelIndex &parent);
};

void TestSidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sidebar"));
}

void TestSidebar::init()
{
    QSettings().clear();
}

QString TestSidebar::sampleArchive(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    archive::Archive archive;
    if (!archive.open(path) || !tests::fillSampleArchive(archive))
        return {};
    return path;
}

QStringList TestSidebar::childTexts(const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < parent.model()->rowCount(parent); ++row)
        texts << parent.model()->index(row, 0, parent).data().toString() + u' ' +
                     parent.model()->index(row, 1, parent).data().toString();
    return texts;
}

void TestSidebar::sourcesNarrowTheList()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openArchive(sampleArchive(dir, QStringLiteral("a.sqlite"))));
    window.show();
    SidebarModel *sidebar = window.sidebarModel();
    // Loaded on a worker: the window is there before the counts.
    QTRY_VERIFY_WITH_TIMEOUT(!sidebar->isLoading(), kLoadTimeoutMs);
    const QModelIndex sources = sidebar->groupIndex(SidebarModel::SourceKind);
    QCOMPARE(childTexts(sources), QStringList({QStringLiteral("Tribun Contoh 2"),
                                               QStringLiteral("Humas Polres Contoh 1"),
                                               QStringLiteral("Kabar Contoh 1")}));
    QCOMPARE(sidebar->index(sidebar->allArticlesIndex().row(), 1).data().toString(),
             QStringLiteral("4"));

    window.sidebar()->setCurrentIndex(sidebar->index(0, 0, sources));
    ArticleListModel *list = window.articleListModel();
    QCOMPARE(list->totalCount(), 2);
    for (int row = 0; row < list->rowCount(); ++row)
        QCOMPARE(list->index(row, ArticleListModel::SourceColumn).data().toString(),
                 QStringLiteral("Tribun Contoh"));
    // The filter works within the source.
    list->setFilter(QStringLiteral("Pemkot"));
    QCOMPARE(list->totalCount(), 1);
    list->setFilter(QString());

    window.sidebar()->setCurrentIndex(sidebar->allArticlesIndex());
    QCOMPARE(list->totalCount(), 4);
}

void TestSidebar::institutionsShowTheirHierarchy()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openArchive(sampleArchive(dir, QStringLiteral("a.sqlite"))));
    QTRY_VERIFY_WITH_TIMEOUT(!window.sidebarModel()->isLoading(), kLoadTimeoutMs);
    SidebarModel *sidebar = window.sidebarModel();
    const QModelIndex institutions = sidebar->groupIndex(SidebarModel::InstitutionKind);
    // Polri > Polda Contoh > Polres Contoh Kota > Polsek Contoh Barat; the Pemkot on its own.
    QCOMPARE(childTexts(institutions),
             QStringList({QStringLiteral("Pemerintah Kota Contoh 2"), QStringLiteral("Polri 0")}));
    const QModelIndex polri = sidebar->index(1, 0, institutions);
    QCOMPARE(childTexts(polri), QStringList({QStringLiteral("Polda Contoh 1")}));
    const QModelIndex polda = sidebar->index(0, 0, polri);
    QCOMPARE(childTexts(polda), QStringList({QStringLiteral("Polres Contoh Kota 2")}));
    const QModelIndex polres = sidebar->index(0, 0, polda);
    QCOMPARE(childTexts(polres), QStringList({QStringLiteral("Polsek Contoh Barat 1")}));

    // A click on a unit opens its page.
    window.show();
    window.sidebar()->expand(polri);
    window.sidebar()->expand(polda);
    window.sidebar()->scrollTo(polres);
    QTest::mouseClick(window.sidebar()->viewport(), Qt::LeftButton, {},
                      window.sidebar()->visualRect(polres).center());
    QCOMPARE(window.pageTabs()->tabText(window.pageTabs()->currentIndex()),
             QStringLiteral("Polres Contoh Kota"));
}

void TestSidebar::peopleMostQuotedFirst()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openArchive(sampleArchive(dir, QStringLiteral("a.sqlite"))));
    QTRY_VERIFY_WITH_TIMEOUT(!window.sidebarModel()->isLoading(), kLoadTimeoutMs);
    const QStringList people =
        childTexts(window.sidebarModel()->groupIndex(SidebarModel::PersonKind));
    QCOMPARE(people.value(0), QStringLiteral("Budi Santoso 3"));
    QCOMPARE(people.value(1), QStringLiteral("Sachrudin 2"));
    QCOMPARE(people.size(), 3);
}

void TestSidebar::recentArchivesSwitchTheWindow()
{
    QTemporaryDir dir;
    const QString first = sampleArchive(dir, QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    MainWindow window;
    QVERIFY(window.openArchive(first));
    QVERIFY(window.switchArchive(second)); // a new, empty archive
    QCOMPARE(window.articleListModel()->totalCount(), 0);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(window.switchArchive(dir.filePath(QStringLiteral("more-%1.sqlite").arg(i))));
    QVERIFY(window.switchArchive(second));
    // The last five, newest first, each once.
    const QStringList recent = settings::recentArchives();
    QCOMPARE(recent.size(), 5);
    QCOMPARE(recent.first(), second);
    QVERIFY(!recent.contains(first));

    QVERIFY(window.switchArchive(first));
    QMenu *menu = window.recentArchivesMenu();
    emit menu->aboutToShow();
    QList<QAction *> entries;
    for (QAction *action : menu->actions())
        if (!action->data().toString().isEmpty())
            entries << action;
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.first()->data().toString(), first);
    QCOMPARE(entries.at(1)->data().toString(), second);

    // A person page of the first archive does not outlive the switch.
    window.openPersonPage(1);
    QCOMPARE(window.pageTabs()->count(), 2);
    entries.at(1)->trigger();
    QCOMPARE(window.archivePath(), second);
    QCOMPARE(window.pageTabs()->count(), 1);
    QCOMPARE(window.articleListModel()->totalCount(), 0);
    emit menu->aboutToShow();
    QAction *back = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == first)
            back = action;
    QVERIFY(back);
    back->trigger();
    QCOMPARE(window.archivePath(), first);
    QCOMPARE(window.articleListModel()->totalCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(window.sidebarModel()
                     ->index(window.sidebarModel()->allArticlesIndex().row(), 1)
                     .data()
                     .toString(),
                 QStringLiteral("4"), kLoadTimeoutMs);
}

void TestSidebar::viewOriginalShowsTheSourceAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        archive::Archive archive;
        QVERIFY(archive.open(path));
        ingest::Article a;
        a.title = QStringLiteral("Halaman dengan Skrip");
        a.body = QStringLiteral("Isi berita.");
        a.mediaType = QStringLiteral("text/html; charset=UTF-8");
        a.originalBytes = QByteArray("<html><head><script>alert('x')</script>"
                                     "<img src=\"http://example.com/p.png\"></head>"
                                     "<body><p>Isi berita.</p></body></html>");
        QVERIFY(archive.importArticles({a}));
    }
    MainWindow window;
    QVERIFY(window.openArchive(path));
    QVERIFY(window.viewOriginalAction()->isEnabled());
    window.viewOriginalAction()->trigger();
    auto *dialog = window.findChild<OriginalDialog *>(QStringLiteral("originalDialog"));
    QVERIFY(dialog);
    // The markup as text, not rendered: the script is there to read, never to run.
    const QString text = dialog->textView()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("<script>alert('x')</script>")));
    QVERIFY(dialog->textView()->isReadOnly());
    QVERIFY(dialog->infoLabel()->text().contains(QStringLiteral("text/html")));
}

void TestSidebar::alsoPublishedLinksOpenTheOtherArticle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    QString body;
    for (int i = 0; i < 8; ++i)
        body += QStringLiteral("Kapolres Contoh Kota meresmikan pos pengamanan mudik nomor %1 di "
                               "jalan raya provinsi bersama dinas perhubungan.\n\n")
                    .arg(i);
    {
        archive::Archive archive;
        QVERIFY(archive.open(path));
        ingest::Article a;
        a.title = QStringLiteral("Pos Mudik Diresmikan");
        a.source = QStringLiteral("Tribun Contoh");
        a.body = body.trimmed();
        ingest::Article b = a;
        b.title = QStringLiteral("Kapolres Resmikan Pos Mudik");
        b.source = QStringLiteral("Kabar Contoh");
        b.body = body.trimmed() + QStringLiteral(" Baca juga berita lainnya.");
        QVERIFY(archive.importArticles({a, b}));
        QCOMPARE(archive.nearDuplicates(1).size(), 1);
    }
    MainWindow window;
    QVERIFY(window.openArchive(path));
    window.showArticleAt(1);
    QVERIFY(
        window.reader()->toPlainText().contains(QStringLiteral("Also published as: Kabar Contoh")));
    window.reader()->openLink(QUrl(QStringLiteral("kliping:article/2")));
    QCOMPARE(window.shownArticle(), 2);
    QVERIFY(window.reader()->toPlainText().contains(
        QStringLiteral("Also published as: Tribun Contoh")));
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
