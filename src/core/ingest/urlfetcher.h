// Fetches what a link points to, for import: follows redirects, gives up after a timeout or past a
// size limit, refuses content that is not a page or a feed, and says in plain words what went
// wrong (the server was not found, TLS failed, HTTP 404, ...). Blocks the calling thread with a
// local event loop, so it can run on any worker thread or in the CLI.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace kliping::ingest {

struct FetchResult {
    QUrl requestedUrl;
    QUrl finalUrl;        // after redirects
    QByteArray bytes;
    QString mediaType;    // from Content-Type, without parameters, e.g. "text/html"
    QString charset;      // from Content-Type, or empty
    int httpStatus = 0;
    QString error;        // for the user; empty on success
    bool networkFailure = false; // the host could not be reached at all (DNS, refused, timeout)
    bool ok() const { return error.isEmpty(); }
};

class UrlFetcher {
public:
    static constexpr qint64 kDefaultMaxBytes = qint64{20} * 1024 * 1024;
    static constexpr int kDefaultTimeoutMs = 30000;

    UrlFetcher() = default;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    FetchResult fetch(const QUrl &url) const;

    static bool isFetchableUrl(const QString &text);
    // Media types Kliping can import from a link.
    static bool isAcceptedMediaType(const QString &mediaType);

private:
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxBytes = kDefaultMaxBytes;
};

} // namespace kliping::ingest
