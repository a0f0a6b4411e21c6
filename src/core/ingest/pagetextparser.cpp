#include "pagetextparser.h"

#include "text/dateparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kliping::ingest {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PageTextParser)
};

// Why lines are not read as one article, or empty when they can be.
QString limitError(const QStringList &lines)
{
    qsizetype paragraphs = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.size() > PageTextParser::kMaxLineLength)
            return Tr::tr("Line %1 of the text is %2 characters long (the limit is %3); it is not "
                          "the text of an article. Check that the file is a news page.")
                .arg(i + 1)
                .arg(line.size())
                .arg(PageTextParser::kMaxLineLength);
        if (!line.isEmpty() && ++paragraphs > PageTextParser::kMaxParagraphs)
            return Tr::tr("The text has more than %1 paragraphs; Kliping reads one article at a "
                          "time, not a whole book or archive. Split it into its articles.")
                .arg(PageTextParser::kMaxParagraphs);
    }
    return {};
}

int wordCount(const QString &line)
{
    return int(line.split(u' ', Qt::SkipEmptyParts).size());
}

bool endsLikeSentence(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[.!?:;][\"”’')\\]]*$"));
    return end.match(line).hasMatch();
}

// A headline: a few words to a long line, but not a finished sentence (headlines end with a
// word, "?" or "!", rarely with a full stop).
bool looksLikeTitle(const QString &line)
{
    const int words = wordCount(line);
    if (words < 3 || words > 30 || line.size() > 250)
        return false;
    if (line.endsWith(u',') || line.endsWith(u';'))
        return false;
    return !line.endsWith(u'.') || words <= 8;
}

// "M Mahfud", "Ahmad Fauzi", "Tim detikcom": a short run of capitalised words, no digits.
bool looksLikeName(const QString &line)
{
    static const QRegularExpression name(
        QStringLiteral("^(?:\\p{Lu}[\\p{L}.'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|bin|binti|dan|&))"
                       "{0,4}$"));
    return line.size() <= 60 && name.match(line).hasMatch();
}

// The first line of the body: a paragraph, not a heading.
bool looksLikeParagraph(const QString &line)
{
    return wordCount(line) >= 12 || (endsLikeSentence(line) && wordCount(line) >= 4);
}

} // namespace

QStringList PageTextParser::normalizedLines(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_C);
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(u'\r', u'\n');
    QStringList lines;
    for (QString line : t.split(u'\n')) {
        for (QChar &c : line) {
            const char16_t u = c.unicode();
            if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == u'\t' || u == 0x3000)
                c = u' ';
        }
        line.remove(QChar(0x200B)).remove(QChar(0x200C)).remove(QChar(0x200D)).remove(
            QChar(0xFEFF));
        lines << line.simplified();
    }
    return lines;
}

