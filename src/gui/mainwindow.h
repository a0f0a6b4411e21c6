// The main window of Kliping: a sidebar (all articles, sources, institutions, people, feeds), the
// article list with a filter, the selected article in the reader (with a find bar), what its
// analysis found in a panel beside it, person and institution pages in tabs, the corrections with
// undo and redo, the import of files, folders, links, pasted text and feeds, and the export (PDF,
// HTML, Markdown, JSON, CSV) and printing of articles and dossiers — all writing and exporting
// on a worker while the window stays responsive. A search field (Ctrl+K) turns the list into
// search results; saved searches sit in the sidebar; quotes are searched in their own tab. The
// archive is backed up, restored and checked from the File menu. An archive another window holds
// (its lock) or a file that cannot be written opens read-only, with every writing action disabled.
#pragma once

#include "archive/archive.h"
#include "archive/archivecare.h"
#include "archive/archivelock.h"
#include "importcontroller.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMimeData;
class QLineEdit;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QMenu;
class QTabWidget;
class QTimer;
class QTreeView;
class QUndoStack;

namespace kliping::archive {
struct ImportReport;
}
namespace kliping::exporting {
struct ExportResult;
}

namespace kliping::gui {

class AnalysisPanel;
class ArticleListModel;
class ArticleReader;
class FindBar;
class CorrectionRunner;
class ImportController;
class InstitutionPage;
class PersonPage;
class QuoteSearchPage;
class SearchResultsModel;
class SidebarModel;
struct ExportRequest;
struct FeedUpdateReport;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class OnFailure { Report, AskForAnother };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the archive for the window (its own reader connection). With AskForAnother, a user
    // who cannot open it is asked for another file; false means none was opened (errorString()).
    bool openArchive(const QString &path, OnFailure onFailure = OnFailure::Report);
    QString errorString() const { return m_error; }
    QString archivePath() const;

