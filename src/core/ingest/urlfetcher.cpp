#include "urlfetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kliping::ingest {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UrlFetcher)
};

QString describe(QNetworkReply::NetworkError error, const QUrl &url, int timeoutMs,
                 const QString &detail)
{
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("The server %1 could not be found. Check the link and your internet "
                      "connection.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("The server %1 refused the connection.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("The server %1 closed the connection before answering.").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Tr::tr("The server %1 did not answer within %2 seconds.")
            .arg(host)
            .arg(timeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (url.scheme() == QLatin1String("https"))
            return Tr::tr("A secure (TLS) connection to %1 could not be made: %2")
                .arg(host, detail);
        break;
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("The link redirects too many times.");
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("The link redirects from a secure (https) address to an insecure one.");
    default:
        break;
    }
    return Tr::tr("The link could not be fetched: %1").arg(detail);
}

} // namespace

bool UrlFetcher::isFetchableUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool UrlFetcher::isAcceptedMediaType(const QString &mediaType)
{
    static const QStringList kAccepted = {
        QStringLiteral("text/html"),           QStringLiteral("application/xhtml+xml"),
        QStringLiteral("text/plain"),          QStringLiteral("application/rss+xml"),
        QStringLiteral("application/atom+xml"), QStringLiteral("application/rdf+xml"),
        QStringLiteral("application/xml"),     QStringLiteral("text/xml"),
    };
    return mediaType.isEmpty() || kAccepted.contains(mediaType);
}

FetchResult UrlFetcher::fetch(const QUrl &url) const
{
    FetchResult result;
    result.requestedUrl = url;
    result.finalUrl = url;
    if (!isFetchableUrl(url.toString())) {
        result.error = Tr::tr("%1 is not a web link (http:// or https://).").arg(url.toString());
        return result;
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Kliping/%1 (news archive)")
                          .arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,"
                                   "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8");

    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > m_maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    loop.exec();

    result.finalUrl = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.mediaType = contentType.section(u';', 0, 0).trimmed().toLower();
    for (const QString &param : contentType.split(u';').mid(1)) {
        const QString p = param.trimmed();
        if (p.startsWith(QLatin1String("charset="), Qt::CaseInsensitive))
            result.charset = p.mid(8).remove(u'"').trimmed();
    }
    if (tooLarge) {
        result.error = Tr::tr("The page is too large (over %1 MB).").arg(m_maxBytes / (qint64{1024} * 1024));
    } else if (result.httpStatus >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        result.error = Tr::tr("The server answered HTTP %1 %2 for %3.")
                           .arg(result.httpStatus)
                           .arg(reason, result.finalUrl.toString());
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = describe(reply->error(), result.finalUrl, m_timeoutMs, reply->errorString());
        result.networkFailure = reply->error() < QNetworkReply::ContentAccessDenied;
    } else if (!isAcceptedMediaType(result.mediaType)) {
        result.error = Tr::tr("The link returns %1, not a web page or a news feed.")
                           .arg(result.mediaType);
    } else {
        result.bytes = reply->readAll();
        if (result.bytes.isEmpty())
            result.error = Tr::tr("The server sent an empty page.");
    }
    reply->deleteLater();
    return result;
}

} // namespace kliping::ingest
