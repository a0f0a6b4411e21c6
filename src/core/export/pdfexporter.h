// Lays out an export (one article, a collection, a dossier) with QTextDocument and paints it on
// any paged device: a PDF file (QPdfWriter) or, from the GUI, a printer or the print preview.
// A collection gets a cover, a table of contents whose page numbers come from the layout itself,
// and one article per section; every page but the cover has a running header and its number.
// Fonts are Noto Serif and Noto Sans (DejaVu when missing), embedded by Qt's PDF engine, and
// text is laid out without shaping, so no ligature glyph (U+FB01 "fi", U+FB02 "fl") ever
// replaces letters: pdftotext and a PDF reader's search give the words back as written.
#pragma once

#include "exportcontent.h"
#include "exporthtml.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace kliping::exporting {

// What to lay out: the sections' HTML (Print target) and what surrounds it.
struct PrintJob {
    struct Section {
        QString anchor; // the <a name> at the section's start in bodyHtml
        QString header; // the running header on its pages
        TocEntry toc;
    };
    QString title;  // PDF title, the header's left part
    QString author; // PDF author
    QString subject;
    QString runningTitle; // the header's left part; empty: the title (with a cover) or "Kliping"
    bool cover = false;
    QString coverKicker;
    QStringList coverLines;
    bool tableOfContents = false;
    QList<Section> sections;
    QString bodyHtml;
};

class PdfExporter {
public:
    explicit PdfExporter(const ExportOptions &options);

    // One article: no cover, no contents. Several: cover, contents, one article per section.
    PrintJob articlesJob(const QList<ExportArticle> &articles) const;
    PrintJob dossierJob(const Dossier &dossier) const;

    // Paints the job on a device whose page size is already set; the device's own margins are
    // ignored (the options' margins are used; a QPrinter must be in full-page mode). Returns
    // the number of pages, or -1 when progress asked to stop.
    int paint(QPagedPaintDevice *device, const PrintJob &job,
              const ExportProgress &progress = {}) const;
    // The PDF file's bytes, with title, author and an outline (bookmarks) of the sections.
    QByteArray pdf(const PrintJob &job, const ExportProgress &progress = {},
                   int *pages = nullptr) const;

    // The physical page (1-based) each section of the last paint() started on.
    QList<int> sectionPages() const { return m_sectionPages; }

    // Makes sure Noto Serif and Noto Sans (or DejaVu) are known to Qt, loading them from
    // Debian's font folders when the system's font configuration does not list them.
    static void ensureFonts();

private:
    ExportOptions m_options;
    mutable QList<int> m_sectionPages;
};

} // namespace kliping::exporting
