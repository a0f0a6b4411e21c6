// Import speed and memory: every article of ../shared/corpus/articles/*.jsonl into a fresh archive
// (parse, analyse, store, index), next to a baseline that inserts the same rows into a bare SQLite
// table in the same run. Prints articles per second, the ratio to the baseline and the peak
// resident memory after each file of the input (it must not grow with the article count), and the
// CPU time the import used on all threads (the bar is set on 2 cores: CPU time over two is the
// least the import can take there).
//   bench_import [--copies N]   (reads KLIPING_SHARED_DIR or the path compiled in)
#include "archive/archive.h"
#include "archive/articleimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>

using namespace kliping;

namespace {

// Seconds of CPU the process has used, on all its threads (user and system).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The baseline: the same records as plain rows, one transaction, no parsing or analysis.
double bareInsertsPerSecond(const QStringList &files, const QString &dbPath, int *rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(dbPath).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t(title TEXT, body TEXT, url TEXT, "
                     "date TEXT, source TEXT)",
                 nullptr, nullptr, nullptr);
    QList<QJsonObject> records;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                records << QJsonDocument::fromJson(line).object();
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)", -1, &st, nullptr);
    for (const QJsonObject &o : records) {
        int i = 1;
        for (const char *key : {"title", "body", "url", "date", "source"}) {
            const QByteArray v = o.value(QLatin1String(key)).toString().toUtf8();
            sqlite3_bind_text(st, i++, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    *rows = int(records.size());
    return records.size() / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray env = qgetenv("KLIPING_SHARED_DIR");
    const QDir articles(QDir(env.isEmpty() ? QStringLiteral(KLIPING_SHARED_DIR)
                                           : QString::fromLocal8Bit(env))
                            .filePath(QStringLiteral("corpus/articles")));
    QStringList files;
    for (const QString &f : articles.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name))
        files << articles.filePath(f);
    if (files.isEmpty()) {
        out << "No ../shared/corpus/articles/*.jsonl here: nothing to measure.\n";
        return 0;
    }
    QTemporaryDir dir;
    int rows = 0;
    const double baseline = bareInsertsPerSecond(files, dir.filePath(QStringLiteral("bare.sqlite")), &rows);

    // --copies N: the corpus N times over, each copy's records made new (a numbered title and a
    // last paragraph), to see the memory stay level as the archive grows.
    const QStringList args = app.arguments();
    const int copies = args.contains(QStringLiteral("--copies"))
                           ? qMax(1, args.value(args.indexOf(QStringLiteral("--copies")) + 1).toInt())
                           : 1;
    if (copies > 1) {
        QStringList copied;
        for (int k = 1; k <= copies; ++k) {
            for (const QString &f : std::as_const(files)) {
                QFile in(f);
                QFile outFile(dir.filePath(QStringLiteral("copy%1-%2").arg(k).arg(QFileInfo(f).fileName())));
                if (!in.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::WriteOnly))
                    return 1;
                for (const QByteArray &line : in.readAll().split('\n')) {
                    QJsonObject o = QJsonDocument::fromJson(line).object();
                    if (o.isEmpty())
                        continue;
                    if (k > 1) {
                        o.insert(QStringLiteral("title"),
                                 o.value(QLatin1String("title")).toString() +
                                     QStringLiteral(" (%1)").arg(k));
                        o.insert(QStringLiteral("body"), o.value(QLatin1String("body")).toString() +
                                                             QStringLiteral("\n\nSalinan %1.").arg(k));
                        o.remove(QStringLiteral("url"));
                    }
                    outFile.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
                }
                copied << outFile.fileName();
            }
        }
        files = copied;
    }

    archive::Archive archive;
    if (!archive.open(dir.filePath(QStringLiteral("archive.sqlite")))) {
        out << archive.errorString() << "\n";
        return 1;
    }
    archive::ArticleImporter importer(archive);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    // One import of all the files, as a user imports a folder; the peak memory is read as each
    // file is reached (and at the end).
    QList<long> rssAfterFile;
    int lastFile = 0;
    const auto report = importer.importPaths(files, [&](int done, int, const QString &) {
        if (done > lastFile) // called again between slices of one file
            rssAfterFile << peakRssKiB();
        lastFile = done;
        return true;
    });
    const int imported = report.count(archive::ImportItemResult::Status::Imported);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double rate = imported / seconds;
    out << "cores: " << QThread::idealThreadCount() << "\n"
        << "baseline, bare SQLite inserts: " << rows << " rows, " << qRound(baseline) << " rows/s\n"
        << "Kliping import (parse, analyse, store): " << imported << " articles in "
        << QString::number(seconds, 'f', 2) << " s = " << qRound(rate) << " articles/s\n"
        << "ratio to baseline: 1 : " << QString::number(baseline / rate, 'f', 1) << "\n"
        << "CPU used: " << QString::number(cpu, 'f', 2) << " s on all threads ("
        << QString::number(cpu / seconds, 'f', 2) << " cores busy on average, "
        << QString::number(cpu * 1e6 / qMax(1, imported), 'f', 0) << " us of CPU an article)\n"
        << "peak RSS after each file (KiB):";
    for (long kib : rssAfterFile)
        out << ' ' << kib;
    out << "\n";
    return 0;
}
