#include "feedupdatesummary.h"

#include "importsummary.h"

namespace kliping::gui {

using Status = archive::ImportItemResult::Status;

FeedUpdateSummary::FeedUpdateSummary(const FeedUpdateReport &report)
    : cancelled(report.cancelled)
    , m_error(report.error)
{
    for (const archive::FeedUpdateResult &result : report.feeds) {
        ++feeds;
        const ImportSummary items(result.report);
        imported += items.imported;
        duplicates += items.duplicates;
        failed += items.failed;
        if (!firstImportedId)
            firstImportedId = items.firstImportedId;
        // The title is known after the first successful read; until then the location names it.
        const QString name = result.feed.title.isEmpty()
                                 ? ImportSummary::displayOrigin(result.feed.location)
                                 : result.feed.title;
        QString line;
        if (!result.error.isEmpty()) {
            ++feedsFailed;
            line = tr("%1: error: %2").arg(name, result.error);
        } else {
            // "label: number" needs no plural forms in either language.
            line = tr("%1: new articles: %2").arg(name).arg(items.imported);
            if (items.failed > 0)
                line += tr(", failed: %1").arg(items.failed);
        }
        m_feedLines << line;
        m_details << tr("%1 (%2)").arg(name, ImportSummary::displayOrigin(result.feed.location));
        if (!result.error.isEmpty())
            m_details << tr("  The feed could not be read: %1").arg(result.error);
        m_details << tr("  New articles: %1, already in the archive: %2, failed: %3")
                         .arg(items.imported)
                         .arg(items.duplicates)
                         .arg(items.failed);
        if (items.failed > 0)
            m_details << QStringLiteral("  ") +
                             items.details().replace(u'\n', QStringLiteral("\n  "));
    }
}

QString FeedUpdateSummary::text() const
{
    QStringList lines;
    if (!m_error.isEmpty())
        lines << m_error << QString();
    if (feeds == 0 && m_error.isEmpty())
        lines << tr("No feed was updated.");
    lines << m_feedLines.mid(0, kFeedsInText);
    if (m_feedLines.size() > kFeedsInText)
        lines << tr("Further feeds: %1 (see the details)").arg(m_feedLines.size() - kFeedsInText);
    if (feeds > 1)
        lines << QString() << tr("New articles in all: %1").arg(imported);
    if (hasProblems() && feeds > 0)
        lines << QString() << tr("Show the details to see what failed and why.");
    if (cancelled)
        lines << QString()
              << tr("The update was cancelled; the feeds not yet read are updated next time.");
    return lines.join(u'\n');
}

QString FeedUpdateSummary::details() const
{
    return m_details.join(u'\n');
}

} // namespace kliping::gui
