// The main window of Kliping: the article list with a filter on the left, the selected article
// in the reader on the right, and the import of files and folders (menu or drag and drop),
// which runs on a worker while the window stays responsive.
#pragma once

#include "archive/archive.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSplitter;
class QTimer;
class QTreeView;

namespace kliping::archive {
struct ImportReport;
}

namespace kliping::gui {

class ArticleListModel;
class ArticleReader;
class ImportController;

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

public slots:
    // What File > Import and a drop do once the user has named the files.
    void importPaths(const QStringList &paths);
    // On a first start with an empty archive: offers to import the bundled sample article.
    void offerSampleArticle();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private slots:
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showPreferences();
    void showAbout();
    void showCurrentArticle();
    void importStarted();
    void importProgressed(int done, int total, const QString &current);
    void importFinished(const kliping::archive::ImportReport &report);
    void updateArticleCount(qint64 count);

private:
    void createActions();
    void createWidgets();
    void restoreWindowState();
    void selectArticle(qint64 id);
    void showEmptyState();

    std::unique_ptr<archive::Archive> m_archive; // the GUI thread's reader connection
    std::unique_ptr<ImportController> m_importer;
    ArticleListModel *m_model = nullptr;
    QString m_error;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    QTreeView *m_view = nullptr;
    ArticleReader *m_reader = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressDialog *m_progress = nullptr;

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    qint64 m_shownArticle = 0;
};

} // namespace kliping::gui
