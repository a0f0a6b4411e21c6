// The HTML of every export: one article (title, source, date, writer and editor, URL, caption,
// paragraphs with quotes highlighted, the quotes with their speakers, the people and
// institutions box, a citation), a collection's cover and table of contents, and an official's
// dossier (positions over time, quotes by period). Two targets share the markup: Print, the
// subset of HTML and CSS that Qt's QTextDocument lays out for PDF and printing, and File, a
// self-contained page for browsers (inline CSS, no remote resources, internal links).
// Article text is untrusted: everything is escaped.
#pragma once

#include "exportcontent.h"
#include "exportoptions.h"

#include <QList>
#include <QString>

namespace kliping::exporting {

// One entry of a table of contents.
struct TocEntry {
    QString anchor;
    QString title;
    QString detail; // source and date
};

class ExportHtml {
public:
    enum class Target { Print, File };

    ExportHtml(const ExportOptions &options, Target target);

    // The body of one article; pageBreak starts it on a new page (articles after the first).
    QString article(const ExportArticle &article, const QString &anchor, bool pageBreak) const;
    // The table of contents; pages (same order as entries) are left out when empty.
    QString tableOfContents(const QList<TocEntry> &entries, const QList<int> &pages = {}) const;
    // The cover of a collection or a dossier (File target; the PDF paints its own).
    QString cover(const QString &kicker, const QString &title, const QStringList &lines) const;
    // A dossier's positions and its quotes grouped by period.
    QString dossierBody(const Dossier &dossier) const;
    // A whole page around a body, with the stylesheet inline (File target).
    QString page(const QString &title, const QString &body) const;
    // Qt's default stylesheet for the Print target, or the inline CSS of the File target.
    QString styleSheet() const;

    // Pieces every format shares (plain text, not escaped).
    static QString dateText(const QDateTime &utc, const QString &zone, const QLocale &locale);
    static QString citation(const QString &source, const QString &title, const QDateTime &published,
                            const QString &zone, const QString &url, const QDateTime &archivedAt,
                            const QLocale &locale);
    static QString citation(const ExportArticle &article, const QLocale &locale);
    static QString citation(const DossierQuote &quote, const QLocale &locale);
    static QString personLine(const analysis::Person &person);
    static QString institutionLine(const analysis::Institution &institution);
    static QString positionSpanText(const archive::PositionSpan &span, const QLocale &locale);
    static QString kindName(analysis::QuoteKind kind);
    static QString speakerName(const analysis::Quote &quote);
    // "Kliping" cover lines of a collection: how many articles, from when to when.
    static QStringList collectionLines(const QList<ExportArticle> &articles, const QLocale &locale);
    static QStringList dossierLines(const Dossier &dossier, const QLocale &locale);
    static QString dossierTitle(const Dossier &dossier);

private:
    QString bodyParagraphs(const ExportArticle &article) const;
    QString quoteList(const ExportArticle &article) const;
    QString peopleBox(const ExportArticle &article) const;

    ExportOptions m_options;
    Target m_target;
};

} // namespace kliping::exporting
