#include "exportoptions.h"

#include <QFileInfo>

namespace kliping::exporting {

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

std::optional<Format> formatFromFileName(const QString &fileName)
{
    return formatFromName(QFileInfo(fileName).suffix());
}

QString extensionOf(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return QStringLiteral("pdf");
}

std::optional<Paper> paperFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return Paper::A4;
    if (n == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

QPageSize pageSizeOf(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace kliping::exporting
