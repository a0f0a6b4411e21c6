#include "documentreader.h"

#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kliping::ingest {

namespace {

QString tr(const char *text)
{
    // The context lupdate derives for tr() here (the enclosing class or namespace), so that
    // the messages it extracts are found at run time.
    return QCoreApplication::translate("kliping::ingest::DocumentReader", text);
}

QString mediaTypeFor(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        suffix == QLatin1String("xhtml"))
        return QStringLiteral("text/html");
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return QStringLiteral("application/jsonl");
    if (suffix == QLatin1String("xml") || suffix == QLatin1String("rss") ||
        suffix == QLatin1String("atom"))
        return QStringLiteral("application/xml");
    const QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return QStringLiteral("text/html");
    return QStringLiteral("text/plain");
}

} // namespace

bool DocumentReader::isImportableName(const QString &fileName)
{
    static const QStringList kSuffixes = {QStringLiteral("txt"), QStringLiteral("text"),
                                          QStringLiteral("html"), QStringLiteral("htm")};
    return kSuffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList DocumentReader::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList inside;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isImportableName(file))
                inside << file;
        }
        std::sort(inside.begin(), inside.end());
        files += inside;
    }
    return files;
}

RawDocument DocumentReader::readFile(const QString &path)
{
    RawDocument doc;
    doc.origin = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        doc.error = tr("The file does not exist.");
        return doc;
    }
    if (info.isDir()) {
        doc.error = tr("This is a folder, not a file.");
        return doc;
    }
    if (info.size() > kMaxFileBytes) {
        doc.error = tr("The file is too large (%1 MB; the limit is %2 MB).")
                        .arg(info.size() / (1024 * 1024))
                        .arg(kMaxFileBytes / (1024 * 1024));
        return doc;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.error = tr("The file cannot be read: %1").arg(file.errorString());
        return doc;
    }
    doc.bytes = file.read(kMaxFileBytes + 1);
    if (doc.bytes.size() > kMaxFileBytes) {
        doc.error = tr("The file is too large (the limit is %1 MB).").arg(kMaxFileBytes / (1024 * 1024));
        doc.bytes.clear();
        return doc;
    }
    if (doc.bytes.trimmed().isEmpty()) {
        doc.error = tr("The file is empty.");
        return doc;
    }
    if (text::TextDecoder::looksBinary(doc.bytes)) {
        doc.error = tr("The file is not text (it holds binary data).");
        return doc;
    }
    doc.mediaType = mediaTypeFor(path, doc.bytes);
    return doc;
}

} // namespace kliping::ingest
