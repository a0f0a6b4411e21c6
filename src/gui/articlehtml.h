// Builds the reader's HTML for one article: the title, a line with source, date, writer and
// editor, the photo captions and the body paragraphs, with the analysis marked in the body:
// direct and indirect quotes on subtle backgrounds with the speaker as tooltip and, when asked,
// people and institution mentions in colour. Article text is untrusted: everything is escaped.
// Each body paragraph is one block with white-space kept, so an offset into Article::body maps
// to a document position by counting (see documentOffset).
#pragma once

#include "analysis/analysis.h"
#include "ingest/article.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace kliping::gui {

// Marks that read well on the reader's background, light or dark.
struct MarkColours {
    QColor directQuote;
    QColor indirectQuote;
    QColor person;
    QColor institution;
    static MarkColours forPalette(const QPalette &palette);
};

// Another article telling the same story ("also published as").
struct RelatedArticle {
    qint64 id = 0;
    QString title;
    QString source;
    QDateTime published;
};

// What the text links to: the archive ids of its people and institutions by canonical name (a
// marked mention becomes a kliping:person/ID or kliping:institution/ID link) and the articles
// that tell the same story (kliping:article/ID links under the metadata line).
struct ArticleLinks {
    QHash<QString, qint64> people;
    QHash<QString, qint64> institutions;
    QList<RelatedArticle> alsoPublished;
};

struct ArticleHtmlOptions {
    bool markEntities = false;
    MarkColours colours = MarkColours::forPalette(QPalette());
    QLocale locale;
    ArticleLinks links;
};

class ArticleHtml {
    Q_DECLARE_TR_FUNCTIONS(ArticleHtml)
public:
    using Colours = MarkColours;
    using Options = ArticleHtmlOptions;

    // The name of the anchor on the first character of the body, where offset 0 lies.
    static QString bodyAnchor() { return QStringLiteral("kliping-body"); }
    // The links of the reader: kliping:person/ID, kliping:institution/ID, kliping:article/ID.
    static QString linkScheme() { return QStringLiteral("kliping"); }

    static QString build(const ingest::Article &article, const analysis::Analysis &analysis = {},
                         const Options &options = {});

    // The offset of a body position from the body's first character in the document: the
    // "\n\n" between two paragraphs is one block break there. An offset in a gap between
    // paragraphs maps to the start of the next one.
    static qsizetype documentOffset(const QString &body, qsizetype bodyOffset);

    // The words shown for a quote's kind and its speaker (tooltips, the analysis panel).
    static QString kindName(analysis::QuoteKind kind);
    static QString speakerName(const analysis::Quote &quote);

private:
    static QString bodyHtml(const ingest::Article &article, const analysis::Analysis &analysis,
                            const Options &options);
};

} // namespace kliping::gui
