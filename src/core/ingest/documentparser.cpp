#include "documentparser.h"

#include "feedreader.h"
#include "htmlpageparser.h"
#include "jsonlinesreader.h"
#include "pagetextparser.h"
#include "text/textdecoder.h"

#include <QCoreApplication>

namespace kliping::ingest {

namespace {

// Messages of this file, translated in the context "DocumentParser".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentParser)
};

} // namespace

ParseResult DocumentParser::parseText(const QString &text, const QString &origin)
{
    ParseResult result;
    result.origin = origin;
    QString refused;
    result.article = PageTextParser().parse(text, &refused);
    result.article.origin = origin;
    if (result.article.originalBytes.isEmpty()) {
        result.article.originalBytes = text.toUtf8();
        result.article.mediaType = QStringLiteral("text/plain; charset=UTF-8");
    }
    if (!refused.isEmpty())
        result.error = refused;
    else if (result.article.body.trimmed().isEmpty())
        result.error = Tr::tr("No article text was found: after removing the page's navigation and "
                          "adverts nothing was left.");
    return result;
}

QList<ParseResult> DocumentParser::parseAll(const RawDocument &document)
{
    if (document.ok() && document.mediaType == QLatin1String("application/jsonl")) {
        const text::DecodedText decoded =
            text::TextDecoder::decode(document.bytes, document.charset);
        if (!decoded.ok()) {
            ParseResult failed;
            failed.origin = document.origin;
            failed.error = decoded.error;
            return {failed};
        }
        return JsonLinesReader::read(decoded.text, document.origin);
    }
    if (document.ok() && document.mediaType == QLatin1String("application/xml"))
        return FeedReader::articles(FeedReader::read(document.bytes), document.origin);
    return {parse(document)};
}

ParseResult DocumentParser::parse(const RawDocument &document)
{
    ParseResult result;
    result.origin = document.origin;
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    if (document.mediaType == QLatin1String("text/html")) {
        HtmlPageParser::Result page = HtmlPageParser().parse(document.bytes);
        result.article = std::move(page.article);
        result.article.origin = document.origin;
        result.error = page.error;
        return result;
    }
    if (document.mediaType == QLatin1String("application/jsonl")) {
        const QList<ParseResult> all = parseAll(document);
        if (all.size() == 1)
            return all.first();
        result.error = Tr::tr("The file holds %n articles; import it instead.", nullptr,
                              int(all.size()));
        return result;
    }
    if (document.mediaType != QLatin1String("text/plain")) {
        result.error = Tr::tr("This kind of file (%1) cannot be imported yet.").arg(document.mediaType);
        return result;
    }
    const text::DecodedText decoded = text::TextDecoder::decode(document.bytes, document.charset);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    result = parseText(decoded.text, document.origin);
    if (result.article.url.isEmpty())
        result.article.url = document.finalUrl;
    result.article.originalBytes = document.bytes;
    result.article.mediaType =
        QStringLiteral("%1; charset=%2").arg(document.mediaType, decoded.encoding);
    return result;
}

} // namespace kliping::ingest
