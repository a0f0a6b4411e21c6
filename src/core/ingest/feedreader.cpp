#include "feedreader.h"

#include "pagelexicon.h"
#include "pagetextparser.h"
#include "text/dateparser.h"

#include <QCoreApplication>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QXmlStreamReader>

namespace kliping::ingest {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FeedReader)
};

// Descriptions are escaped HTML or CDATA; QTextDocumentFragment gives their text without
// fetching anything (images and links are only markup to it).
QString htmlToText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    text.replace(QChar(0xFFFC), QString()); // object replacement characters for images
    QStringList paragraphs;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            paragraphs << t;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QDateTime parseFeedDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid())
        return dt.toUTC();
    if (const auto parsed = text::DateParser::parse(t))
        return parsed->utc;
    return {};
}

// RSS 2.0 writes authors as "email (Name)"; some feeds put a URL there. Keep only a name.
QString authorName(const QString &author)
{
    const qsizetype open = author.indexOf(u'(');
    if (author.contains(u'@') && open > 0 && author.endsWith(u')'))
        return author.mid(open + 1, author.size() - open - 2).trimmed();
    if (author.contains(QLatin1String("://")) || author.contains(u'@'))
        return {};
    return author;
}

// QXmlStreamReader's messages end with a full stop; ours go on after them.
QString xmlError(const QXmlStreamReader &xml)
{
    QString error = xml.errorString().trimmed();
    while (error.endsWith(u'.'))
        error.chop(1);
    return error;
}

int wordCount(const QString &text)
{
    return int(text.split(QChar(u' '), Qt::SkipEmptyParts).size());
}

} // namespace

bool FeedReader::looksLikeFeed(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes.left(qsizetype{64} * 1024));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            return name == u"rss" || name == u"RDF" || name == u"feed";
        }
    }
    return false;
}

Feed FeedReader::read(const QByteArray &bytes)
{
    Feed feed;
    QXmlStreamReader xml(bytes);
    FeedItem item;
    bool inItem = false;
    bool rootSeen = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const QStringView ns = xml.namespaceUri();
            if (!rootSeen) {
                rootSeen = true;
                if (name == u"rss")
                    feed.format = QStringLiteral("RSS %1").arg(
                        xml.attributes().value(QLatin1String("version")).toString());
                else if (name == u"RDF")
                    feed.format = QStringLiteral("RSS 1.0");
                else if (name == u"feed")
                    feed.format = QStringLiteral("Atom");
                else {
                    feed.error = Tr::tr("This XML file is not a news feed (its root element is "
                                        "<%1>, not <rss>, <rdf:RDF> or <feed>).")
                                     .arg(name.toString());
                    return feed;
                }
                continue;
            }
            if (name == u"item" || name == u"entry") {
                inItem = true;
                item = FeedItem();
                continue;
            }
            if (name == u"link" && feed.format == QLatin1String("Atom")) {
                const auto attrs = xml.attributes();
                const QString rel = attrs.value(QLatin1String("rel")).toString();
                const QString href = attrs.value(QLatin1String("href")).toString();
                if (rel.isEmpty() || rel == QLatin1String("alternate")) {
                    if (inItem && item.link.isEmpty())
                        item.link = href;
                    else if (!inItem && feed.link.isEmpty())
                        feed.link = href;
                }
                xml.skipCurrentElement();
                continue;
            }
            const bool isContentNs = ns.endsWith(u"/content/");
            const bool isDc = ns.contains(u"purl.org/dc/");
            if (!inItem) {
                if (name == u"title" && feed.title.isEmpty())
                    feed.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                else if (name == u"link" && feed.link.isEmpty())
                    feed.link = xml.readElementText().trimmed();
                continue;
            }
            if (name == u"title") {
                item.title = htmlToText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == u"link") {
                item.link = xml.readElementText().trimmed();
            } else if (name == u"guid" || (name == u"id" && !isDc)) {
                item.id = xml.readElementText().trimmed();
            } else if (name == u"pubDate" || name == u"published" ||
                       (isDc && name == u"date") ||
                       (name == u"updated" && !item.published.isValid())) {
                const QDateTime dt = parseFeedDate(xml.readElementText());
                if (dt.isValid())
                    item.published = dt;
            } else if ((isDc && name == u"creator") || name == u"author") {
                item.author = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            } else if (isContentNs && name == u"encoded") {
                item.content = htmlToText(xml.readElementText());
            } else if (name == u"content") {
                item.content = htmlToText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == u"description" || name == u"summary") {
                item.summary = htmlToText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else if (token == QXmlStreamReader::EndElement && inItem &&
                   (xml.name() == u"item" || xml.name() == u"entry")) {
            inItem = false;
            if (item.id.isEmpty())
                item.id = item.link;
            if (!item.title.isEmpty() || !item.link.isEmpty())
                feed.items << item;
            if (feed.items.size() >= kMaxItems) {
                feed.error = Tr::tr("The feed has more than %1 items; only the first %1 were read.")
                                 .arg(kMaxItems);
                return feed;
            }
        }
    }
    if (xml.hasError()) {
        feed.error = rootSeen ? Tr::tr("The feed's XML is broken at line %1, column %2: %3. "
                                       "%n item(s) before that point were read.",
                                       nullptr, int(feed.items.size()))
                                    .arg(xml.lineNumber())
                                    .arg(xml.columnNumber())
                                    .arg(xmlError(xml))
                              : Tr::tr("This is not a news feed: %1.").arg(xmlError(xml));
    } else if (!rootSeen) {
        feed.error = Tr::tr("This is not a news feed: the file holds no XML element.");
    }
    return feed;
}

