// What an export is asked for: the file format, the paper and margins of a PDF, what to include
// (quotes highlighted, the people box) and the language of dates. Shared by kliping-cli's
// export command, the GUI's export dialog and the exporters in this folder.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <optional>

namespace kliping::exporting {

enum class Format { Pdf, Html, Markdown, Json, Csv };
enum class Paper { A4, Letter };

struct ExportOptions {
    Format format = Format::Pdf;
    Paper paper = Paper::A4;
    QMarginsF marginsMm{20, 18, 20, 18}; // left, top, right, bottom
    bool highlightQuotes = true;         // quotes on a tinted background, listed with speakers
    bool peopleBox = true;               // people (with positions) and institutions
    QLocale locale;                      // day and month names of dates
    QString title;                       // of a collection (cover, PDF title); empty: a default
    QString author;                      // PDF author metadata; empty: the user's name
};

// "pdf", "html"/"htm", "md"/"markdown", "json", "csv" (case-insensitive); nothing otherwise.
std::optional<Format> formatFromName(const QString &name);
// The format a file name's extension asks for.
std::optional<Format> formatFromFileName(const QString &fileName);
QString extensionOf(Format format);
std::optional<Paper> paperFromName(const QString &name);
QPageSize pageSizeOf(Paper paper);

} // namespace kliping::exporting
