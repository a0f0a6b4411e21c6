#include "pagetextparser.h"

#include "text/dateparser.h"

#include <QRegularExpression>

namespace kliping::ingest {

namespace {

int wordCount(const QString &line)
{
    return int(line.split(u' ', Qt::SkipEmptyParts).size());
}

bool endsLikeSentence(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[.!?:;][\"”’')\\]]*$"));
    return end.match(line).hasMatch();
}

// A headline: a few words to a long line, not a finished sentence of a paragraph.
bool looksLikeTitle(const QString &line)
{
    const int words = wordCount(line);
    if (words < 3 || words > 30 || line.size() > 250)
        return false;
    return !line.endsWith(u'.') || words <= 12;
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

Article PageTextParser::parse(const QString &text) const
{
    Article article;
    QStringList paragraphs;
    bool bodyStarted = false;
    bool ended = false;
    int linesSinceTitle = -1;

    for (const QString &line : normalizedLines(text)) {
        if (line.isEmpty())
            continue;
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
        switch (m_lexicon.classify(line)) {
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
        if (!bodyStarted) {
            if (!article.published.isValid() && line.size() < 80) {
                if (const auto date = text::DateParser::parse(line)) {
                    article.published = date->utc;
                    article.publishedZone = date->zone;
                    continue;
                }
            }
            if (article.title.isEmpty() && !looksLikeParagraph(line)) {
                if (looksLikeTitle(line)) {
                    article.title = line;
                    linesSinceTitle = 0;
                }
                // Shorter lines above the headline are navigation (section names, breadcrumbs).
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
    const QString first = article.body.section(QStringLiteral("\n\n"), 0, 0);
    static const QRegularExpression dateline(
        QStringLiteral("^([^\\n]{2,80}?)\\s+(?:-{1,2}|–|—)\\s+\\S"));
    const QRegularExpressionMatch m = dateline.match(first);
    if (m.hasMatch() && article.source.isEmpty()) {
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
}

} // namespace kliping::ingest
