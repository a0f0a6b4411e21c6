#include "pdfexporter.h"

#include "pdfmetadata.h"
#include "text/articledate.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QMutex>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace kliping::exporting {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingExport)
};

// Layout units are CSS pixels (1/96 inch); the painter scales them to the device.
constexpr qreal kUnitsPerInch = 96.0;
constexpr qreal kUnitsPerMm = kUnitsPerInch / 25.4;
// How far inside a page's top the band of lines drawn on it begins: less than any line.
constexpr qreal kLineOverhang = 4.0;
const QString kSerif = QStringLiteral("Noto Serif");
const QString kSans = QStringLiteral("Noto Sans");

// A paint device with 96 dots per inch for the layout, whatever device is painted on later.
QImage &layoutDevice()
{
    thread_local QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32);
        i.setDotsPerMeterX(qRound(kUnitsPerInch / 0.0254));
        i.setDotsPerMeterY(qRound(kUnitsPerInch / 0.0254));
        return i;
    }();
    return image;
}

// Qt shapes Latin text with HarfBuzz, which turns "fi", "fl", "ff" into ligature glyphs that a
// PDF reader gives back as U+FB01... (or loses). PreferNoShaping skips shaping for scripts
// that do not need it (Latin), so every letter stays its own glyph. QFont::setFeature (Qt 6.7)
// would switch off just "liga"; Qt 6.4 has no such thing.
QFont textFont(const QString &family, qreal pointSize, bool bold = false)
{
    QFont font(family);
    font.setFamilies({family, family.contains(QLatin1String("Sans"))
                                  ? QStringLiteral("DejaVu Sans")
                                  : QStringLiteral("DejaVu Serif")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferOutline));
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void prepare(QTextDocument &doc, qreal width, qreal height, const QString &styleSheet)
{
    doc.documentLayout()->setPaintDevice(&layoutDevice());
    doc.setDefaultFont(textFont(kSerif, 10.5));
    QTextOption option;
    option.setUseDesignMetrics(true); // unhinted advances: the same layout at any resolution
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(styleSheet);
    doc.setPageSize(QSizeF(width, height));
}

// Small one-off texts (header, footer, cover) laid out like the body.
void drawText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
              Qt::Alignment alignment, const QColor &colour)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&layoutDevice());
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option(alignment);
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(option);
    doc.setPlainText(text);
    doc.setTextWidth(rect.width());
    painter.save();
    qreal y = rect.top();
    if (alignment & Qt::AlignBottom)
        y = rect.bottom() - doc.size().height();
    else if (alignment & Qt::AlignVCenter)
        y = rect.center().y() - doc.size().height() / 2;
    painter.translate(rect.left(), y);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, colour);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

QString elided(const QString &text, const QFont &font, qreal width)
{
    return QFontMetricsF(font, &layoutDevice()).elidedText(text, Qt::ElideRight, width);
}

// The physical page (0-based within the document) of every anchor of the sections.
QList<int> anchorPages(QTextDocument &doc, const QList<PrintJob::Section> &sections)
{
    QHash<QString, int> pageOf;
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                const qreal top = layout->blockBoundingRect(block).top();
                pageOf.insert(name, int(std::floor((top + 0.5) / pageHeight)));
            }
        }
    }
    QList<int> pages;
    for (const PrintJob::Section &s : sections)
        pages << pageOf.value(s.anchor, 0);
    return pages;
}

// A small table (the box of people and institutions, a short quote list) cut by a page break
// leaves a row or two alone on a page: such a table starts on a new page instead. Qt's rich
// text knows no "keep together"; a page break before the table is what it offers.
bool keepSmallTablesTogether(QTextDocument &doc)
{
    bool changed = false;
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (int pass = 0; pass < 4; ++pass) {
        layout->documentSize();
        bool moved = false;
        const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
        for (QTextFrame *frame : frames) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const QRectF r = layout->frameBoundingRect(table);
            const int first = int(std::floor((r.top() + 0.5) / pageHeight));
            const int last = int(std::floor((r.bottom() - 0.5) / pageHeight));
            if (first == last || r.height() > pageHeight * 0.4)
                continue;
            // The table's heading ("Quotes") goes along.
            const QTextBlock before = table->firstCursorPosition().block().previous();
            if (before.isValid() && before.blockFormat().headingLevel() > 0) {
                QTextBlockFormat heading = before.blockFormat();
                if (heading.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue;
                heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(before).setBlockFormat(heading);
                moved = true;
                continue;
            }
            QTextTableFormat format = table->format();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            moved = true;
        }
        if (!moved)
            return changed;
        changed = true;
    }
    return changed;
}