Article PageTextParser::parse(const QString &text, const Options &options, QString *error) const
{
    Article article;
    QStringList paragraphs;
    bool bodyStarted = false;
    bool ended = false;
    int linesSinceTitle = -1;
    bool inHeadlineList = false;

    const QStringList lines = normalizedLines(text);
    const QString refused = limitError(lines);
    if (error)
        *error = refused;
    if (!refused.isEmpty())
        return article;
    bool firstContentLine = true;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QString line = lines.at(index);
        if (line.isEmpty())
            continue;
        // A first line set apart by a blank line is the title of a pasted text, however short.
        const bool setApartFirstLine = firstContentLine && index + 1 < lines.size() &&
                                       lines.at(index + 1).isEmpty();
        firstContentLine = false;
        QString rest;
        const QString reporter = m_lexicon.leadingByline(line, &rest);
        if (!reporter.isEmpty()) {
            if (article.byline.isEmpty())
                article.byline = reporter;
            if (rest.isEmpty())
                continue;
            line = rest;
        }
        if (linesSinceTitle >= 0)
            ++linesSinceTitle;

        const QList<PageLexicon::Marker> markers = m_lexicon.markers(line);
        if (!markers.isEmpty()) {
            for (const auto &m : markers) {
                QString *field = m.field == QLatin1String("byline")   ? &article.byline
                                 : m.field == QLatin1String("editor") ? &article.editor
                                 : m.field == QLatin1String("source") ? &article.source
                                                                      : nullptr;
                if (field && field->isEmpty())
                    *field = m.value;
                if (m.endsArticle && bodyStarted)
                    ended = true;
            }
            continue;
        }
        if (ended)
            continue;
        const PageLexicon::LineKind kind = m_lexicon.classify(line);
        if (inHeadlineList && kind == PageLexicon::LineKind::Content && !looksLikeParagraph(line))
            continue;
        inHeadlineList = false;
        switch (kind) {
        case PageLexicon::LineKind::ListHeading:
            inHeadlineList = bodyStarted;
            continue;
        case PageLexicon::LineKind::Furniture:
            continue;
        case PageLexicon::LineKind::EndOfArticle:
            if (bodyStarted)
                ended = true;
            continue;
        case PageLexicon::LineKind::Content:
            break;
        }
        if (m_lexicon.isCaption(line) && wordCount(line) <= 60) {
            article.captions << line;
            continue;
        }
        if (!bodyStarted && options.findTitle) {
            if (!article.published.isValid() && line.size() < 80) {
                if (const auto date = text::DateParser::parse(line)) {
                    article.published = date->utc;
                    article.publishedZone = date->zone;
                    continue;
                }
            }
            if (article.title.isEmpty()) {
                if (looksLikeTitle(line) ||
                    (setApartFirstLine && wordCount(line) < 3 && !endsLikeSentence(line))) {
                    article.title = line;
                    linesSinceTitle = 0;
                    continue;
                }
                // Shorter lines above the headline are navigation (section names, breadcrumbs).
                if (wordCount(line) < 3)
                    continue;
            }
            if (!article.title.isEmpty() && article.byline.isEmpty() && linesSinceTitle <= 3 &&
                looksLikeName(line)) {
                article.byline = line;
                continue;
            }
        }
        paragraphs << line;
        bodyStarted = true;
    }
    article.body = paragraphs.join(QStringLiteral("\n\n"));
    readDateline(article);
    return article;
}

// "TANGERANG, iNews.id - Polres ..." / "Liputan6.com, Jakarta - ..." / "JAKARTA, KOMPAS — ...":
// the publication named before the dash, and the date when the page header gave none.
void PageTextParser::readDateline(Article &article) const
{
    static const QRegularExpression dateline(
        QStringLiteral("^([^\\n]{2,80}?)\\s*(?:-{1,2}|–|—)\\s+\\S"));
    // The dateline opens one of the first paragraphs (a subtitle may come before it).
    const QStringList first = article.body.split(QStringLiteral("\n\n")).mid(0, 3);
    for (const QString &paragraph : first) {
        if (!article.source.isEmpty())
            break;
        const QRegularExpressionMatch m = dateline.match(paragraph);
        if (!m.hasMatch())
            continue;
        for (const QString &part : m.captured(1).split(u',', Qt::SkipEmptyParts)) {
            if (const PublicationEntry *p = m_lexicon.publication(part)) {
                article.source = p->name;
                break;
            }
        }
    }
    if (!article.source.isEmpty()) {
        if (const PublicationEntry *p = m_lexicon.publication(article.source))
            article.source = p->name;
    }
    if (!article.published.isValid())
        readReportingDate(article, first);
}

// Without a date in the page's header, the article's own date is the day it reports as "today":
// Indonesian news writes it as a weekday with the date in brackets, "Senin (27/11/2023)", in the
// first paragraphs. A bare date there ("pada 10 Oktober") is usually an event's, not the article's.
void PageTextParser::readReportingDate(Article &article, const QStringList &paragraphs) const
{
    for (const QString &paragraph : paragraphs) {
        QStringView rest(paragraph);
        for (int tries = 0; tries < 10 && !rest.isEmpty(); ++tries) {
            const auto date = text::DateParser::find(rest);
            if (!date)
                break;
            const QStringView found = rest.mid(date->start, date->length);
            if (found.contains(u'(') && found.trimmed().endsWith(u')')) {
                article.published = date->utc;
                return;
            }
            rest = rest.mid(date->start + qMax<qsizetype>(date->length, 1));
        }
    }
}

} // namespace kliping::ingest
