#include "pdfmetadata.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace kliping::exporting {

namespace {

// A text string as UTF-16BE with a byte order mark, in hex: any language, no escaping.
QByteArray pdfString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

// Where each object starts, from the cross-reference table at offset (the one Qt wrote).
QHash<int, qint64> readXref(const QByteArray &pdf, qint64 offset)
{
    QHash<int, qint64> objects;
    if (!pdf.mid(offset, 4).startsWith("xref"))
        return objects;
    qsizetype at = pdf.indexOf('\n', offset) + 1;
    while (at > 0 && at < pdf.size()) {
        const qsizetype eol = pdf.indexOf('\n', at);
        if (eol < 0)
            break;
        const QList<QByteArray> head = pdf.mid(at, eol - at).trimmed().split(' ');
        if (head.size() != 2)
            break; // "trailer"
        const int first = head.at(0).toInt();
        const int count = head.at(1).toInt();
        at = eol + 1;
        for (int i = 0; i < count; ++i) {
            const QByteArray entry = pdf.mid(at, 20);
            if (entry.size() < 18)
                return objects;
            if (entry.at(17) == 'n')
                objects.insert(first + i, entry.left(10).toLongLong());
            at += 20;
        }
    }
    return objects;
}

// The text of object n ("n 0 obj ... endobj").
QByteArray objectText(const QByteArray &pdf, const QHash<int, qint64> &xref, int n)
{
    const qint64 at = xref.value(n, -1);
    if (at < 0)
        return {};
    const qsizetype end = pdf.indexOf("endobj", at);
    return end < 0 ? QByteArray() : pdf.mid(at, end - at);
}

// The dictionary of an object's text, without the outer << >>.
QByteArray dictionaryBody(const QByteArray &object)
{
    const qsizetype open = object.indexOf("<<");
    const qsizetype close = object.lastIndexOf(">>");
    if (open < 0 || close < open)
        return {};
    return object.mid(open + 2, close - open - 2);
}

QList<int> refs(const QByteArray &text)
{
    QList<int> list;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QRegularExpressionMatchIterator it = ref.globalMatch(QString::fromLatin1(text));
    while (it.hasNext())
        list << it.next().captured(1).toInt();
    return list;
}

int refAfter(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QStringLiteral("%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The page objects in order, walking the page tree.
void collectPages(const QByteArray &pdf, const QHash<int, qint64> &xref, int node,
                  QList<int> &pages, int depth = 0)
{
    if (depth > 16)
        return;
    const QByteArray dict = dictionaryBody(objectText(pdf, xref, node));
    if (dict.contains("/Type /Pages") || dict.contains("/Type/Pages")) {
        const qsizetype kids = dict.indexOf("/Kids");
        const qsizetype open = dict.indexOf('[', kids);
        const qsizetype close = dict.indexOf(']', open);
        if (kids < 0 || open < 0 || close < 0)
            return;
        for (int kid : refs(dict.mid(open, close - open)))
            collectPages(pdf, xref, kid, pages, depth + 1);
    } else {
        pages << node;
    }
}

} // namespace

QByteArray addPdfMetadata(const QByteArray &pdf, const PdfMetadata &metadata)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailer < 0)
        return pdf;
    bool ok = false;
    const qint64 previous =
        pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok)
        return pdf;
    const QByteArray trailerDict = pdf.mid(trailer, startxref - trailer);
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    const QRegularExpressionMatch size = sizeRe.match(QString::fromLatin1(trailerDict));
    const int root = refAfter(trailerDict, "/Root");
    if (!size.hasMatch() || root <= 0)
        return pdf;
    int next = size.captured(1).toInt();
    const QHash<int, qint64> xref = readXref(pdf, previous);
    const QByteArray catalog = dictionaryBody(objectText(pdf, xref, root));
    const int pagesRoot = refAfter(catalog, "/Pages");
    if (catalog.isEmpty() || pagesRoot <= 0)
        return pdf;
    QList<int> pages;
    collectPages(pdf, xref, pagesRoot, pages);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QList<QPair<int, qint64>> offsets; // object number, byte offset
    auto addObject = [&out, &offsets](int number, const QByteArray &body) {
        offsets.append({number, out.size()});
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };

    const int info = next++;
    QByteArray infoDict = "<<\n/Title " + pdfString(metadata.title) + "\n/Author " +
                          pdfString(metadata.author) + "\n";
    if (!metadata.subject.isEmpty())
        infoDict += "/Subject " + pdfString(metadata.subject) + "\n";
    infoDict +=
        "/Creator " + pdfString(metadata.creator) + "\n/Producer " +
        pdfString(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))) + "\n/CreationDate (D:" +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
        "Z)\n>>";
    addObject(info, infoDict);

    QByteArray catalogBody = catalog;
    QList<PdfMetadata::Bookmark> bookmarks;
    for (const PdfMetadata::Bookmark &b : metadata.outline) {
        if (b.pageIndex >= 0 && b.pageIndex < pages.size())
            bookmarks << b;
    }
    if (!bookmarks.isEmpty() && !catalog.contains("/Outlines")) {
        const int outlines = next++;
        const int first = next;
        next += int(bookmarks.size());
        addObject(outlines, "<<\n/Type /Outlines\n/First " + QByteArray::number(first) +
                                " 0 R\n/Last " + QByteArray::number(first + bookmarks.size() - 1) +
                                " 0 R\n/Count " + QByteArray::number(bookmarks.size()) + "\n>>");
        for (qsizetype i = 0; i < bookmarks.size(); ++i) {
            const int n = first + int(i);
            QByteArray item = "<<\n/Title " + pdfString(bookmarks.at(i).title) + "\n/Parent " +
                              QByteArray::number(outlines) + " 0 R\n";
            if (i > 0)
                item += "/Prev " + QByteArray::number(n - 1) + " 0 R\n";
            if (i + 1 < bookmarks.size())
                item += "/Next " + QByteArray::number(n + 1) + " 0 R\n";
            item += "/Dest [" + QByteArray::number(pages.at(bookmarks.at(i).pageIndex)) +
                    " 0 R /XYZ null null null]\n>>";
            addObject(n, item);
        }
        catalogBody +=
            "\n/Outlines " + QByteArray::number(outlines) + " 0 R\n/PageMode /UseOutlines\n";
        addObject(root, "<<" + catalogBody + ">>");
    }

    // The new cross-reference section: one subsection per run of consecutive numbers.
    std::sort(offsets.begin(), offsets.end());
    const qint64 newXref = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets.at(j + 1).first == offsets.at(j).first + 1)
            ++j;
        out += QByteArray::number(offsets.at(i).first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            out += QByteArray::number(offsets.at(k).second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " +
           QByteArray::number(root) + " 0 R\n/Info " + QByteArray::number(info) + " 0 R\n/Prev " +
           QByteArray::number(previous) + "\n>>\nstartxref\n" + QByteArray::number(newXref) +
           "\n%%EOF\n";
    return out;
}

} // namespace kliping::exporting
