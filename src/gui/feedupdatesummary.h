// What an update of feeds did, in words for the user: the totals and one line per feed (new
// articles, or why the feed could not be read) for the message box, and in its details every
// feed with each item that failed and why (nothing is lost silently).
#pragma once

#include "importcontroller.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kliping::gui {

struct FeedUpdateSummary {
    Q_DECLARE_TR_FUNCTIONS(FeedUpdateSummary)
public:
    explicit FeedUpdateSummary(const FeedUpdateReport &report);

    // A message box stays readable: more feeds than this are only in the details.
    static constexpr int kFeedsInText = 8;

    int feeds = 0;
    int feedsFailed = 0; // feeds that could not be read (or only in part)
    int imported = 0;
    int duplicates = 0;
    int failed = 0; // items that did not become articles
    bool cancelled = false;
    qint64 firstImportedId = 0;

    QString text() const;
    QString details() const;
    bool hasProblems() const { return feedsFailed > 0 || failed > 0 || !m_error.isEmpty(); }

private:
    QString m_error;
    QStringList m_feedLines;
    QStringList m_details;
};

} // namespace kliping::gui
