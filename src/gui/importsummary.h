// What an import did, in words for the user: the counts for the message box and, in its
// details, every file or link that failed with the reason (nothing is lost silently).
#pragma once

#include "archive/articleimporter.h"

#include <QCoreApplication>
#include <QString>

namespace kliping::gui {

struct ImportSummary {
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)
public:
    explicit ImportSummary(const archive::ImportReport &report);

    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    bool cancelled = false;
    qint64 firstImportedId = 0; // 0 when nothing new was stored
    qint64 firstKnownId = 0;    // first imported or, failing that, first duplicate

    QString text() const;    // the counts of imported, duplicate and failed documents
    QString details() const; // one line per failed file or link, with the reason
    bool hasProblems() const { return failed > 0; }

    // A file path in the platform's form, a link as it is.
    static QString displayOrigin(const QString &origin);

private:
    QStringList m_failures;
};

} // namespace kliping::gui
