#include "importsummary.h"

#include "ingest/urlfetcher.h"

#include <QDir>
#include <QStringList>

namespace kliping::gui {

using Status = archive::ImportItemResult::Status;

QString ImportSummary::displayOrigin(const QString &origin)
{
    // A link keeps its slashes; only a file path is shown the platform's way.
    return ingest::UrlFetcher::isFetchableUrl(origin) ? origin : QDir::toNativeSeparators(origin);
}

ImportSummary::ImportSummary(const archive::ImportReport &report)
    : imported(report.count(Status::Imported))
    , duplicates(report.count(Status::Duplicate))
    , failed(report.count(Status::Failed))
    , cancelled(report.cancelled)
{
    // The report lists every failure, and the first articles in the order given.
    for (const archive::ImportItemResult &item : report.items) {
        switch (item.status) {
        case Status::Imported:
            if (!firstImportedId)
                firstImportedId = item.articleId;
            if (!firstKnownId)
                firstKnownId = item.articleId;
            break;
        case Status::Duplicate:
            if (!firstKnownId)
                firstKnownId = item.articleId;
            break;
        case Status::Failed:
            m_failures << tr("%1: %2").arg(displayOrigin(item.origin), item.message);
            break;
        }
    }
    if (firstImportedId)
        firstKnownId = firstImportedId;
}

QString ImportSummary::text() const
{
    // Counts as "label: number" lines: no plural forms to get wrong in either language.
    QStringList lines;
    lines << tr("Imported: %1").arg(imported) << tr("Already in the archive: %1").arg(duplicates)
          << tr("Failed: %1").arg(failed);
    if (failed > 0)
        lines << QString() << tr("Show the details to see each file or link that failed and why.");
    if (cancelled)
        lines << QString()
              << tr("The import was cancelled; what was imported before stays in the archive.");
    return lines.join(u'\n');
}

QString ImportSummary::details() const
{
    return m_failures.join(u'\n');
}

} // namespace kliping::gui