    // The parts a user looks at, for tests.
    ArticleListModel *articleListModel() const { return m_model; }
    QTreeView *articleView() const { return m_view; }
    ArticleReader *reader() const { return m_reader; }
    QLineEdit *filterEdit() const { return m_filter; }
    ImportController *importController() const { return m_importer.get(); }
    AnalysisPanel *analysisPanel() const { return m_panel; }
    QDockWidget *analysisDock() const { return m_analysisDock; }
    FindBar *findBar() const { return m_findBar; }
    QAction *markEntitiesAction() const { return m_markEntitiesAction; }
    QAction *pasteArticleAction() const { return m_pasteAction; }
    QTreeView *sidebar() const { return m_sidebar; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    QTabWidget *pageTabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CorrectionRunner *correctionRunner() const { return m_corrections; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *viewOriginalAction() const { return m_viewOriginalAction; }
    QMenu *recentArchivesMenu() const { return m_recentMenu; }
    // The article shown in the reader, 0 for none.
    qint64 shownArticle() const { return m_shownArticle; }
    QAction *exportAction() const { return m_exportAction; }
    // The articles selected in the list, in list order.
    QList<qint64> selectedArticleIds() const;
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchMessage() const { return m_searchMessage; }
    SearchResultsModel *searchResults() const { return m_results; }
    QTreeView *searchResultsView() const { return m_resultsView; }
    // The list shows search results (not the archive's articles).
    bool isSearching() const;
    QAction *saveSearchAction() const { return m_saveSearchAction; }
    QAction *quoteSearchAction() const { return m_quoteSearchAction; }
    QAction *backupAction() const { return m_backupAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    QAction *checkAction() const { return m_checkAction; }
    // Every action that writes to the archive (disabled when it is read-only).
    QList<QAction *> modifyingActions() const { return m_modifyingActions; }
    bool isReadOnly() const { return m_readOnly; }
    QLabel *readOnlyBar() const { return m_readOnlyBar; }

public slots:
    // What File > Import and a drop do once the user has named the files.
    void importPaths(const QStringList &paths);
    // What File > Import from Link does once the user has given the links.
    void importLinks(const QStringList &links);
    // Edit > Paste as New Article with the given data (the clipboard's, from the menu).
    void pasteAsNewArticle(const QMimeData *mime);
    // What File > Subscribe to Feed does once the user has named the feed.
    void subscribeToFeed(const QString &location);
    void updateFeeds();
    // File > Manage Feeds (not modal, so the window and the tests go on).
    void showFeeds();
    // On a first start with an empty archive: offers to import the bundled sample article.
    void offerSampleArticle();
    // Opens (or brings forward) the page of a person or an institution in a tab.
    PersonPage *openPersonPage(qint64 personId);
    InstitutionPage *openInstitutionPage(qint64 institutionId);
    // Shows an article in the reader, with the span [start, end) selected when given; the list's
    // filter and sidebar choice are cleared when they hide it.
    void showArticleAt(qint64 articleId, qsizetype start = -1, qsizetype end = -1);
    // File > Open Archive, New Archive and Open Recent, once the file is named: refused (with a
    // message) while work runs on the current archive.
    bool switchArchive(const QString &path);
    // View > View Original for the article shown.
    void showOriginal();
    // What File > Export does once the user has chosen what, how and where: runs the export on
    // the worker. overwrite: the user agreed to replace an existing file.
    bool exportTo(const kliping::gui::ExportRequest &request, const QString &path, bool overwrite);
    // File > Export… (the dialog, then the file); with a name, the dossier of that person of
    // the article being read is chosen in the dialog (the analysis panel's context menu).
    void chooseExport();
    void chooseExportFor(const QString &personName);
    // File > Print… and File > Print Preview… of the selected articles (or the one being read).
    void printArticles();
    void previewPrint();

    // The search field's query run over the archive; the results replace the list (an error
    // is shown under the field). An empty query returns to all articles.
    void runSearch(const QString &query);
    // Esc in the search field: back to all articles.
    void clearSearch();
    // Stores the current search under a name (Save Search… asks for it) and lists it in the
    // sidebar; removeSavedSearch is its context menu's Remove.
    void saveSearch(const QString &name);
    void removeSavedSearch(const QString &name);
    // View > Search Quotes: opens (or brings forward) the quote search tab.
    QuoteSearchPage *openQuoteSearch();
    // File > Back Up Archive once the target is named: on the worker; the result is shown.
    bool backUpTo(const QString &target);
    // File > Restore from Backup once the backup is named and the user agreed: closes the
    // archive, replaces it by the backup and opens it again. False (and a message) on failure.
    bool restoreFrom(const QString &backupPath);
    // File > Check Archive: the check runs on the worker; its result offers a repair.
    bool checkArchive();
    bool repairArchive();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private slots:
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseLinksToImport();
    void pasteClipboard();
    void chooseFeedToSubscribe();
    void showPreferences();
    void showAbout();
    void showCurrentArticle();
    void importStarted();
    void importProgressed(int done, int total, const QString &current);
    void importFinished(const kliping::archive::ImportReport &report);
    void feedsUpdated(const kliping::gui::FeedUpdateReport &report);
    void exportFinished(const kliping::exporting::ExportResult &result);
    void updateArticleCount(qint64 count);
    void sidebarChanged(const QModelIndex &current);
    void sidebarActivated(const QModelIndex &index);
    void sidebarLoaded();
    void correctionApplied(qint64 correctionId, const QString &error);
    void careFinished(kliping::gui::ImportController::Task task, const QString &error,
                      const kliping::archive::CheckReport &report);

private:
    void createActions();
    void createWidgets();
    void restoreWindowState();
    void selectArticle(qint64 id);
    void showArticleById(qint64 id);
    void closePages();
    void chooseArchiveToOpen();
    void chooseNewArchive();
    void updateRecentMenu();
    int addPage(QWidget *page, const QString &title, const QString &icon);
    void showEmptyState();
    void workFinished();
    // A result the user reads while the window goes on (not exec()).
    void showResult(const QString &objectName, bool problems, const QString &title,
                    const QString &text, const QString &details = {});
    bool startOrSayBusy(bool started);
    // The articles a print or an export of "the selection" means: the selected ones, or the
    // one being read.
    QList<qint64> articlesToPrint() const;
    // Enables the actions as the worker and the archive allow: none of the writing ones while
    // the worker writes, never the modifying ones on a read-only archive.
    void updateActions(bool idle);
    // Closes the archive and everything that reads it (before a restore replaces the file).
    void closeArchive();
    void showSearchResults(bool results);
    void refreshSavedSearches();
    void chooseBackupTarget();
    void chooseBackupToRestore();
    void askSaveSearch();
    void showSidebarMenu(const QPoint &pos);

    std::unique_ptr<archive::Archive> m_archive; // the GUI thread's reader connection
    // Held while the archive is open for writing: a second window opens it read-only.
    std::unique_ptr<archive::ArchiveLock> m_lock;
    bool m_readOnly = false;
    std::unique_ptr<ImportController> m_importer;
    ArticleListModel *m_model = nullptr;
    QString m_error;

    QSplitter *m_splitter = nullptr;      // the list and the reader
    QSplitter *m_outerSplitter = nullptr; // the sidebar and the tabs
    QTreeView *m_sidebar = nullptr;
    SidebarModel *m_sidebarModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CorrectionRunner *m_corrections = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_viewOriginalAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    // What the sidebar narrows the list to, kept across its reloads.
    bool m_analysisDockAway = false; // hidden while a page is shown
    int m_sidebarKind = 0;
    qint64 m_sidebarId = 0;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    QTreeView *m_view = nullptr;
    ArticleReader *m_reader = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressDialog *m_progress = nullptr;
    FindBar *m_findBar = nullptr;
    AnalysisPanel *m_panel = nullptr;
    QDockWidget *m_analysisDock = nullptr;

    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QLabel *m_readOnlyBar = nullptr;
    QStackedWidget *m_listStack = nullptr;
    SearchResultsModel *m_results = nullptr;
    QTreeView *m_resultsView = nullptr;
    QString m_searchQuery; // the query the results are of
    QAction *m_saveSearchAction = nullptr;
    QAction *m_quoteSearchAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_checkAction = nullptr;

    // Disabled while the worker writes: one job at a time.
    QList<QAction *> m_writingActions;
    // Write to the archive: disabled for good on a read-only archive.
    QList<QAction *> m_modifyingActions;
    QAction *m_pasteAction = nullptr;
    QAction *m_markEntitiesAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_printing = false; // the worker's Export job is a print
    qint64 m_shownArticle = 0;
};

} // namespace kliping::gui
