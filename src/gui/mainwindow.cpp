#include "mainwindow.h"

#include "analysispanel.h"
#include "archive/entityqueries.h"
#include "archive/search.h"
#include "archivechooser.h"
#include "articlehtml.h"
#include "articlelistmodel.h"
#include "articlereader.h"
#include "clipboardtext.h"
#include "correctionrunner.h"
#include "exportdialog.h"
#include "export/exporter.h"
#include "export/pdfexporter.h"
#include "export/safefilename.h"
#include "archive/peopledirectory.h"
#include "feedsdialog.h"
#include "feedupdatesummary.h"
#include "findbar.h"
#include "guisettings.h"
#include "htmldelegate.h"
#include "importcontroller.h"
#include "importsummary.h"
#include "institutionpage.h"
#include "ingest/urlfetcher.h"
#include "linkimportdialog.h"
#include "originaldialog.h"
#include "personpage.h"
#include "quotesearchpage.h"
#include "savedsearches.h"
#include "searchresultsmodel.h"
#include "settingsdialog.h"
#include "sidebarmodel.h"
#include "subscribefeeddialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

namespace kliping::gui {

namespace {

constexpr int kFilterDelayMs = 150;
constexpr int kProgressDelayMs = 400;
constexpr int kDefaultPanelWidth = 320;
constexpr int kDefaultSidebarWidth = 240;
constexpr int kSearchResults = 200;
const QSize kDefaultSize(1200, 760);

// Whether the file (or, for a new archive, its folder) can be written by this user.
bool isWritable(const QString &path) {
    const QFileInfo info(path);
    if (info.exists())
        return info.isWritable();
    return QFileInfo(info.absolutePath()).isWritable();
}

QStringList localPaths(const QMimeData *mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Kliping"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kliping.svg")));
    setAcceptDrops(true);
    createWidgets();
    createActions();
    restoreWindowState();
    showEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets() {
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by title or source"));
    m_filter->setClearButtonEnabled(true);
    // Dropped files go to the window's import, not into the filter as text.
    m_filter->setAcceptDrops(false);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setFilter(m_filter->text());
    });

    m_view = new QTreeView;
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFrameShape(QFrame::NoFrame);

    // Search everywhere: the query language over the whole archive; the results take the
    // list's place until Esc.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setAcceptDrops(false);
    m_search->setToolTip(
        tr("Words must all be there; \"a phrase\"; -without; a OR b; oleh:name; lembaga:name; "
           "sumber:name; sejak:2025-01-01; sampai:2025-06-30"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { runSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && isSearching())
            clearSearch();
    });
    auto *escape = new QAction(m_search);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, this, &MainWindow::clearSearch);

    m_searchMessage = new QLabel;
    m_searchMessage->setObjectName(QStringLiteral("searchMessage"));
    m_searchMessage->setWordWrap(true);
    m_searchMessage->setTextFormat(Qt::PlainText);
    m_searchMessage->hide();

    m_readOnlyBar = new QLabel;
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyBar"));
    m_readOnlyBar->setWordWrap(true);
    m_readOnlyBar->setTextFormat(Qt::PlainText);
    m_readOnlyBar->setStyleSheet(QStringLiteral(
        "QLabel#readOnlyBar { background: #fff4ce; color: #4d3b00; border: 1px solid #e5cf7a; "
        "border-radius: 3px; padding: 6px; }"));
    m_readOnlyBar->hide();

    m_results = new SearchResultsModel(this);
    m_resultsView = new QTreeView;
    m_resultsView->setObjectName(QStringLiteral("searchResultsView"));
    m_resultsView->setModel(m_results);
    m_resultsView->setRootIsDecorated(false);
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setAllColumnsShowFocus(true);
    m_resultsView->setFrameShape(QFrame::NoFrame);
    auto *html = new HtmlDelegate(SearchResultsModel::HtmlRole, m_resultsView);
    m_resultsView->setItemDelegateForColumn(SearchResultsModel::TitleColumn, html);
    m_resultsView->setItemDelegateForColumn(SearchResultsModel::SnippetColumn, html);
    {
        QHeaderView *header = m_resultsView->header();
        header->setStretchLastSection(true);
        const QFontMetrics fm(m_resultsView->font());
        header->resizeSection(SearchResultsModel::TitleColumn,
                              fm.horizontalAdvance(QLatin1Char('x')) * 34);
        header->resizeSection(SearchResultsModel::DateColumn,
                              fm.horizontalAdvance(QStringLiteral("00 Mmm 0000 00.00")) + 24);
        header->resizeSection(SearchResultsModel::SourceColumn,
                              fm.horizontalAdvance(QStringLiteral("Tribunnews.com")) + 24);
    }
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_results->articleId(current.row()) : 0;
                if (id && m_archive && id != m_shownArticle)
                    showArticleById(id);
            });

    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_resultsView);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(8, 8, 8, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(m_readOnlyBar);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_searchMessage);
    listLayout->addWidget(m_listStack);

    m_reader = new ArticleReader;
    m_reader->setBodyFontSize(settings::readerFontSize());
    m_reader->setMarkEntities(settings::markEntities());
    m_findBar = new FindBar(m_reader);
    auto *readerPane = new QWidget;
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_reader, 1);
    readerLayout->addWidget(m_findBar);
    // Esc in the reader closes the find bar too, not only in its line edit.
    auto *closeFind = new QShortcut(QKeySequence(Qt::Key_Escape), readerPane);
    closeFind->setContext(Qt::WidgetWithChildrenShortcut);
    connect(closeFind, &QShortcut::activated, m_findBar, [this] {
        if (m_findBar->isVisible())
            m_findBar->dismiss();
    });

    // The list above the reader, as in a mail program: beside the sidebar and the analysis both
    // keep their full width, and titles and lines of text stay long enough to read.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(readerPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    // Person and institution pages open in tabs beside the articles, as documents in an editor.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_splitter, QIcon(QStringLiteral(":/icons/articles.svg")), tr("Articles"));
    // The articles tab stays.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    // The analysis panel belongs to the article read: on a person's or an institution's page it
    // steps aside, and comes back with the articles (unless the user closed it).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const bool articles = m_tabs->widget(index) == m_splitter;
        if (!articles && m_analysisDock->isVisible()) {
            m_analysisDockAway = true;
            m_analysisDock->hide();
        } else if (articles && m_analysisDockAway) {
            m_analysisDockAway = false;
            m_analysisDock->show();
        }
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page && page != m_splitter) {
            m_tabs->removeTab(index);
            page->deleteLater();
        }
    });
    auto *closeTab = new QShortcut(QKeySequence::Close, this);
    connect(closeTab, &QShortcut::activated, this, [this] {
        if (m_tabs->currentIndex() > 0)
            emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
    });

    m_sidebarModel = new SidebarModel(this);
    m_sidebar = new QTreeView;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sidebar->setAllColumnsShowFocus(true);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setIndentation(14);
    m_sidebar->header()->setStretchLastSection(false);
    m_sidebar->header()->setSectionResizeMode(SidebarModel::NameColumn, QHeaderView::Stretch);
    m_sidebar->header()->setSectionResizeMode(SidebarModel::CountColumn,
                                              QHeaderView::ResizeToContents);
    // The sidebar is a place list, not a document: a quieter background, as in a mail program.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->setAutoFillBackground(true);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, sidebarPalette.color(QPalette::Window));
    m_sidebar->setPalette(sidebarPalette);
    for (auto kind : {SidebarModel::SourceKind, SidebarModel::InstitutionKind,
                      SidebarModel::PersonKind, SidebarModel::FeedKind})
        m_sidebar->expand(m_sidebarModel->groupIndex(kind));
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::sidebarChanged);
    connect(m_sidebar, &QTreeView::clicked, this, &MainWindow::sidebarActivated);
    connect(m_sidebar, &QTreeView::activated, this, &MainWindow::sidebarActivated);
    connect(m_sidebarModel, &SidebarModel::loaded, this, &MainWindow::sidebarLoaded);
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, &MainWindow::showSidebarMenu);

    m_outerSplitter = new QSplitter(Qt::Horizontal);
    m_outerSplitter->setObjectName(QStringLiteral("sidebarSplitter"));
    m_outerSplitter->addWidget(m_sidebar);
    m_outerSplitter->addWidget(m_tabs);
    m_outerSplitter->setStretchFactor(0, 0);
    m_outerSplitter->setStretchFactor(1, 1);
    m_outerSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_outerSplitter);

    m_undoStack = new QUndoStack(this);
    m_corrections = new CorrectionRunner(this);
    connect(m_corrections, &CorrectionRunner::applied, this, &MainWindow::correctionApplied);
    auto *history = new QUndoView(m_undoStack);
    history->setEmptyLabel(tr("<no corrections>"));
    m_historyDock = new QDockWidget(tr("Corrections"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    connect(m_reader, &ArticleReader::personActivated, this, &MainWindow::openPersonPage);
    connect(m_reader, &ArticleReader::institutionActivated, this,
            &MainWindow::openInstitutionPage);
    connect(m_reader, &ArticleReader::articleActivated, this,
            [this](qint64 id) { showArticleAt(id); });

    m_panel = new AnalysisPanel;
    connect(m_panel, &AnalysisPanel::quoteChosen, m_reader, &ArticleReader::selectBodyRange);
    connect(m_panel, &AnalysisPanel::personChosen, this, &MainWindow::openPersonPage);
    connect(m_panel, &AnalysisPanel::institutionChosen, this, &MainWindow::openInstitutionPage);
    // A person of the panel: export their dossier (positions and all their quotes).
    m_panel->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_panel, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_panel->itemAt(pos);
        if (!item || item->parent() != m_panel->groupItem(AnalysisPanel::PeopleGroup) ||
            !(item->flags() & Qt::ItemIsSelectable))
            return;
        const QString name = item->text(0);
        QMenu menu;
        QAction *dossier = menu.addAction(tr("Export Dossier of %1…").arg(name));
        dossier->setEnabled(m_exportAction && m_exportAction->isEnabled());
        if (menu.exec(m_panel->viewport()->mapToGlobal(pos)) == dossier)
            chooseExportFor(name);
    });
    m_analysisDock = new QDockWidget(tr("Analysis"), this);
    m_analysisDock->setObjectName(QStringLiteral("analysisDock"));
    m_analysisDock->setWidget(m_panel);
    m_analysisDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_analysisDock);
    resizeDocks({m_analysisDock}, {kDefaultPanelWidth}, Qt::Horizontal);

    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newArchive = file->addAction(QIcon(QStringLiteral(":/icons/archive-new.svg")),
                                          tr("&New Archive…"), this, &MainWindow::chooseNewArchive);
    newArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newArchive->setStatusTip(tr("Start another archive in a new file"));
    QAction *openArchiveAction =
        file->addAction(QIcon(QStringLiteral(":/icons/archive-open.svg")), tr("Open &Archive…"),
                        this, &MainWindow::chooseArchiveToOpen);
    openArchiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openArchiveAction->setStatusTip(tr("Work on another archive file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentArchivesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    QAction *importFiles =
        file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setStatusTip(tr("Import articles from text files"));
    QAction *importFolder =
        file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolderToImport);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolder->setStatusTip(tr("Import every article in a folder and its subfolders"));
    QAction *importLink =
        file->addAction(tr("Import from &Link…"), this, &MainWindow::chooseLinksToImport);
    importLink->setStatusTip(tr("Import news articles from their web links"));
    file->addSeparator();
    QAction *subscribe =
        file->addAction(tr("&Subscribe to Feed…"), this, &MainWindow::chooseFeedToSubscribe);
    subscribe->setStatusTip(tr("Follow a news feed and import its articles"));
    QAction *update = file->addAction(tr("&Update Feeds"), this, &MainWindow::updateFeeds);
    update->setShortcut(QKeySequence::Refresh);
    update->setStatusTip(tr("Import the new articles of every feed you follow"));
    QAction *manage = file->addAction(tr("&Manage Feeds…"), this, &MainWindow::showFeeds);
    manage->setStatusTip(tr("See the feeds you follow, their last update and errors"));
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::chooseExport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(
        tr("Save articles or a person's quotes as PDF, web page, Markdown, JSON or CSV"));
    QAction *preview =
        file->addAction(tr("Print Pre&view…"), this, &MainWindow::previewPrint);
    preview->setStatusTip(tr("See the pages of the selected articles before printing"));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printArticles);
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print the selected articles"));
    file->addSeparator();
    m_backupAction =
        file->addAction(tr("&Back Up Archive…"), this, &MainWindow::chooseBackupTarget);
    m_backupAction->setStatusTip(tr("Save a copy of the whole archive to another file"));
    m_restoreAction =
        file->addAction(tr("&Restore from Backup…"), this, &MainWindow::chooseBackupToRestore);
    m_restoreAction->setStatusTip(tr("Replace the archive by a backup copy"));
    m_checkAction = file->addAction(tr("C&heck Archive…"), this, &MainWindow::checkArchive);
    m_checkAction->setStatusTip(tr("Look for damage in the archive and repair what can be"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo of the corrections (merge, rename, split, re-attribute, not a quote).
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_pasteAction =
        edit->addAction(tr("Paste as &New Article"), this, &MainWindow::pasteClipboard);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setStatusTip(tr("Import the copied text of an article"));
    edit->addSeparator();
    // Ctrl+F finds in the article being read, as in a browser or a document viewer; the list's
    // filter has its own key, Ctrl+L ("look up"), shown in its placeholder.
    QAction *find = edit->addAction(tr("&Find in Article…"), m_findBar, &FindBar::open);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious =
        edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *filter = edit->addAction(tr("Fi&lter Articles…"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *searchAction = edit->addAction(tr("&Search Articles…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_saveSearchAction = edit->addAction(QIcon(QStringLiteral(":/icons/search.svg")),
                                         tr("Sa&ve Search…"), this, &MainWindow::askSaveSearch);
    m_saveSearchAction->setStatusTip(tr("Keep this search in the sidebar to run it again"));
    m_saveSearchAction->setEnabled(false);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_markEntitiesAction = view->addAction(tr("&Mark People and Institutions"));
    m_markEntitiesAction->setCheckable(true);
    m_markEntitiesAction->setChecked(m_reader->markEntities());
    m_markEntitiesAction->setStatusTip(
        tr("Colour the people and institutions named in the article"));
    connect(m_markEntitiesAction, &QAction::toggled, this, [this](bool mark) {
        m_reader->setMarkEntities(mark);
        settings::setMarkEntities(mark);
    });
    QAction *panel = m_analysisDock->toggleViewAction();
    panel->setText(tr("&Analysis Panel"));
    panel->setStatusTip(tr("Show the people, institutions and quotes of the article"));
    view->addAction(panel);
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&Correction History"));
    history->setStatusTip(tr("Show the corrections made, to undo or redo several at once"));
    view->addAction(history);
    QAction *sidebar = view->addAction(tr("&Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    view->addSeparator();
    m_quoteSearchAction = view->addAction(QIcon(QStringLiteral(":/icons/search.svg")),
                                          tr("Search &Quotes…"), this,
                                          [this] { openQuoteSearch(); });
    m_quoteSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_quoteSearchAction->setStatusTip(
        tr("Find what officials said: by official, words, institution and period"));
    m_quoteSearchAction->setEnabled(false);
    view->addSeparator();
    m_viewOriginalAction =
        view->addAction(QIcon(QStringLiteral(":/icons/view-original.svg")),
                        tr("View &Original"), this, &MainWindow::showOriginal);
    m_viewOriginalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_viewOriginalAction->setStatusTip(
        tr("Show the article as it was imported: the text or the page source"));
    m_viewOriginalAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kliping"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    m_writingActions = {importFiles, importFolder, importLink,    subscribe,
                        update,      manage,       m_pasteAction, m_exportAction};
    // Switching archives while the worker writes to this one would have to wait for it.
    m_writingActions << newArchive << openArchiveAction << m_recentMenu->menuAction();
    m_writingActions << m_backupAction << m_restoreAction << m_checkAction;
    m_modifyingActions = {importFiles, importFolder, importLink, subscribe,
                          update,      manage,       m_pasteAction, m_restoreAction};
    for (QAction *action : {m_backupAction, m_restoreAction, m_checkAction})
        action->setEnabled(false);

    auto *searchBar = addToolBar(tr("Search"));
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    searchBar->setMovable(false);
    searchBar->setFloatable(false);
    // Words beside the field say what its buttons do (both would show a magnifier).
    searchBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setPlaceholderText(
        tr("Search the archive (%1)").arg(searchAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setMinimumWidth(360);
    m_search->setMaximumWidth(560);
    searchBar->addWidget(m_search);
    searchBar->addAction(m_saveSearchAction);
    searchBar->addSeparator();
    searchBar->addAction(m_quoteSearchAction);
    m_filter->setPlaceholderText(tr("Filter by title or source (%1)")
                                     .arg(filter->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::restoreWindowState() {
    const QSettings s;
    if (!restoreGeometry(s.value(QLatin1String(settings::kWindowGeometry)).toByteArray()))
        resize(kDefaultSize);
    restoreState(s.value(QLatin1String(settings::kWindowState)).toByteArray());
    if (!m_splitter->restoreState(s.value(QLatin1String(settings::kSplitterState)).toByteArray()))
        m_splitter->setSizes({kDefaultSize.height() * 3 / 10, kDefaultSize.height() * 7 / 10});
    if (!m_outerSplitter->restoreState(
            s.value(QLatin1String(settings::kSidebarSplitterState)).toByteArray()))
        m_outerSplitter->setSizes({kDefaultSidebarWidth, kDefaultSize.width()});
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_importer && m_importer->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Import in Progress"),
            tr("An import is still running. Stop it and quit? The articles imported so far stay "
               "in the archive."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importer->cancel();
    }
    if (m_analysisDockAway)
        m_analysisDock->show(); // saved as the user left it, not as a page put it
    QSettings s;
    s.setValue(QLatin1String(settings::kWindowGeometry), saveGeometry());
    s.setValue(QLatin1String(settings::kWindowState), saveState());
    s.setValue(QLatin1String(settings::kSplitterState), m_splitter->saveState());
    s.setValue(QLatin1String(settings::kSidebarSplitterState), m_outerSplitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::openArchive(const QString &path, OnFailure onFailure) {
    auto archive = std::make_unique<archive::Archive>();
    // Another window writing to the archive, or a file this user cannot write: read-only.
    auto lock = std::make_unique<archive::ArchiveLock>();
    QString readOnlyReason;
    if (!isWritable(path))
        readOnlyReason = tr("This archive is read-only: the file cannot be written. You can read "
                            "and search it, but not import or correct.");
    else if (!lock->tryLock(path))
        readOnlyReason =
            tr("This archive is read-only: another Kliping window has it open%1. Close it there "
               "to import or correct here.")
                .arg(lock->holder().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(lock->holder()));
    bool opened = false;
    if (!readOnlyReason.isEmpty())
        opened = archive->open(path, archive::Archive::OpenMode::ReadOnly);
    else if (onFailure == OnFailure::AskForAnother)
        opened = ArchiveChooser::openWithFallback(*archive, path, this);
    else
        opened = archive->open(path);
    if (!opened) {
        m_error = archive->errorString();
        return false;
    }
    // The user may have chosen another file than the one locked.
    if (readOnlyReason.isEmpty() && QFileInfo(archive->path()) != QFileInfo(path) &&
        !lock->tryLock(archive->path()))
        readOnlyReason = tr("This archive is read-only: another Kliping window has it open.");
    m_error.clear();
    // Pages and undo commands name people of the old archive: they go with it.
    closePages();
    m_undoStack->clear();
    m_corrections->setController(nullptr);
    // The worker of an import on the old archive must end before its path goes.
    m_importer.reset();
    auto *oldModel = m_model;
    m_archive = std::move(archive);
    m_lock = std::move(lock);
    m_readOnly = !readOnlyReason.isEmpty() || m_archive->isReadOnly();
    if (m_readOnly && readOnlyReason.isEmpty())
        readOnlyReason = tr("This archive is read-only.");
    m_readOnlyBar->setText(readOnlyReason);
    m_readOnlyBar->setVisible(m_readOnly);
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    showSearchResults(false);
    settings::setLastArchive(m_archive->path());
    settings::addRecentArchive(m_archive->path());
    m_sidebarKind = SidebarModel::AllArticlesKind;
    m_sidebarId = 0;

    m_model = new ArticleListModel(*m_archive, this);
    m_view->setModel(m_model);
    delete oldModel;
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::Interactive);
    const QFontMetrics fm(m_view->font());
    header->resizeSection(ArticleListModel::DateColumn,
                          fm.horizontalAdvance(QStringLiteral("00 Mmm 0000 00.00")) + 24);
    header->resizeSection(ArticleListModel::SourceColumn,
                          fm.horizontalAdvance(QStringLiteral("Tribunnews.com")) + 24);
    m_view->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_model, &ArticleListModel::totalCountChanged, this, &MainWindow::updateArticleCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // After a new sort or filter: keep the article the user reads when it is still listed.
        if (m_shownArticle && m_model->rowOfArticle(m_shownArticle, m_model->rowCount()) >= 0)
            selectArticle(m_shownArticle);
        else
            showEmptyState();
    });
    updateArticleCount(m_model->totalCount());

    m_importer = std::make_unique<ImportController>(m_archive->path());
    m_importer->setUserLexicon(settings::userLexicon());
    m_importer->setReadOnly(m_readOnly);
    connect(m_importer.get(), &ImportController::careFinished, this, &MainWindow::careFinished);
    m_corrections->setController(m_importer.get());
    connect(m_importer.get(), &ImportController::correctionApplied, this,
            &MainWindow::workFinished);
    connect(m_importer.get(), &ImportController::started, this, &MainWindow::importStarted);
    connect(m_importer.get(), &ImportController::progress, this, &MainWindow::importProgressed);
    connect(m_importer.get(), &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_importer.get(), &ImportController::feedsUpdated, this, &MainWindow::feedsUpdated);
    connect(m_importer.get(), &ImportController::feedRemoved, this, &MainWindow::workFinished);
    connect(m_importer.get(), &ImportController::feedRemoved, this, [this] {
        if (m_archive)
            m_sidebarModel->load(m_archive->path());
    });
    connect(m_importer.get(), &ImportController::exported, this, &MainWindow::exportFinished);

    m_sidebarModel->load(m_archive->path());
    refreshSavedSearches();
    {
        const QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentIndex(m_sidebarModel->allArticlesIndex());
    }
    setWindowFilePath(m_archive->path());
    const QString fileName = QFileInfo(m_archive->path()).fileName();
    setWindowTitle(m_readOnly ? tr("%1 (read-only) — Kliping").arg(fileName)
                              : tr("%1 — Kliping").arg(fileName));
    m_quoteSearchAction->setEnabled(true);
    updateActions(true);
    m_shownArticle = 0;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        showEmptyState();
    return true;
}

QString MainWindow::archivePath() const {
    return m_archive ? m_archive->path() : QString();
}

void MainWindow::updateArticleCount(qint64 count) {
    if (!m_model)
        return;
    // "Label: number" needs no plural forms in either language.
    const QLocale locale;
    if (!m_model->isNarrowed())
        m_countLabel->setText(tr("Articles: %1").arg(locale.toString(count)));
    else
        m_countLabel->setText(
            tr("Matching articles: %1 of %2")
                .arg(locale.toString(count), locale.toString(m_archive->articleCount())));
}

void MainWindow::showEmptyState() {
    m_shownArticle = 0;
    m_panel->showNothing();
    if (m_model && m_model->totalCount() == 0 && !m_model->filter().isEmpty()) {
        m_reader->showMessage(tr("No article matches"),
                              tr("No title or source has all the words of the filter."));
    } else if (m_model && m_model->totalCount() > 0) {
        m_reader->showMessage(tr("No article selected"),
                              tr("Choose an article in the list to read it here."));
    } else {
        m_reader->showMessage(
            tr("The archive is empty"),
            tr("Import articles with File ▸ Import Files… or File ▸ Import from Link…, paste "
               "the text of an article with Edit ▸ Paste as New Article, or drop files and "
               "folders of saved article text onto this window."));
    }
}

void MainWindow::showCurrentArticle() {
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->articleId(current.row()) : 0;
    if (!id || !m_archive) {
        showEmptyState();
        return;
    }
    if (id == m_shownArticle)
        return;
    showArticleById(id);
}

void MainWindow::showArticleById(qint64 id) {
    const auto stored = m_archive->article(id);
    if (!stored) {
        m_reader->showMessage(tr("The article cannot be shown"), m_archive->errorString());
        m_viewOriginalAction->setEnabled(false);
        return;
    }
    m_shownArticle = id;
    // The analysis comes with the article: the reader marks it and the panel lists it; the
    // names it knows become links to their pages, and the same story elsewhere is linked.
    const analysis::Analysis analysis = m_archive->analysisOf(id);
    const archive::ArticleEntities entities = archive::EntityQueries(*m_archive).entitiesOf(id);
    ArticleLinks links;
    links.people = entities.people;
    links.institutions = entities.institutions;
    for (const archive::ArticleSummary &other : m_archive->nearDuplicates(id))
        links.alsoPublished << RelatedArticle{other.id, other.title, other.source, other.published};
    m_reader->showArticle(stored->article, analysis, links);
    m_panel->setColours(ArticleHtml::Colours::forPalette(m_reader->palette()));
    m_panel->showAnalysis(analysis, links);
    m_viewOriginalAction->setEnabled(true);
}

void MainWindow::showArticleAt(qint64 articleId, qsizetype start, qsizetype end) {
    if (!m_archive || !m_model || articleId <= 0)
        return;
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_splitter));
    if (isSearching()) {
        // Among the results: shown there; else back to the whole list.
        const QList<archive::ArticleHit> &hits = m_results->hits();
        int row = -1;
        for (int i = 0; i < hits.size() && row < 0; ++i) {
            if (hits.at(i).id == articleId)
                row = i;
        }
        if (row >= 0) {
            m_resultsView->setCurrentIndex(m_results->index(row, 0));
            if (m_shownArticle != articleId)
                showArticleById(articleId);
            if (start >= 0 && end > start)
                m_reader->selectBodyRange(start, end);
            m_reader->setFocus(Qt::OtherFocusReason);
            return;
        }
        clearSearch();
    }
    if (m_model->rowOfArticle(articleId) < 0 && m_model->isNarrowed()) {
        // The list hides it: show the whole archive again rather than an article not listed.
        m_filterDelay->stop();
        {
            const QSignalBlocker blocker(m_filter);
            m_filter->clear();
        }
        m_sidebar->setCurrentIndex(m_sidebarModel->allArticlesIndex());
        m_model->setFilter(QString());
        m_model->setScope({});
    }
    selectArticle(articleId);
    if (m_shownArticle != articleId)
        showArticleById(articleId);
    if (start >= 0 && end > start)
        m_reader->selectBodyRange(start, end);
    m_reader->setFocus(Qt::OtherFocusReason);
}

void MainWindow::sidebarChanged(const QModelIndex &current) {
    if (!m_model || !current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(SidebarModel::NameColumn);
    const int kind = name.data(SidebarModel::KindRole).toInt();
    const qint64 id = name.data(SidebarModel::IdRole).toLongLong();
    archive::ArticleScope scope;
    switch (kind) {
    case SidebarModel::AllArticlesKind:
        break;
    case SidebarModel::SourceKind:
        scope.sourceId = id;
        break;
    case SidebarModel::FeedKind:
        scope.feedId = id;
        break;
    default:
        // People and institutions open pages (sidebarActivated); groups narrow nothing.
        return;
    }
    m_sidebarKind = kind;
    m_sidebarId = id;
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_splitter));
    if (isSearching()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        showSearchResults(false);
    }
    m_model->setScope(scope);
    updateArticleCount(m_model->totalCount());
}

void MainWindow::sidebarActivated(const QModelIndex &index) {
    const QModelIndex name = index.siblingAtColumn(SidebarModel::NameColumn);
    const int kind = name.data(SidebarModel::KindRole).toInt();
    const qint64 id = name.data(SidebarModel::IdRole).toLongLong();
    if (kind == SidebarModel::PersonKind)
        openPersonPage(id);
    else if (kind == SidebarModel::InstitutionKind)
        openInstitutionPage(id);
    else if (kind == SidebarModel::GroupKind && id == SidebarModel::FeedKind)
        showFeeds();
    else if (kind == SidebarModel::SavedSearchKind) {
        const QString query = name.data(SidebarModel::QueryRole).toString();
        m_search->setText(query);
        runSearch(query);
    }
    else if (kind != SidebarModel::GroupKind)
        sidebarChanged(index);
}

void MainWindow::sidebarLoaded() {
    // The reload replaced the rows: find the user's choice again.
    const QModelIndex current = m_sidebarKind == SidebarModel::AllArticlesKind
                                    ? m_sidebarModel->allArticlesIndex()
                                    : m_sidebarModel->find(SidebarModel::Kind(m_sidebarKind),
                                                           m_sidebarId);
    const QSignalBlocker blocker(m_sidebar->selectionModel());
    if (current.isValid())
        m_sidebar->setCurrentIndex(current);
    for (auto kind : {SidebarModel::SourceKind, SidebarModel::InstitutionKind,
                      SidebarModel::PersonKind, SidebarModel::FeedKind})
        m_sidebar->expand(m_sidebarModel->groupIndex(kind));
}

int MainWindow::addPage(QWidget *page, const QString &title, const QString &icon) {
    const int index = m_tabs->addTab(page, QIcon(icon), title);
    m_tabs->setTabToolTip(index, title);
    m_tabs->setCurrentIndex(index);
    return index;
}

PersonPage *MainWindow::openPersonPage(qint64 personId) {
    if (!m_archive || personId <= 0)
        return nullptr;
    const qint64 current = archive::EntityQueries(*m_archive).currentPerson(personId);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<PersonPage *>(m_tabs->widget(i));
        if (page && page->personId() == current) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    const PageContext context{m_archive.get(), m_corrections, m_undoStack, m_readOnly};
    auto *page = new PersonPage(context, current ? current : personId);
    connect(page, &PersonPage::articleRequested, this, &MainWindow::showArticleAt);
    connect(page, &PersonPage::institutionRequested, this, &MainWindow::openInstitutionPage);
    connect(page, &PersonPage::personRequested, this, &MainWindow::openPersonPage);
    connect(page, &PersonPage::titleChanged, this, [this, page](const QString &title) {
        const int index = m_tabs->indexOf(page);
        m_tabs->setTabText(index, title);
        m_tabs->setTabToolTip(index, title);
    });
    addPage(page, page->exists() ? page->personName() : tr("Person"),
            QStringLiteral(":/icons/person.svg"));
    return page;
}

InstitutionPage *MainWindow::openInstitutionPage(qint64 institutionId) {
    if (!m_archive || institutionId <= 0)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<InstitutionPage *>(m_tabs->widget(i));
        if (page && page->institutionId() == institutionId) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    const PageContext context{m_archive.get(), m_corrections, m_undoStack, m_readOnly};
    auto *page = new InstitutionPage(context, institutionId);
    connect(page, &InstitutionPage::articleRequested, this, &MainWindow::showArticleAt);
    connect(page, &InstitutionPage::institutionRequested, this,
            &MainWindow::openInstitutionPage);
    connect(page, &InstitutionPage::personRequested, this, &MainWindow::openPersonPage);
    connect(page, &InstitutionPage::titleChanged, this, [this, page](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(page), title);
    });
    addPage(page, page->institutionName(), QStringLiteral(":/icons/institution.svg"));
    return page;
}

void MainWindow::closePages() {
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *page = m_tabs->widget(i);
        if (page != m_splitter) {
            m_tabs->removeTab(i);
            delete page;
        }
    }
}

void MainWindow::correctionApplied(qint64 correctionId, const QString &error) {
    if (!correctionId && !error.isEmpty())
        showResult(QStringLiteral("correctionResult"), true, tr("Correction Failed"),
                   tr("The correction could not be made: %1").arg(error));
    // What the correction changed shows everywhere: the pages, the article read, the sidebar.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *person = qobject_cast<PersonPage *>(m_tabs->widget(i)))
            person->reload();
        else if (auto *institution = qobject_cast<InstitutionPage *>(m_tabs->widget(i)))
            institution->reload();
        else if (auto *quotes = qobject_cast<QuoteSearchPage *>(m_tabs->widget(i)))
            quotes->reload();
    }
    if (m_shownArticle)
        showArticleById(m_shownArticle);
    if (m_archive)
        m_sidebarModel->load(m_archive->path());
}

bool MainWindow::switchArchive(const QString &path) {
    if (path.isEmpty())
        return false;
    if ((m_importer && m_importer->isRunning()) || m_corrections->isBusy()) {
        showResult(QStringLiteral("archiveBusy"), true, tr("Archive in Use"),
                   tr("An import or a correction is still being written to this archive. Wait "
                      "for it to finish, then open the other archive."));
        return false;
    }
    if (m_archive && QFileInfo(path) == QFileInfo(m_archive->path()))
        return true;
    if (!openArchive(path)) {
        showResult(QStringLiteral("archiveResult"), true, tr("Cannot Open Archive"),
                   tr("The archive %1 cannot be opened: %2")
                       .arg(QDir::toNativeSeparators(path), m_error));
        return false;
    }
    return true;
}

void MainWindow::chooseArchiveToOpen() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Archive"), QFileInfo(archivePath()).absolutePath(),
        tr("Kliping archives (*.sqlite);;All files (*)"));
    switchArchive(path);
}

void MainWindow::chooseNewArchive() {
    QFileDialog dialog(this, tr("New Archive"), QFileInfo(archivePath()).absolutePath(),
                       tr("Kliping archives (*.sqlite)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    // An archive is never overwritten: naming an existing one opens it.
    switchArchive(path);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = settings::recentArchives();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        // &1 … &5: the usual keyboard access of a recent-files menu.
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)), this,
            [this, path] { switchArchive(path); });
        action->setData(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent archives"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        settings::clearRecentArchives();
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::showOriginal() {
    if (!m_archive || !m_shownArticle)
        return;
    const auto stored = m_archive->article(m_shownArticle);
    if (!stored)
        return;
    auto *dialog = new OriginalDialog(*stored, this);
    dialog->setObjectName(QStringLiteral("originalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::selectArticle(qint64 id) {
    const int row = m_model->rowOfArticle(id);
    if (row < 0) {
        showEmptyState();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    showCurrentArticle();
}

void MainWindow::chooseFilesToImport() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Article text (*.txt *.text);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolderToImport() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

bool MainWindow::startOrSayBusy(bool started) {
    if (!started)
        QMessageBox::information(this, tr("Import in Progress"),
                                 tr("Another import or feed update is still running. Wait for it "
                                    "to finish, then try again."));
    return started;
}

void MainWindow::importPaths(const QStringList &paths) {
    if (!m_importer || paths.isEmpty())
        return;
    if (m_readOnly) {
        showResult(QStringLiteral("readOnlyResult"), true, tr("Archive Is Read-Only"),
                   m_readOnlyBar->text());
        return;
    }
    startOrSayBusy(m_importer->importPaths(paths));
}

void MainWindow::chooseLinksToImport() {
    LinkImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        importLinks(dialog.links());
}

void MainWindow::importLinks(const QStringList &links) {
    // The worker's importer fetches links itself: the same path, progress and report as files.
    importPaths(links);
}

void MainWindow::pasteClipboard() {
    pasteAsNewArticle(QGuiApplication::clipboard()->mimeData());
}

void MainWindow::pasteAsNewArticle(const QMimeData *mime) {
    if (!m_importer || m_readOnly)
        return;
    const QString text = clipboardtext::fromMimeData(mime);
    if (text.isEmpty()) {
        showResult(QStringLiteral("pasteResult"), true, tr("Nothing to Paste"),
                   tr("The clipboard holds no text. Copy the text of an article (its title, then "
                      "its paragraphs) in the browser, then choose Paste as New Article again."));
        return;
    }
    // The origin names the paste in the report and the archive: when it came, not from where.
    const QString origin =
        tr("Pasted text (%1)")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    startOrSayBusy(m_importer->importText(text, origin));
}

void MainWindow::chooseFeedToSubscribe() {
    SubscribeFeedDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.location().isEmpty())
        subscribeToFeed(dialog.location());
}

void MainWindow::subscribeToFeed(const QString &location) {
    if (m_importer && !m_readOnly && !location.isEmpty())
        startOrSayBusy(m_importer->subscribeFeed(location));
}

void MainWindow::updateFeeds() {
    if (!m_importer || !m_archive || m_readOnly)
        return;
    if (m_archive->feeds().isEmpty()) {
        showResult(QStringLiteral("feedResult"), false, tr("No Feeds"),
                   tr("You follow no feeds yet. Subscribe to one with File ▸ Subscribe to "
                      "Feed…"));
        return;
    }
    startOrSayBusy(m_importer->updateFeeds());
}

void MainWindow::showFeeds() {
    if (!m_archive)
        return;
    auto *dialog = new FeedsDialog(*m_archive, m_importer.get(), this);
    dialog->setObjectName(QStringLiteral("feedsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads through this archive connection and uses the controller: it must close
    // before another archive replaces them.
    connect(m_importer.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the drag source should not wait for the import to start.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths); });
}

void MainWindow::importStarted() {
    updateActions(false);
    // Removing a feed or a correction is a moment's work: no progress to show.
    if (m_importer->task() == ImportController::Task::RemoveFeed ||
        m_importer->task() == ImportController::Task::Correction)
        return;
    switch (m_importer->task()) {
    case ImportController::Task::Backup:
        statusBar()->showMessage(tr("Backing up the archive…"));
        return;
    case ImportController::Task::Check:
        statusBar()->showMessage(tr("Checking the archive…"));
        return;
    case ImportController::Task::Repair:
        statusBar()->showMessage(tr("Repairing the archive…"));
        return;
    default:
        break;
    }
    const bool feeds = m_importer->task() == ImportController::Task::Feeds;
    const bool exporting = m_importer->task() == ImportController::Task::Export;
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumWidth(460);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (!m_importer)
                return;
            m_importer->cancel();
            m_progress->setLabelText(m_importer->task() == ImportController::Task::Feeds
                                         ? tr("Stopping after the current feed…")
                                         : tr("Stopping after the current file…"));
        });
    }
    m_progress->setWindowTitle(exporting ? tr("Exporting")
                               : feeds   ? tr("Updating Feeds")
                                         : tr("Importing"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setLabelText(exporting ? tr("Laying out the pages…")
                             : feeds   ? tr("Reading the feeds…")
                                       : tr("Reading the files…"));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setValue(0);
}

void MainWindow::importProgressed(int done, int total, const QString &current) {
    if (!m_progress || m_progress->wasCanceled())
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (m_importer && m_importer->task() == ImportController::Task::Export) {
        m_progress->setLabelText(tr("Exporting… %1%").arg(total > 0 ? done * 100 / total : 0));
        return;
    }
    if (!current.isEmpty()) {
        // A link is shown whole (its last part alone says little); a file by its name.
        const QString shown = ingest::UrlFetcher::isFetchableUrl(current)
                                  ? current
                                  : QFileInfo(current).fileName();
        const QString name =
            m_progress->fontMetrics().elidedText(shown, Qt::ElideMiddle, 400);
        m_progress->setLabelText(m_importer &&
                                         m_importer->task() == ImportController::Task::Feeds
                                     ? tr("Updating feed %1 of %2: %3")
                                           .arg(done + 1)
                                           .arg(total)
                                           .arg(name)
                                     : tr("Importing %1 of %2: %3")
                                           .arg(done + 1)
                                           .arg(total)
                                           .arg(name));
    }
}

void MainWindow::workFinished() {
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    updateActions(true);
}

void MainWindow::updateActions(bool idle) {
    const bool open = m_archive != nullptr;
    for (QAction *action : std::as_const(m_writingActions))
        action->setEnabled(idle);
    for (QAction *action : {m_backupAction, m_restoreAction, m_checkAction})
        action->setEnabled(idle && open);
    if (m_readOnly) {
        for (QAction *action : std::as_const(m_modifyingActions))
            action->setEnabled(false);
    }
}

void MainWindow::showResult(const QString &objectName, bool problems, const QString &title,
                            const QString &text, const QString &details) {
    // Not exec(): the window goes on (and tests go on) while the result is shown.
    auto *box = new QMessageBox(problems ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

void MainWindow::importFinished(const archive::ImportReport &report) {
    workFinished();
    const ImportSummary summary(report);
    if (m_archive)
        m_sidebarModel->load(m_archive->path());
    if (m_model) {
        m_model->refresh();
        if (summary.firstKnownId)
            selectArticle(summary.firstKnownId);
    }
    showResult(QStringLiteral("importResult"), summary.hasProblems(),
               report.cancelled ? tr("Import Cancelled") : tr("Import Finished"), summary.text(),
               summary.hasProblems() ? summary.details() : QString());
}

void MainWindow::feedsUpdated(const FeedUpdateReport &report) {
    workFinished();
    const FeedUpdateSummary summary(report);
    if (m_archive)
        m_sidebarModel->load(m_archive->path());
    if (m_model) {
        m_model->refresh();
        if (summary.firstImportedId)
            selectArticle(summary.firstImportedId);
    }
    showResult(QStringLiteral("feedResult"), summary.hasProblems(),
               report.cancelled ? tr("Feed Update Cancelled") : tr("Feeds Updated"),
               summary.text(), summary.details());
}

QList<qint64> MainWindow::selectedArticleIds() const {
    QList<qint64> ids;
    if (!m_model || !m_view->selectionModel())
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const qint64 id = m_model->articleId(row.row()))
            ids << id;
    }
    return ids;
}

QList<qint64> MainWindow::articlesToPrint() const {
    QList<qint64> ids = selectedArticleIds();
    if (ids.isEmpty() && m_shownArticle)
        ids << m_shownArticle;
    return ids;
}

void MainWindow::chooseExport() {
    chooseExportFor(QString());
}

void MainWindow::chooseExportFor(const QString &personName) {
    if (!m_archive || !m_importer)
        return;
    // The people of the article being read whom the archive knows: candidates for a dossier.
    QList<QPair<QString, qint64>> people;
    if (m_shownArticle) {
        const archive::PeopleDirectory directory(*m_archive);
        for (const analysis::Person &p : m_archive->analysisOf(m_shownArticle).people) {
            const auto matches = directory.find(p.name, 1);
            // Listed under the name the panel shows, so the panel's choice finds it.
            if (!matches.isEmpty() && !people.contains({p.name, matches.first().id}))
                people.append({p.name, matches.first().id});
        }
    }
    const QList<qint64> selected = selectedArticleIds();
    ExportDialog dialog(m_shownArticle != 0, int(selected.size()), people, this);
    for (const auto &p : std::as_const(people)) {
        if (!personName.isEmpty() && p.first == personName)
            dialog.setWhat(ExportRequest::What::Person, p.second);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    QString title;
    if (request.what == ExportRequest::What::Person) {
        title = tr("Dossier %1").arg(request.personName);
    } else if (request.what == ExportRequest::What::Current || selected.size() == 1) {
        const auto stored = m_archive->article(request.what == ExportRequest::What::Current
                                                   ? m_shownArticle
                                                   : selected.first());
        title = stored ? stored->article.title : QString();
    } else {
        title = tr("Kliping %1 articles").arg(selected.size());
    }
    const QString extension = exporting::extensionOf(request.options.format);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(exporting::safeFileName(title, extension));
    const QString filter = tr("%1 files (*.%2)").arg(extension.toUpper(), extension);
    // The file dialog asks before replacing a file: its yes is the user's consent.
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extension;
    exportTo(request, path, true);
}

bool MainWindow::exportTo(const ExportRequest &request, const QString &path, bool overwrite) {
    if (!m_importer)
        return false;
    exporting::ExportOptions options = request.options;
    options.locale = QLocale();
    switch (request.what) {
    case ExportRequest::What::Person:
        return startOrSayBusy(m_importer->exportDossier(request.personId, request.words,
                                                        request.period, path, options, overwrite));
    case ExportRequest::What::Current:
        if (!m_shownArticle)
            return false;
        return startOrSayBusy(m_importer->exportArticles({m_shownArticle}, path, options, overwrite));
    case ExportRequest::What::Selection:
        return startOrSayBusy(
            m_importer->exportArticles(articlesToPrint(), path, options, overwrite));
    }
    return false;
}

void MainWindow::exportFinished(const exporting::ExportResult &result) {
    workFinished();
    if (std::exchange(m_printing, false)) {
        if (!result.ok)
            showResult(QStringLiteral("printResult"), !result.cancelled,
                       result.cancelled ? tr("Printing Cancelled") : tr("Printing Failed"),
                       result.error.isEmpty() ? tr("Nothing was printed.") : result.error);
        else
            statusBar()->showMessage(tr("Sent %n page(s) to the printer.", nullptr, result.pages),
                                     8000);
        return;
    }
    if (result.cancelled) {
        showResult(QStringLiteral("exportResult"), false, tr("Export Cancelled"), result.error);
        return;
    }
    if (!result.ok) {
        showResult(QStringLiteral("exportResult"), true, tr("Export Failed"), result.error);
        return;
    }
    QString text = result.pages > 0
                       ? tr("Saved %1 (%n page(s)).", nullptr, result.pages)
                             .arg(QDir::toNativeSeparators(result.path))
                       : tr("Saved %1.").arg(QDir::toNativeSeparators(result.path));
    statusBar()->showMessage(text, 8000);
    showResult(QStringLiteral("exportResult"), !result.missing.isEmpty(), tr("Export Finished"),
               text);
}

namespace {

// Prints or previews with the export's layout: full-page mode, so the layout's own margins
// hold on any printer.
exporting::PrintJob printJobFor(const archive::Archive &archive, const QList<qint64> &ids,
                                const exporting::PdfExporter &exporter) {
    return exporter.articlesJob(exporting::loadArticles(archive, ids));
}

} // namespace

void MainWindow::printArticles() {
    const QList<qint64> ids = articlesToPrint();
    if (!m_archive || !m_importer || ids.isEmpty())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    exporting::ExportOptions options;
    options.locale = QLocale();
    // Laid out and painted on the worker, like an export: the window stays responsive.
    m_printing = startOrSayBusy(m_importer->printArticles(printer, ids, options));
}

void MainWindow::previewPrint() {
    const QList<qint64> ids = articlesToPrint();
    if (!m_archive || ids.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    exporting::ExportOptions options;
    options.locale = QLocale();
    const exporting::PdfExporter exporter(options);
    const exporting::PrintJob job = printJobFor(*m_archive, ids, exporter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&exporter, &job](QPrinter *p) { exporter.paint(p, job); });
    preview.exec();
}

void MainWindow::offerSampleArticle() {
    if (!m_archive || !m_importer || m_readOnly || m_archive->articleCount() > 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Kliping"),
        tr("The archive is empty. Import a sample news article to see how Kliping shows it?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QFile sample(QStringLiteral(":/samples/sample-article.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        return;
    m_importer->importText(QString::fromUtf8(sample.readAll()), tr("Kliping sample article"));
}

void MainWindow::showPreferences() {
    SettingsDialog dialog(archivePath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    m_reader->setBodyFontSize(dialog.readerFontSize());
    if (m_importer)
        m_importer->setUserLexicon(dialog.userLexicon());
    if (!dialog.archivePath().isEmpty())
        switchArchive(dialog.archivePath());
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Kliping"),
        tr("<h3>Kliping %1</h3>"
           "<p>A desktop archive of Indonesian institutional news: keep articles from police, "
           "city halls, ministries and regional parliaments in one place, read them and find "
           "who said what.</p>"
           "<p>Archive: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QDir::toNativeSeparators(archivePath()).toHtmlEscaped()));
}

bool MainWindow::isSearching() const {
    return m_listStack->currentWidget() == m_resultsView;
}

void MainWindow::showSearchResults(bool results) {
    m_listStack->setCurrentWidget(results ? static_cast<QWidget *>(m_resultsView) : m_view);
    // The filter narrows the archive's list, not the results: it steps aside while they show.
    m_filter->setVisible(!results);
    if (!results) {
        m_searchQuery.clear();
        m_results->clear();
        m_searchMessage->hide();
    }
    m_saveSearchAction->setEnabled(results && !m_searchQuery.isEmpty());
}

void MainWindow::runSearch(const QString &text) {
    const QString query = text.trimmed();
    if (!m_archive)
        return;
    if (query.isEmpty()) {
        clearSearch();
        return;
    }
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_splitter));
    const archive::Search search(*m_archive);
    const archive::SearchResults<archive::ArticleHit> results =
        search.articles(query, kSearchResults);
    if (!results.ok()) {
        // The list stays as it was; the message says what to change.
        m_searchMessage->setText(tr("The search cannot run: %1").arg(results.error));
        m_searchMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_searchMessage->show();
        statusBar()->showMessage(m_searchMessage->text(), 8000);
        return;
    }
    m_searchQuery = query;
    m_results->setHits(results.hits);
    showSearchResults(true);
    const qint64 total = search.countArticles(query);
    const QLocale locale;
    QString message =
        results.hits.isEmpty()
            ? tr("No article matches “%1”. Esc returns to all articles.").arg(query)
            : total > results.hits.size()
                  ? tr("Articles found: %1; the best %2 are listed. Esc returns to all articles.")
                        .arg(locale.toString(total), locale.toString(results.hits.size()))
                  : tr("Articles found: %1. Esc returns to all articles.")
                        .arg(locale.toString(total));
    if (!results.warnings.isEmpty())
        message += u' ' + results.warnings.join(u' ');
    m_searchMessage->setStyleSheet({});
    m_searchMessage->setText(message);
    m_searchMessage->show();
    statusBar()->clearMessage();
    if (!results.hits.isEmpty())
        m_resultsView->setCurrentIndex(m_results->index(0, 0));
    else
        showEmptyState();
}

void MainWindow::clearSearch() {
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    const bool was = isSearching();
    showSearchResults(false);
    if (was && m_shownArticle && m_model)
        selectArticle(m_shownArticle);
}

void MainWindow::askSaveSearch() {
    if (m_searchQuery.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Search"), tr("A name for the search “%1”:").arg(m_searchQuery),
        QLineEdit::Normal, m_searchQuery, &ok);
    if (ok)
        saveSearch(name);
}

void MainWindow::saveSearch(const QString &name) {
    if (!m_archive || m_searchQuery.isEmpty() || name.simplified().isEmpty())
        return;
    SavedSearches(m_archive->path()).save(name, m_searchQuery);
    refreshSavedSearches();
    statusBar()->showMessage(tr("Search saved as “%1”.").arg(name.simplified()), 5000);
}

void MainWindow::removeSavedSearch(const QString &name) {
    if (!m_archive)
        return;
    SavedSearches(m_archive->path()).remove(name);
    refreshSavedSearches();
}

void MainWindow::refreshSavedSearches() {
    QList<QPair<QString, QString>> searches;
    if (m_archive) {
        for (const SavedSearch &search : SavedSearches(m_archive->path()).all())
            searches.append({search.name, search.query});
    }
    m_sidebarModel->setSavedSearches(searches);
    m_sidebar->expand(m_sidebarModel->groupIndex(SidebarModel::SavedSearchesKind));
}

void MainWindow::showSidebarMenu(const QPoint &pos) {
    const QModelIndex index =
        m_sidebar->indexAt(pos).siblingAtColumn(SidebarModel::NameColumn);
    if (index.data(SidebarModel::KindRole).toInt() != SidebarModel::SavedSearchKind)
        return;
    const QString name = index.data(Qt::DisplayRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Run Search"), this, [this, index] { sidebarActivated(index); });
    menu.addAction(tr("&Remove Saved Search"), this, [this, name] { removeSavedSearch(name); });
    menu.exec(m_sidebar->viewport()->mapToGlobal(pos));
}

QuoteSearchPage *MainWindow::openQuoteSearch() {
    if (!m_archive)
        return nullptr;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<QuoteSearchPage *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            page->focusOfficial();
            return page;
        }
    }
    const PageContext context{m_archive.get(), m_corrections, m_undoStack, m_readOnly};
    auto *page = new QuoteSearchPage(context);
    page->setReadOnly(m_readOnly);
    connect(page, &QuoteSearchPage::articleRequested, this, &MainWindow::showArticleAt);
    addPage(page, tr("Quotes"), QStringLiteral(":/icons/search.svg"));
    page->focusOfficial();
    return page;
}

void MainWindow::chooseBackupTarget() {
    if (!m_archive)
        return;
    const QFileInfo info(m_archive->path());
    const QString suggested = info.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.sqlite")
            .arg(info.completeBaseName(),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back Up Archive"), suggested, tr("Kliping archives (*.sqlite)"));
    if (!target.isEmpty())
        backUpTo(target);
}

bool MainWindow::backUpTo(const QString &target) {
    if (!m_importer || target.isEmpty())
        return false;
    if (QFileInfo(target) == QFileInfo(m_archive->path())) {
        showResult(QStringLiteral("backupResult"), true, tr("Backup Failed"),
                   tr("A backup cannot replace the archive itself. Choose another file."));
        return false;
    }
    return startOrSayBusy(m_importer->backup(target));
}

void MainWindow::chooseBackupToRestore() {
    if (!m_archive || m_readOnly)
        return;
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore from Backup"), QFileInfo(m_archive->path()).absolutePath(),
        tr("Kliping archives (*.sqlite);;All files (*)"));
    if (backup.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the archive %1 by the backup %2? Everything imported or corrected since the "
           "backup is replaced; the archive as it is now is kept beside it as a .bak file.")
            .arg(QDir::toNativeSeparators(m_archive->path()), QDir::toNativeSeparators(backup)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreFrom(backup);
}

void MainWindow::closeArchive() {
    closePages();
    m_undoStack->clear();
    m_corrections->setController(nullptr);
    m_importer.reset();
    m_sidebarModel->waitForWorker();
    showSearchResults(false);
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_shownArticle = 0;
    m_panel->showNothing();
    m_reader->showMessage(tr("No archive is open"), QString());
    m_viewOriginalAction->setEnabled(false);
    m_quoteSearchAction->setEnabled(false);
    m_archive.reset();
    m_lock.reset();
}

bool MainWindow::restoreFrom(const QString &backupPath) {
    if (!m_archive || backupPath.isEmpty())
        return false;
    if (m_readOnly) {
        showResult(QStringLiteral("restoreResult"), true, tr("Archive Is Read-Only"),
                   m_readOnlyBar->text());
        return false;
    }
    if ((m_importer && m_importer->isRunning()) || m_corrections->isBusy()) {
        showResult(QStringLiteral("archiveBusy"), true, tr("Archive in Use"),
                   tr("An import or a correction is still being written to this archive. Wait "
                      "for it to finish, then restore."));
        return false;
    }
    const QString path = m_archive->path();
    closeArchive();
    QString error;
    const bool restored = archive::ArchiveCare::restore(backupPath, path, &error);
    // Restored or not, the archive at its place opens again.
    const bool reopened = openArchive(path);
    if (!restored) {
        showResult(QStringLiteral("restoreResult"), true, tr("Restore Failed"),
                   tr("The backup %1 was not restored: %2 The archive is as it was.")
                       .arg(QDir::toNativeSeparators(backupPath), error));
        return false;
    }
    if (!reopened) {
        showResult(QStringLiteral("restoreResult"), true, tr("Restore Failed"),
                   tr("The backup was restored but cannot be opened: %1").arg(m_error));
        return false;
    }
    showResult(QStringLiteral("restoreResult"), false, tr("Archive Restored"),
               tr("The archive is now the backup %1 (%2 articles). The archive as it was is "
                  "kept beside it as a .bak file.")
                   .arg(QDir::toNativeSeparators(backupPath),
                        QLocale().toString(m_archive->articleCount())));
    return true;
}

bool MainWindow::checkArchive() {
    return m_importer && startOrSayBusy(m_importer->check());
}

bool MainWindow::repairArchive() {
    return m_importer && !m_readOnly && startOrSayBusy(m_importer->repair());
}

void MainWindow::careFinished(ImportController::Task task, const QString &error,
                              const archive::CheckReport &report) {
    workFinished();
    statusBar()->clearMessage();
    if (task == ImportController::Task::Backup) {
        if (error.isEmpty())
            showResult(QStringLiteral("backupResult"), false, tr("Backup Made"),
                       tr("The archive was copied. Keep the copy on another disk to be safe."));
        else
            showResult(QStringLiteral("backupResult"), true, tr("Backup Failed"),
                       tr("The backup could not be made: %1").arg(error));
        return;
    }
    if (task == ImportController::Task::Repair && m_archive) {
        m_sidebarModel->load(m_archive->path());
        if (m_model)
            m_model->refresh();
    }
    QString text;
    if (!error.isEmpty())
        text = tr("The repair failed: %1").arg(error) + QStringLiteral("\n\n");
    if (report.ok())
        text += task == ImportController::Task::Repair
                    ? tr("The archive was repaired: no problem is left.")
                    : tr("No problems found: the archive is in good order.");
    else
        text += tr("Problems found:") + QStringLiteral("\n• ") +
                report.problems.join(QStringLiteral("\n• "));
    auto *box = new QMessageBox(report.ok() && error.isEmpty() ? QMessageBox::Information
                                                               : QMessageBox::Warning,
                                tr("Check Archive"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("checkResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!report.notes.isEmpty())
        box->setInformativeText(report.notes.join(QLatin1Char('\n')));
    if (!report.ok() && task == ImportController::Task::Check && !m_readOnly) {
        QPushButton *repair = box->addButton(tr("&Repair"), QMessageBox::AcceptRole);
        repair->setObjectName(QStringLiteral("repairButton"));
        connect(repair, &QPushButton::clicked, this, [this] { repairArchive(); });
    }
    box->open();
}

} // namespace kliping::gui
