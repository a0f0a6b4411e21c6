#include "documentreader.h"

#include "text/textdecoder.h"
#include "urlfetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kliping::ingest {

using text::TextDecoder;

namespace {

// Messages of this file, translated in the context "DocumentReader".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)
};

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

// True when the bytes hold no text but white space, once a byte-order mark is set aside: an
// editor saving an empty file in UTF-8 or UTF-16 still writes the mark.
bool isBlank(const QByteArray &bytes)
{
    const bool wide = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ||
                      bytes.startsWith(QByteArray::fromRawData("\0\0\xFE\xFF", 4));
    const qsizetype skip = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = skip; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                           c == '\v' || (wide && (c == '\0' || c == '\xFF' || c == '\xFE'));
        if (!space)
            return false;
    }
    // Byte by byte a UTF-16 text only looked blank; decoding tells for sure (U+2020 is 20 20).
    return !wide || text::TextDecoder::decode(bytes).text.trimmed().isEmpty();
}

} // namespace

bool DocumentReader::isImportableName(const QString &fileName)
{
    static const QStringList kSuffixes = {
        QStringLiteral("txt"),   QStringLiteral("text"),   QStringLiteral("html"),
        QStringLiteral("htm"),   QStringLiteral("jsonl"),  QStringLiteral("ndjson"),
        QStringLiteral("xml"),   QStringLiteral("rss"),    QStringLiteral("atom")};
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

RawDocument DocumentReader::read(const QString &pathOrUrl)
{
    return UrlFetcher::isFetchableUrl(pathOrUrl) ? readUrl(pathOrUrl) : readFile(pathOrUrl);
}

RawDocument DocumentReader::readUrl(const QString &url)
{
    RawDocument doc;
    doc.origin = url;
    const FetchResult fetched = UrlFetcher().fetch(QUrl(url.trimmed()));
    if (!fetched.ok()) {
        doc.error = fetched.error;
        doc.networkFailure = fetched.networkFailure;
        return doc;
    }
    doc.bytes = fetched.bytes;
    doc.charset = fetched.charset;
    doc.finalUrl = fetched.finalUrl.toString();
    if (TextDecoder::looksBinary(doc.bytes)) {
        doc.error = Tr::tr("The link returns binary data, not a page.");
        return doc;
    }
    const QString type = fetched.mediaType;
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        doc.mediaType = QStringLiteral("text/html");
    else if (type.endsWith(QLatin1String("xml")))
        doc.mediaType = QStringLiteral("application/xml");
    else
        doc.mediaType = mediaTypeFor(QUrl(doc.finalUrl).path(), doc.bytes);
    return doc;
}

bool DocumentReader::isJsonLinesName(const QString &path)
{
    return mediaTypeFor(path, {}) == QLatin1String("application/jsonl");
}

RawDocument DocumentReader::readFile(const QString &path)
{
    return readFileBytes(path, kMaxFileBytes, true);
}

RawDocument DocumentReader::readHead(const QString &path, qint64 headBytes)
{
    return readFileBytes(path, headBytes, false);
}

RawDocument DocumentReader::readFileBytes(const QString &path, qint64 maxBytes, bool whole)
{
    RawDocument doc;
    doc.origin = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        doc.error = Tr::tr("The file does not exist.");
        return doc;
    }
    if (info.isDir()) {
        doc.error = Tr::tr("This is a folder, not a file.");
        return doc;
    }
    if (whole && info.size() > maxBytes) {
        // Rounded up: a file just over the limit must not read "20 MB; the limit is 20 MB".
        doc.error = Tr::tr("The file is too large (%1 MB; the limit is %2 MB).")
                        .arg((info.size() + qint64{1024} * 1024 - 1) / (qint64{1024} * 1024))
                        .arg(maxBytes / (qint64{1024} * 1024));
        return doc;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.error = Tr::tr("The file cannot be read: %1").arg(file.errorString());
        return doc;
    }
    doc.bytes = file.read(whole ? maxBytes + 1 : maxBytes);
    if (whole && doc.bytes.size() > maxBytes) {
        doc.error =
            Tr::tr("The file is too large (the limit is %1 MB).").arg(maxBytes / (qint64{1024} * 1024));
        doc.bytes.clear();
        return doc;
    }
    if (isBlank(doc.bytes)) {
        doc.error = Tr::tr("The file is empty.");
        return doc;
    }
    if (TextDecoder::looksBinary(doc.bytes)) {
        doc.error = Tr::tr("The file is not text (it holds binary data).");
        return doc;
    }
    doc.mediaType = mediaTypeFor(path, doc.bytes);
    return doc;
}

} // namespace kliping::ingest