// QTextLayout::draw (Qt 6.4) also draws the last line above the clip rectangle of a block
// that runs over a page break: on the next page, outside the clip, invisible but in the PDF's
// text, so pdftotext and a reader's search find that line twice. Splitting every such block at
// the page break (the parts keep the paragraph's look) leaves no block across two pages.
// Paragraphs of the text also get what Qt lacks, widow and orphan control: no paragraph leaves
// a single line behind at the foot of a page or alone at the head of the next.
bool splitBlocksAtPageBreaks(QTextDocument &doc)
{
    bool changed = false;
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    struct Split {
        int position;     // a new block starts here
        bool breakBefore; // and on a new page (or the whole block moves: position is its start)
    };
    for (int pass = 0; pass < 6; ++pass) {
        layout->documentSize(); // the layout is lazy: lay out everything first
        QList<Split> splits;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() < 2)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            auto pageOf = [&](int line) {
                return int(std::floor((top + lines->lineAt(line).y() + 0.5) / pageHeight));
            };
            const int count = lines->lineCount();
            int turn = 1; // the first line on the next page
            while (turn < count && pageOf(turn) == pageOf(0))
                ++turn;
            if (turn == count)
                continue;
            // Only paragraphs of the text flow, not table cells, can be moved to a new page.
            const bool inFlow = QTextCursor(block).currentFrame() == doc.rootFrame();
            const bool pageBreakAlready =
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            if (inFlow && !pageBreakAlready && (turn == 1 || count <= 3)) {
                splits.append({block.position(), true}); // orphan, or too short to part
            } else if (inFlow && count - turn == 1 && turn >= 3) {
                splits.append({block.position() + lines->lineAt(turn - 1).textStart(), true});
            } else {
                splits.append({block.position() + lines->lineAt(turn).textStart(), false});
            }
        }
        if (splits.isEmpty())
            return changed;
        changed = true;
        QTextCursor cursor(&doc);
        cursor.beginEditBlock();
        for (auto it = splits.crbegin(); it != splits.crend(); ++it) {
            cursor.setPosition(it->position);
            if (cursor.atBlockStart()) {
                QTextBlockFormat format = cursor.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                continue;
            }
            QTextBlockFormat first = cursor.blockFormat();
            QTextBlockFormat rest = first;
            first.setBottomMargin(0);
            rest.setTopMargin(0);
            if (it->breakBefore)
                rest.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(first);
            cursor.insertBlock(rest);
        }
        cursor.endEditBlock();
    }
    return changed;
}

// A heading at the foot of a page whose text begins on the next page goes with its text.
bool keepHeadingsWithText(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    layout->documentSize();
    QList<int> headings;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid() ||
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF here = layout->blockBoundingRect(block);
        const QRectF there = layout->blockBoundingRect(next);
        if (int(std::floor((here.top() + 0.5) / pageHeight)) !=
            int(std::floor((there.top() + 0.5) / pageHeight)))
            headings << block.position();
    }
    QTextCursor cursor(&doc);
    for (const int position : std::as_const(headings)) {
        cursor.setPosition(position);
        QTextBlockFormat format = cursor.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
    return !headings.isEmpty();
}

// Writes the page numbers into the last column of the contents (the document's first table).
bool fillPageNumbers(QTextDocument &doc, const QList<int> &pages)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    auto *table = frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.first());
    if (!table || table->rows() != pages.size() || table->columns() < 3)
        return false;
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (int row = 0; row < table->rows(); ++row) {
        const QTextTableCell cell = table->cellAt(row, table->columns() - 1);
        cursor.setPosition(cell.firstCursorPosition().position());
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        cursor.insertText(QString::number(pages.at(row)));
    }
    cursor.endEditBlock();
    return true;
}

QList<int> shifted(QList<int> pages, int by)
{
    for (int &p : pages)
        p += by;
    return pages;
}

} // namespace

PdfExporter::PdfExporter(const ExportOptions &options)
    : m_options(options)
{
}

