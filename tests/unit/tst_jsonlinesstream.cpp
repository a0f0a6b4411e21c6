// JSON Lines files of any size, read a slice at a time (JsonLinesStream) and imported so
// (ArticleImporter): a file over DocumentReader's limit is read, not refused; a runaway line,
// a line in another charset and a UTF-16 file each get their due; a cancel between slices keeps
// what was stored. Every file here is generated.
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "ingest/documentreader.h"
#include "ingest/jsonlinesreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace kliping;
using namespace kliping::ingest;

namespace {

QByteArray record(int n)
{
    return QStringLiteral("{\"title\":\"Berita nomor %1\",\"body\":\"Isi berita nomor %1 tentang "
                          "pelayanan warga di Kota Contoh.\",\"source\":\"Contoh News\"}\n")
        .arg(n)
        .toUtf8();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QList<ParseResult> readAll(JsonLinesStream &stream, int slice, int *slices = nullptr)
{
    QList<ParseResult> all;
    int n = 0;
    while (!stream.atEnd()) {
        all += stream.next(slice);
        ++n;
    }
    if (slices)
        *slices = n;
    return all;
}

} // namespace

class TestJsonLinesStream : public QObject {
    Q_OBJECT

private slots:
    void fileOverTheWholeFileLimitIsRead()
    {
        QTemporaryDir dir;
        QByteArray bytes = record(1) + record(2);
        // Blank lines take it past the limit for files read whole; a record comes after them.
        const QByteArray blank(1023, ' ');
        while (bytes.size() <= DocumentReader::kMaxFileBytes)
            bytes += blank + '\n';
        const int lastLine = int(bytes.count('\n')) + 1;
        bytes += record(3);
        const QString path = write(dir, QStringLiteral("big.jsonl"), bytes);
        QVERIFY(!path.isEmpty());
        QVERIFY(!DocumentReader::readFile(path).ok()); // too large to be read whole

        JsonLinesStream stream(path);
        QVERIFY2(stream.error().isEmpty(), qPrintable(stream.error()));
        int slices = 0;
        const QList<ParseResult> all = readAll(stream, 2, &slices);
        QCOMPARE(all.size(), 3);
        QCOMPARE(slices, 2);
        for (const ParseResult &r : all)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(all.at(0).article.title, QStringLiteral("Berita nomor 1"));
        QCOMPARE(all.at(2).article.title, QStringLiteral("Berita nomor 3"));
        QCOMPARE(all.at(2).origin, QStringLiteral("%1:%2").arg(path).arg(lastLine));
        QCOMPARE(stream.position(), stream.size());
    }

