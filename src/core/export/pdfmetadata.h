// Adds what Qt 6.4's PDF writer cannot: the document's author and subject (QPdfWriter writes
// only a title and a creator) and an outline of bookmarks, one per section. They are appended
// as an incremental update (PDF 1.4, section 3.4.5): new objects, a catalog that points at the
// outline, and a new cross-reference section whose trailer names the new info dictionary; the
// bytes Qt wrote stay as they are. A PDF this code does not understand is returned unchanged.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kliping::exporting {

struct PdfMetadata {
    struct Bookmark {
        QString title;
        int pageIndex = 0; // 0-based
    };
    QString title;
    QString author;
    QString subject;
    QString creator;
    QList<Bookmark> outline;
};

QByteArray addPdfMetadata(const QByteArray &pdf, const PdfMetadata &metadata);

} // namespace kliping::exporting