void PdfExporter::ensureFonts()
{
    static QMutex mutex;
    static bool done = false;
    const QMutexLocker lock(&mutex);
    if (done)
        return;
    done = true;
    const QStringList families = QFontDatabase::families();
    struct Wanted {
        QString family;
        QString folder;
        QString pattern;
    };
    const QList<Wanted> wanted = {
        {kSerif, QStringLiteral("/usr/share/fonts/truetype/noto"),
         QStringLiteral("NotoSerif-*.ttf")},
        {kSans, QStringLiteral("/usr/share/fonts/truetype/noto"), QStringLiteral("NotoSans-*.ttf")},
        {QStringLiteral("DejaVu Serif"), QStringLiteral("/usr/share/fonts/truetype/dejavu"),
         QStringLiteral("DejaVuSerif*.ttf")},
        {QStringLiteral("DejaVu Sans"), QStringLiteral("/usr/share/fonts/truetype/dejavu"),
         QStringLiteral("DejaVuSans*.ttf")},
    };
    for (const Wanted &w : wanted) {
        if (families.contains(w.family))
            continue;
        const QDir dir(w.folder);
        for (const QString &file : dir.entryList({w.pattern}, QDir::Files))
            QFontDatabase::addApplicationFont(dir.filePath(file));
    }
}

PrintJob PdfExporter::articlesJob(const QList<ExportArticle> &articles) const
{
    PrintJob job;
    const ExportHtml html(m_options, ExportHtml::Target::Print);
    const bool single = articles.size() == 1;
    job.cover = !single;
    job.tableOfContents = !single;
    if (single) {
        const ingest::Article &a = articles.constFirst().article;
        job.title = a.title;
        job.author = m_options.author.isEmpty() ? (a.byline.isEmpty() ? a.source : a.byline)
                                                : m_options.author;
        job.subject = a.source;
    } else {
        job.title = m_options.title.isEmpty() ? Tr::tr("Kliping: %1 articles").arg(articles.size())
                                              : m_options.title;
        job.author = m_options.author.isEmpty() ? QStringLiteral("Kliping") : m_options.author;
        job.coverKicker = Tr::tr("KLIPING");
        job.coverLines = ExportHtml::collectionLines(articles, m_options.locale);
        job.subject = job.coverLines.join(QStringLiteral(" · "));
    }
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const ExportArticle &a = articles.at(i);
        const QString anchor = QStringLiteral("article-%1").arg(i + 1);
        job.bodyHtml += html.article(a, anchor, !single);
        QStringList detail;
        if (!a.article.source.isEmpty())
            detail << a.article.source;
        const QString date =
            ExportHtml::dateText(a.article.published, a.article.publishedZone, m_options.locale);
        if (!date.isEmpty())
            detail << date;
        const QString header = single ? detail.join(QStringLiteral(" · ")) : a.article.title;
        job.sections.append(
            {anchor, header, {anchor, a.article.title, detail.join(QStringLiteral(" · "))}});
    }
    return job;
}

PrintJob PdfExporter::dossierJob(const Dossier &dossier) const
{
    PrintJob job;
    const ExportHtml html(m_options, ExportHtml::Target::Print);
    job.title = m_options.title.isEmpty() ? Tr::tr("Dossier: %1").arg(dossier.person.name)
                                          : m_options.title;
    job.author = m_options.author.isEmpty() ? QStringLiteral("Kliping") : m_options.author;
    job.runningTitle = job.title;
    // No cover: a dossier is often a few pages, and its first page says what it is.
    const QStringList lines = ExportHtml::dossierLines(dossier, m_options.locale);
    job.subject = lines.join(QStringLiteral(" · "));
    const QString anchor = QStringLiteral("dossier");
    job.bodyHtml =
        QStringLiteral("<p class=\"kicker\">%1</p><h1 class=\"title\"><a name=\"%2\"></a>%3</h1>")
            .arg(Tr::tr("DOSSIER").toHtmlEscaped(), anchor,
                 ExportHtml::dossierTitle(dossier).toHtmlEscaped());
    for (const QString &line : lines)
        job.bodyHtml += QStringLiteral("<p class=\"meta\">%1</p>").arg(line.toHtmlEscaped());
    job.bodyHtml += html.dossierBody(dossier);
    job.sections.append({anchor, dossier.person.name, {anchor, dossier.person.name, {}}});
    QString period;
    for (const DossierQuote &q : dossier.quotes) {
        const QString name =
            periodName(q.published, q.publishedZone, dossier.period, m_options.locale);
        if (name == period)
            continue;
        period = name;
        const QString periodAnchor = QStringLiteral("period-%1").arg(job.sections.size());
        job.sections.append({periodAnchor,
                             Tr::tr("%1 · %2").arg(dossier.person.name, period),
                             {periodAnchor, period, {}}});
    }
    return job;
}