    void runawayLineIsSkippedWithItsReason()
    {
        QTemporaryDir dir;
        QByteArray bytes = record(1) + "{\"title\":\"x\",\"body\":\"";
        bytes += QByteArray(3 * JsonLinesReader::kMaxLineLength + 10, 'x');
        bytes += "\"}\n" + record(3);
        JsonLinesStream stream(write(dir, QStringLiteral("runaway.jsonl"), bytes));
        const QList<ParseResult> all = readAll(stream, 10);
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0).ok());
        QCOMPARE(all.at(1).error, QStringLiteral("Line 2 is too long (more than 4194304 characters)."));
        QVERIFY(all.at(2).ok());
        QCOMPARE(all.at(2).article.title, QStringLiteral("Berita nomor 3"));
    }

    void badLinesKeepTheirPlace()
    {
        QTemporaryDir dir;
        // A line in Windows-1252 (not UTF-8) is still read; broken JSON is named by its line.
        const QByteArray latin = "{\"title\":\"Caf\xe9 Baru\",\"body\":\"Kafe baru dibuka di "
                                 "Kota Contoh hari ini.\"}\n";
        const QByteArray bytes = record(1) + "{broken\n" + latin + "\n\n" + record(5);
        JsonLinesStream stream(write(dir, QStringLiteral("mixed.jsonl"), bytes));
        const QList<ParseResult> all = readAll(stream, 100);
        QCOMPARE(all.size(), 4);
        QVERIFY(all.at(0).ok());
        QVERIFY(all.at(1).error.startsWith(QLatin1String("Line 2 is not valid JSON")));
        QCOMPARE(all.at(2).article.title, QStringLiteral("Café Baru"));
        QVERIFY(all.at(3).origin.endsWith(QLatin1String(":6"))); // after two blank lines
    }

    void utf16FileIsReadWhole()
    {
        QTemporaryDir dir;
        QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = toUtf16(QString::fromUtf8(record(1) + record(2)));
        JsonLinesStream stream(write(dir, QStringLiteral("utf16.jsonl"), bytes));
        QVERIFY2(stream.error().isEmpty(), qPrintable(stream.error()));
        const QList<ParseResult> all = readAll(stream, 1);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).article.title, QStringLiteral("Berita nomor 2"));
    }

    void unreadableFilesSayWhy()
    {
        QTemporaryDir dir;
        JsonLinesStream missing(dir.filePath(QStringLiteral("none.jsonl")));
        QCOMPARE(missing.error(), QStringLiteral("The file does not exist."));
        QVERIFY(missing.atEnd());
        JsonLinesStream blank(write(dir, QStringLiteral("blank.jsonl"), "\n  \n"));
        QCOMPARE(blank.error(), QStringLiteral("The file is empty."));
        JsonLinesStream binary(
            write(dir, QStringLiteral("binary.jsonl"), QByteArray("{\"a\":1}\n\0\0\0\x01", 12)));
        QCOMPARE(binary.error(), QStringLiteral("The file is not text (it holds binary data)."));
    }

    void cancelBetweenSlicesKeepsWhatWasStored()
    {
        QTemporaryDir dir;
        QByteArray bytes;
        const int total = 2 * archive::ArticleImporter::kLinesPerSlice + 50;
        for (int i = 1; i <= total; ++i)
            bytes += record(i);
        const QString path = write(dir, QStringLiteral("many.jsonl"), bytes);
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        archive::ArticleImporter importer(a);
        int calls = 0;
        const auto report = importer.importPaths({path}, [&calls](int, int, const QString &) {
            return ++calls < 2; // the first slice, then cancel
        });
        QVERIFY(report.cancelled);
        const int imported = report.count(archive::ImportItemResult::Status::Imported);
        QCOMPARE(imported, archive::ArticleImporter::kLinesPerSlice);
        QCOMPARE(a.articleCount(), qint64(imported));
        // Importing again finishes the file: what is there is a duplicate, the rest is new.
        const auto again = importer.importPaths({path});
        QVERIFY(!again.cancelled);
        QCOMPARE(again.count(archive::ImportItemResult::Status::Duplicate), imported);
        QCOMPARE(again.count(archive::ImportItemResult::Status::Imported), total - imported);
        QCOMPARE(a.articleCount(), qint64(total));
    }

    // The GUI imports on a thread of Qt's global pool. With that pool down to one thread (one
    // core), an import of a JSON Lines file must not wait for a thread that can never come.
    void importOnTheOnlyThreadOfTheGlobalPool()
    {
        QTemporaryDir dir;
        QByteArray bytes;
        const int total = archive::ArticleImporter::kLinesPerSlice + 30;
        for (int i = 1; i <= total; ++i)
            bytes += record(i);
        const QString path = write(dir, QStringLiteral("pool.jsonl"), bytes);
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        archive::Archive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QFuture<int> import = QtConcurrent::run([&a, &path] {
            archive::ArticleImporter importer(a);
            return importer.importPaths({path}).count(archive::ImportItemResult::Status::Imported);
        });
        QElapsedTimer waited;
        waited.start();
        while (!import.isFinished() && waited.elapsed() < 60000)
            QThread::msleep(20);
        const bool finished = import.isFinished();
        pool->setMaxThreadCount(threads);
        QVERIFY2(finished, "the import waits for itself");
        QCOMPARE(import.result(), total);
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesStream)
#include "tst_jsonlinesstream.moc"
