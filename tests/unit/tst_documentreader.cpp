// Unit tests of kliping::ingest::DocumentReader: text files in any charset are read as they are;
// empty, binary, oversized, missing files and folders are refused with a reason the user can act
// on; folders expand to the files Kliping imports.
#include "ingest/documentreader.h"

#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using kliping::ingest::DocumentReader;
using kliping::ingest::RawDocument;
using kliping::tests::fixturePath;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsText_data();
    void readsText();
    void refuses_data();
    void refuses();
    void refusesTooLarge();
    void readsUpToTheLimit();
    void refusesMissingFile();
    void refusesFolder();
    void mediaType_data();
    void mediaType();
    void expandsFolders();

private:
    QTemporaryDir m_dir;
};

void TestDocumentReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDocumentReader::readsText_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name :
         {"paragraph.utf-8.txt", "paragraph.utf-8-bom.txt", "paragraph.windows-1252.txt",
          "paragraph.iso-8859-1.txt", "paragraph.utf-16le-bom.txt", "paragraph.utf-16be-bom.txt"})
        QTest::newRow(name) << fixturePath(QStringLiteral("encodings/") + QLatin1String(name));
}

void TestDocumentReader::readsText()
{
    QFETCH(QString, file);
    const RawDocument doc = DocumentReader::readFile(file);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(doc.origin, file);
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(doc.bytes, raw.readAll()); // the bytes as they are: decoding comes later
    QCOMPARE(doc.mediaType, QStringLiteral("text/plain"));
}

void TestDocumentReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // a word the message must contain

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("only spaces") << QByteArray(" \r\n\t\n") << "empty";
    QTest::newRow("only a utf-8 bom") << QByteArray("\xEF\xBB\xBF") << "empty";
    QTest::newRow("utf-8 bom and spaces") << QByteArray("\xEF\xBB\xBF  \r\n") << "empty";
    QTest::newRow("only a utf-16 bom") << QByteArray("\xFF\xFE") << "empty";
    QTest::newRow("utf-16 bom and spaces") << QByteArray("\xFE\xFF\0 \0\n", 6) << "empty";
    QFile png(fixturePath(QStringLiteral("encodings/image.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QTest::newRow("png bytes") << png.readAll() << "binary";
    QByteArray blob;
    for (int i = 0; i < 4096; ++i)
        blob += char((i * 7919) % 256);
    QTest::newRow("generated blob") << blob << "binary";
}

void TestDocumentReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    // Named .txt: the content, not the name, decides.
    const QString path = m_dir.filePath(QStringLiteral("%1.txt").arg(QTest::currentDataTag()));
    QVERIFY(writeFile(path, bytes));
    const RawDocument doc = DocumentReader::readFile(path);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(reason, Qt::CaseInsensitive), qPrintable(doc.error));
    QCOMPARE(doc.origin, path);
}

void TestDocumentReader::refusesTooLarge()
{
    const QString path = m_dir.filePath(QStringLiteral("large.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DocumentReader::kMaxFileBytes + 1)); // sparse: costs no disk space
    file.close();
    const RawDocument doc = DocumentReader::readFile(path);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(QLatin1String("too large"), Qt::CaseInsensitive),
             qPrintable(doc.error));
    // The size is rounded up, so that a file just over the limit does not read as the limit.
    QCOMPARE(doc.error, QStringLiteral("The file is too large (21 MB; the limit is 20 MB)."));
    QVERIFY(doc.bytes.isEmpty());
    QVERIFY(QFile::remove(path));
}

void TestDocumentReader::readsUpToTheLimit()
{
    // A text file of exactly the limit is read.
    const QString path = m_dir.filePath(QStringLiteral("limit.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line("Polres Contoh Kota meresmikan layanan SIM keliling.\n");
    const QByteArray block = line.repeated(1024 * 1024 / line.size() + 1).left(1024 * 1024);
    for (qint64 written = 0; written < DocumentReader::kMaxFileBytes; written += block.size())
        QCOMPARE(file.write(block), block.size());
    QCOMPARE(file.size(), DocumentReader::kMaxFileBytes);
    file.close();
    const RawDocument doc = DocumentReader::readFile(path);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(doc.bytes.size(), DocumentReader::kMaxFileBytes);
    QVERIFY(QFile::remove(path));
}

void TestDocumentReader::refusesMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-article.txt"));
    const RawDocument doc = DocumentReader::readFile(path);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(QLatin1String("does not exist"), Qt::CaseInsensitive),
             qPrintable(doc.error));
}

void TestDocumentReader::refusesFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("folder.txt")); // a folder named like a file
    QVERIFY(QDir().mkpath(path));
    const RawDocument doc = DocumentReader::readFile(path);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error.contains(QLatin1String("folder"), Qt::CaseInsensitive),
             qPrintable(doc.error));
}

void TestDocumentReader::mediaType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mediaType");

    QTest::newRow("txt") << "a.txt" << QByteArray("Teks biasa.") << "text/plain";
    QTest::newRow("html suffix") << "a.html" << QByteArray("<p>Teks</p>") << "text/html";
    QTest::newRow("htm upper case") << "A.HTM" << QByteArray("<p>Teks</p>") << "text/html";
    QTest::newRow("html content in txt")
        << "b.txt" << QByteArray("  <!DOCTYPE html><html><body>Teks</body></html>") << "text/html";
}

void TestDocumentReader::mediaType()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mediaType);

    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const RawDocument doc = DocumentReader::readFile(path);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(doc.mediaType, mediaType);
}

void TestDocumentReader::expandsFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    for (const char *name : {"b.txt", "a.html", "c.png", "sub/d.TXT", "notes.md"})
        QVERIFY(writeFile(dir.filePath(QLatin1String(name)), "x"));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QString single = dir.filePath(QStringLiteral("c.png")); // named directly: kept
    const QStringList files = DocumentReader::expandPaths({dir.path(), missing, single});
    const QStringList expected = {dir.filePath(QStringLiteral("a.html")),
                                  dir.filePath(QStringLiteral("b.txt")),
                                  dir.filePath(QStringLiteral("sub/d.TXT")), missing, single};
    QCOMPARE(files, expected);
}

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
