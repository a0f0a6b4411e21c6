// The desktop program on a big archive: time from creating the main window on an archive of
// N articles (default 100,000: the corpus replicated with SQL) to a usable window, and to scroll
// the article list from end to end; next to a bare QTableView over a QSqlQueryModel of the same
// query in the same run. Prints milliseconds and peak resident memory.
//   QT_QPA_PLATFORM=offscreen bench_gui [ARTICLES]
#include "archive/archive.h"
#include "archive/sqlitestatement.h"
#include "articlelistmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <sys/resource.h>

using namespace kliping;

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// The corpus' articles as rows (no analysis: the window lists articles), copied with varied
// titles and dates until there are `target` of them.
bool buildArchive(const QString &path, const QDir &articles, int target, QTextStream &out)
{
    archive::Archive a;
    if (!a.open(path)) {
        out << a.errorString() << "\n";
        return false;
    }
    QList<ingest::Article> batch;
    for (const QString &f : articles.entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        QFile file(articles.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("body")).toString().isEmpty())
                continue;
            ingest::Article art;
            art.title = o.value(QLatin1String("title")).toString();
            art.body = o.value(QLatin1String("body")).toString();
            art.source = o.value(QLatin1String("source")).toString();
            art.published = QDateTime::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
            art.originalBytes = line;
            art.mediaType = QStringLiteral("application/json");
            batch << art;
        }
    }
    if (!a.importArticles(batch)) {
        out << a.errorString() << "\n";
        return false;
    }
    sqlite3 *db = a.handle();
    const qint64 base = a.articleCount();
    for (int copy = 1; a.articleCount() < target; ++copy) {
        const QByteArray sql =
            QStringLiteral("INSERT INTO articles(source_id, title, byline, editor, published_utc, "
                           "published_zone, url, captions, body, partial, content_hash, origin, "
                           "imported_at) SELECT source_id, title || ' (%1)', byline, editor, "
                           "strftime('%Y-%m-%dT%H:%M:%SZ', published_utc, '-%1 days'), "
                           "published_zone, NULL, captions, body, partial, content_hash || '-%1', "
                           "origin, imported_at FROM articles WHERE id <= %2 LIMIT %3")
                .arg(copy)
                .arg(base)
                .arg(target - a.articleCount())
                .toUtf8();
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            out << sqlite3_errmsg(db) << "\n";
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int target = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QByteArray env = qgetenv("KLIPING_SHARED_DIR");
    const QDir articles(QDir(env.isEmpty() ? QStringLiteral(KLIPING_SHARED_DIR)
                                           : QString::fromLocal8Bit(env))
                            .filePath(QStringLiteral("corpus/articles")));
    if (!articles.exists()) {
        out << "No ../shared/corpus/articles here: nothing to measure.\n";
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    QElapsedTimer build;
    build.start();
    if (!buildArchive(path, articles, target, out))
        return 1;
    out << "archive of " << target << " articles built in " << build.elapsed() / 1000.0 << " s\n";
    out.flush();

    // Kliping's window: open, show, first rows painted.
    const long rssBefore = peakRssMiB();
    QElapsedTimer t;
    t.start();
    gui::MainWindow window;
    if (!window.openArchive(path)) {
        out << window.errorString() << "\n";
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const qint64 windowMs = t.elapsed();
    t.restart();
    QTreeView *view = window.articleView();
    gui::ArticleListModel *model = window.articleListModel();
    while (model->canFetchMore({})) {
        view->scrollToBottom();
        QCoreApplication::processEvents();
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    const qint64 scrollMs = t.elapsed();
    const int rows = model->rowCount();
    const long rssKliping = peakRssMiB();
    window.close();

    // The bare baseline: QTableView over QSqlQueryModel with the list's query.
    t.restart();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQueryModel bare;
        bare.setQuery(QStringLiteral("SELECT a.title, a.published_utc, s.name FROM articles a LEFT "
                                     "JOIN sources s ON s.id = a.source_id ORDER BY "
                                     "a.published_utc IS NULL, a.published_utc DESC, a.id DESC"),
                      db);
        QTableView table;
        table.setModel(&bare);
        table.resize(1280, 800);
        table.show();
        QCoreApplication::processEvents();
        const qint64 bareWindowMs = t.elapsed();
        t.restart();
        while (bare.canFetchMore()) {
            table.scrollToBottom();
            bare.fetchMore();
            QCoreApplication::processEvents();
        }
        table.scrollToBottom();
        QCoreApplication::processEvents();
        const qint64 bareScrollMs = t.elapsed();
        out << "Kliping main window: usable in " << windowMs << " ms, list scrolled end to end ("
            << rows << " rows) in " << scrollMs << " ms, peak RSS " << rssKliping << " MiB (before "
            << rssBefore << ")\n"
            << "bare QTableView + QSqlQueryModel: shown in " << bareWindowMs << " ms, scrolled ("
            << bare.rowCount() << " rows) in " << bareScrollMs << " ms, peak RSS " << peakRssMiB()
            << " MiB\n";
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return 0;
}
