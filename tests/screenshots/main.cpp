// Takes the screenshots of docs/screenshots: the main window with the sidebar and an article
// with its quotes and names marked, a person's page, the quote search and the results of a search. Usage:
//   kliping-screenshots OUTPUT_DIR [--dark]
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/peopledirectory.h"
#include "articlereader.h"
#include "mainwindow.h"
#include "personpage.h"
#include "quotesearchpage.h"
#include "sidebarmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace kliping;

namespace {

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool shoot(const QString &file)
{
    wait(800);
    return QProcess::execute(QStringLiteral("import"),
                             {QStringLiteral("-window"), QStringLiteral("root"), file}) == 0;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("KlipingScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Kliping"));
    const QStringList args = QApplication::arguments();
    const QDir out(args.value(1, QStringLiteral(".")));
    const bool dark = args.contains(QStringLiteral("--dark"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kliping.sqlite"));
    {
        archive::Archive archive;
        if (!archive.open(path))
            return 1;
        archive::ArticleImporter importer(archive);
        importer.importPaths({QStringLiteral(KLIPING_SCREENSHOT_ARTICLES)});
    }
    archive::Archive reader;
    reader.open(path);

    gui::MainWindow window;
    if (!window.openArchive(path))
        return 1;
    window.move(0, 0);
    window.resize(1280, 800);
    window.markEntitiesAction()->setChecked(true);
    window.show();
    while (window.sidebarModel()->isLoading())
        wait(50);
    const auto rows = reader.listArticles(0, 10, archive::SortColumn::Title, Qt::AscendingOrder,
                                          QStringLiteral("Pungli"));
    if (!rows.isEmpty())
        window.showArticleAt(rows.first().id);
    window.sidebar()->expandRecursively(
        window.sidebarModel()->groupIndex(gui::SidebarModel::InstitutionKind));
    window.reader()->verticalScrollBar()->setValue(0);
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    if (!shoot(out.filePath(QStringLiteral("main-window%1.png").arg(suffix))))
        return 2;

    const auto people = archive::PeopleDirectory(reader).find(QStringLiteral("Arif Wicaksono"));
    if (!people.isEmpty())
        window.openPersonPage(people.first().id);
    if (!shoot(out.filePath(QStringLiteral("person-page%1.png").arg(suffix))))
        return 2;

    // Quote search: what the police said about a subject, words found in bold.
    if (gui::QuoteSearchPage *quotes = window.openQuoteSearch()) {
        quotes->wordsEdit()->setText(QStringLiteral("warga OR masyarakat"));
        quotes->search();
        quotes->table()->selectRow(0);
        quotes->table()->setFocus();
    }
    if (!shoot(out.filePath(QStringLiteral("quote-search%1.png").arg(suffix))))
        return 2;

    // Search everywhere: the list shows the articles found, with the words in bold.
    window.searchField()->setText(QStringLiteral("warga lembaga:Polres"));
    window.runSearch(window.searchField()->text());
    if (!shoot(out.filePath(QStringLiteral("search-results%1.png").arg(suffix))))
        return 2;
    return 0;
}
