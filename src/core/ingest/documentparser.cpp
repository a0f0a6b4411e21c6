#include "documentparser.h"

#include "pagetextparser.h"
#include "text/textdecoder.h"

#include <QCoreApplication>

namespace kliping::ingest {

namespace {

QString tr(const char *text)
{
    // The context lupdate derives for tr() here (the enclosing class or namespace), so that
    // the messages it extracts are found at run time.
    return QCoreApplication::translate("kliping::ingest::DocumentParser", text);
}

} // namespace

ParseResult DocumentParser::parseText(const QString &text, const QString &origin)
{
    ParseResult result;
    result.article = PageTextParser().parse(text);
    result.article.origin = origin;
    if (result.article.originalBytes.isEmpty()) {
        result.article.originalBytes = text.toUtf8();
        result.article.mediaType = QStringLiteral("text/plain; charset=UTF-8");
    }
    if (result.article.body.trimmed().isEmpty())
        result.error = tr("No article text was found: after removing the page's navigation and "
                          "adverts nothing was left.");
    return result;
}

ParseResult DocumentParser::parse(const RawDocument &document)
{
    ParseResult result;
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    if (document.mediaType == QLatin1String("text/html")) {
        result.error = tr("Saved web pages cannot be imported yet; copy the page's text instead.");
        return result;
    }
    if (document.mediaType != QLatin1String("text/plain")) {
        result.error = tr("This kind of file (%1) cannot be imported yet.").arg(document.mediaType);
        return result;
    }
    const text::DecodedText decoded = text::TextDecoder::decode(document.bytes);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    result = parseText(decoded.text, document.origin);
    result.article.originalBytes = document.bytes;
    result.article.mediaType =
        QStringLiteral("%1; charset=%2").arg(document.mediaType, decoded.encoding);
    return result;
}

} // namespace kliping::ingest