QList<ParseResult> FeedReader::articles(const Feed &feed, const QString &origin)
{
    QList<ParseResult> results;
    const PageLexicon &lexicon = PageLexicon::instance();
    QString source;
    if (const PublicationEntry *p = lexicon.publication(QUrl(feed.link).host()))
        source = p->name;
    else if (const PublicationEntry *p2 = lexicon.publication(feed.title))
        source = p2->name;
    PageTextParser::Options options;
    options.findTitle = false;
    int index = 0;
    for (const FeedItem &item : feed.items) {
        ++index;
        ParseResult r;
        r.origin = item.link.isEmpty() ? QStringLiteral("%1#%2").arg(origin).arg(index) : item.link;
        const bool full = wordCount(item.content) > kSummaryWords;
        const QString text = full ? item.content : item.summary;
        QString refused;
        Article a = PageTextParser().parse(text, options, &refused);
        a.title = item.title;
        a.url = item.link;
        a.published = item.published;
        a.byline = authorName(item.author);
        if (a.source.isEmpty()) {
            const PublicationEntry *p = lexicon.publication(QUrl(item.link).host());
            a.source = p ? p->name : source;
        }
        a.partial = !full;
        a.origin = r.origin;
        a.mediaType = QStringLiteral("application/rss+xml");
        a.originalBytes = QStringLiteral("<item><title>%1</title><link>%2</link><text>%3</text></item>")
                              .arg(item.title.toHtmlEscaped(), item.link.toHtmlEscaped(),
                                   text.toHtmlEscaped())
                              .toUtf8();
        r.article = a;
        if (!refused.isEmpty())
            r.error = refused;
        else if (a.title.isEmpty() && a.body.isEmpty())
            r.error = Tr::tr("The feed item has neither a title nor any text.");
        else if (a.body.isEmpty())
            r.article.body = a.title; // a headline-only item: keep what there is
        results << r;
    }
    if (!feed.ok()) {
        ParseResult broken;
        broken.origin = origin;
        broken.error = feed.error;
        results << broken;
    }
    return results;
}

} // namespace kliping::ingest
