// Reads what a user points at (files and folders) into raw documents, with the limits that keep
// a batch safe: empty, binary and oversized files are refused with their reason, and a folder is
// walked for the files Kliping can read.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kliping::ingest {

struct RawDocument {
    QString origin;    // path as given by the user
    QByteArray bytes;
    QString mediaType; // guessed from the name and content: text/plain, text/html, ...
    QString charset;   // declared by the container (HTTP Content-Type), or empty
    QString finalUrl;  // for a link: the address after redirects
    QString error;     // why the document could not be read; empty when it was
    bool networkFailure = false; // a link whose host could not be reached at all
    bool ok() const { return error.isEmpty(); }
};

class DocumentReader {
public:
    static constexpr qint64 kMaxFileBytes = qint64{20} * 1024 * 1024;

    // Expands folders (recursively, sorted by name) into the files inside that Kliping reads.
    // Paths that do not exist are kept, so that reading them reports the error.
    static QStringList expandPaths(const QStringList &paths);

    static RawDocument readFile(const QString &path);
    // The checks of readFile (exists, is a file, can be read, not empty, not binary) on the
    // first bytes only, without the size limit: for files read a slice at a time
    // (JsonLinesStream). On success the document holds at most headBytes of the file.
    static RawDocument readHead(const QString &path, qint64 headBytes);
    // True for the file names read as JSON Lines (.jsonl, .ndjson).
    static bool isJsonLinesName(const QString &path);
    // Fetches a link (http/https) with the limits of UrlFetcher.
    static RawDocument readUrl(const QString &url);
    // A file path or a link, whichever it is.
    static RawDocument read(const QString &pathOrUrl);

    // True for file names Kliping imports when walking a folder.
    static bool isImportableName(const QString &fileName);

private:
    // whole: the file must fit in maxBytes; otherwise its first maxBytes are read.
    static RawDocument readFileBytes(const QString &path, qint64 maxBytes, bool whole);
};

} // namespace kliping::ingest