int PdfExporter::paint(QPagedPaintDevice *device, const PrintJob &job,
                       const ExportProgress &progress) const
{
    ensureFonts();
    m_sectionPages.clear();
    const QSizeF paperMm = device->pageLayout().fullRect(QPageLayout::Millimeter).size();
    const QSizeF page(paperMm.width() * kUnitsPerMm, paperMm.height() * kUnitsPerMm);
    const QMarginsF m(
        m_options.marginsMm.left() * kUnitsPerMm, m_options.marginsMm.top() * kUnitsPerMm,
        m_options.marginsMm.right() * kUnitsPerMm, m_options.marginsMm.bottom() * kUnitsPerMm);
    const QRectF content(m.left(), m.top(), page.width() - m.left() - m.right(),
                         page.height() - m.top() - m.bottom());
    const ExportHtml html(m_options, ExportHtml::Target::Print);
    const int coverPages = job.cover ? 1 : 0;

    // Lay out with placeholder page numbers, read where each section landed, write the real
    // numbers and lay out again: the contents table's rows keep their height, so the numbers
    // hold (checked, and retried once if a number's width moved a line).
    QTextDocument doc;
    prepare(doc, content.width(), content.height(), html.styleSheet());
    QList<TocEntry> entries;
    for (const PrintJob::Section &s : job.sections)
        entries << s.toc;
    QList<int> pages;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString toc = job.tableOfContents ? html.tableOfContents(entries, pages) : QString();
        doc.setHtml(QStringLiteral("<html><body>") + toc + job.bodyHtml +
                    QStringLiteral("</body></html>"));
        // Page breaks where Qt's layout has none: each step may move what the others settled.
        for (int pass = 0; pass < 4; ++pass) {
            bool changed = keepSmallTablesTogether(doc);
            changed = keepHeadingsWithText(doc) || changed;
            changed = splitBlocksAtPageBreaks(doc) || changed;
            if (!changed)
                break;
        }
        QList<int> found = anchorPages(doc, job.sections);
        for (int &p : found)
            p += coverPages + 1;
        if (!job.tableOfContents || found == pages) {
            pages = found;
            break;
        }
        pages = found;
        // The numbers go into the contents' last column in place: its cells are wide enough
        // for any number, so no line moves, and the page breaks settled above stay (laying out
        // the whole text again would cost as much as the first time).
        if (fillPageNumbers(doc, pages) &&
            anchorPages(doc, job.sections) == shifted(pages, -coverPages - 1))
            break;
    }
    m_sectionPages = pages;

    const int docPages = doc.pageCount();
    const int total = coverPages + docPages;
    QPainter painter;
    if (!painter.begin(device))
        return -1;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(device->logicalDpiX() / kUnitsPerInch, device->logicalDpiY() / kUnitsPerInch);

    const QFont smallSans = textFont(kSans, 7.5);
    const QColor grey(0x6e, 0x77, 0x81);
    const QColor accent(0x9a, 0x34, 0x12);
    if (job.cover) {
        // A band of colour, the kicker, the title and what the collection holds.
        painter.fillRect(QRectF(0, 0, page.width(), 10 * kUnitsPerMm), accent);
        const qreal top = page.height() * 0.30;
        drawText(painter, QRectF(content.left(), top, content.width(), 20), job.coverKicker,
                 textFont(kSans, 10, true), Qt::AlignLeft, accent);
        QTextDocument title;
        title.documentLayout()->setPaintDevice(&layoutDevice());
        title.setDefaultFont(textFont(kSans, 26, true));
        QTextOption option;
        option.setUseDesignMetrics(true);
        option.setWrapMode(QTextOption::WordWrap);
        title.setDefaultTextOption(option);
        title.setDocumentMargin(0);
        title.setPlainText(job.title);
        title.setTextWidth(content.width());
        painter.save();
        painter.translate(content.left(), top + 26);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, QColor(0x10, 0x14, 0x18));
        title.documentLayout()->draw(&painter, context);
        painter.restore();
        qreal y = top + 26 + title.size().height() + 14;
        painter.fillRect(QRectF(content.left(), y, 60, 3), accent);
        y += 18;
        for (const QString &line : job.coverLines) {
            drawText(painter, QRectF(content.left(), y, content.width(), 40), line,
                     textFont(kSans, 11), Qt::AlignLeft, QColor(0x30, 0x36, 0x3d));
            y += 22;
        }
        const QString made =
            Tr::tr("Exported from Kliping on %1")
                .arg(m_options.locale.toString(
                    QDateTime::currentDateTime().toTimeZone(text::ArticleDate::zoneFor({})).date(),
                    QStringLiteral("d MMMM yyyy")));
        drawText(painter, QRectF(content.left(), content.bottom() - 20, content.width(), 20), made,
                 textFont(kSans, 8.5), Qt::AlignLeft | Qt::AlignBottom, grey);
    }

    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal pageHeight = doc.pageSize().height();
    for (int i = 0; i < docPages; ++i) {
        if (progress && !progress(i, docPages)) {
            painter.end();
            return -1;
        }
        if (i > 0 || job.cover)
            device->newPage();
        const int physical = coverPages + i + 1;
        painter.save();
        painter.translate(content.left(), content.top() - i * pageHeight);
        const QRectF clip(0, i * pageHeight, content.width(), pageHeight);
        painter.setClipRect(clip);
        // Which lines are drawn: a line drawn on a page where it is clipped away would still be
        // in the PDF's text, twice. The first line of a page starts on its edge (and the title
        // after a page break a hair above it): the band is a little inside the page.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip.adjusted(0, kLineOverhang, 0, -1.0);
        context.palette.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x25));
        layout->draw(&painter, context);
        painter.restore();

        // Running header: the collection (or source) on the left, the section on the right.
        // The running head: the first section starting on this page, else the one going on.
        QString section;
        for (qsizetype s = 0; s < job.sections.size(); ++s) {
            if (pages.value(s) < physical)
                section = job.sections.at(s).header;
            else if (pages.value(s) == physical) {
                section = job.sections.at(s).header;
                break;
            }
        }
        const bool inContents =
            job.tableOfContents && (pages.isEmpty() || physical < pages.first());
        if (inContents)
            section = Tr::tr("Contents");
        const qreal headerY = m.top() * 0.45;
        const QString left = !job.runningTitle.isEmpty() ? job.runningTitle
                             : job.cover                 ? job.title
                                                         : Tr::tr("Kliping");
        const qreal half = content.width() / 2 - 8;
        drawText(painter, QRectF(content.left(), headerY, half, 14), elided(left, smallSans, half),
                 smallSans, Qt::AlignLeft, grey);
        drawText(painter, QRectF(content.center().x() + 8, headerY, half, 14),
                 elided(section, smallSans, half), smallSans, Qt::AlignRight, grey);
        painter.fillRect(QRectF(content.left(), headerY + 14, content.width(), 0.6),
                         QColor(0xd0, 0xd7, 0xde));
        // Footer: the page number of the whole file, as the contents count it.
        drawText(
            painter, QRectF(content.left(), page.height() - m.bottom() * 0.55, content.width(), 14),
            Tr::tr("Page %1 of %2").arg(physical).arg(total), smallSans, Qt::AlignHCenter, grey);
    }
    painter.end();
    return total;
}

QByteArray PdfExporter::pdf(const PrintJob &job, const ExportProgress &progress, int *pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            QPageLayout(pageSizeOf(m_options.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(job.title);
        writer.setCreator(QStringLiteral("Kliping %1").arg(QStringLiteral(KLIPING_VERSION)));
        count = paint(&writer, job, progress);
    }
    if (pages)
        *pages = count;
    if (count < 0)
        return {};
    PdfMetadata meta;
    meta.title = job.title;
    meta.author = job.author;
    meta.subject = job.subject;
    meta.creator = QStringLiteral("Kliping %1").arg(QStringLiteral(KLIPING_VERSION));
    if (job.sections.size() > 1) {
        for (qsizetype i = 0; i < job.sections.size(); ++i)
            meta.outline.append({job.sections.at(i).toc.title, m_sectionPages.value(i, 1) - 1});
    }
    return addPdfMetadata(buffer.data(), meta);
}

} // namespace kliping::exporting
