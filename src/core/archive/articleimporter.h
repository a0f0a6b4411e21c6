// Carries documents through the whole flow into the archive: read, decode, parse, analyse, store.
// Used alike by kliping-cli, the GUI's import worker and the tests, so that every path imports the
// same way. A bad file is reported with its reason and the batch goes on.
#pragma once

#include "analysis/analyzer.h"
#include "archive.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kliping::archive {

struct ImportItemResult {
    enum class Status { Imported, Duplicate, Failed };
    QString origin; // file path or other origin as given
    Status status = Status::Failed;
    qint64 articleId = 0;
    QString title;
    QString message; // the reason for a failure, for the user
};

struct ImportReport {
    QList<ImportItemResult> items;
    bool cancelled = false;
    int count(ImportItemResult::Status status) const;
};

class ArticleImporter {
public:
    // Articles per transaction: a crash loses at most the batch in flight, never half an article.
    static constexpr int kBatchSize = 50;

    // Called after each document; returning false cancels the rest (what is done stays done).
    using Progress = std::function<bool(int done, int total, const QString &current)>;

    explicit ArticleImporter(Archive &archive) : m_archive(archive) {}

    // Files and folders (walked recursively).
    ImportReport importPaths(const QStringList &paths, const Progress &progress = {});
    // Text pasted by the user.
    ImportReport importText(const QString &text, const QString &origin);

    // Analyses again the articles whose stored analysis is older than the analyser (all of them
    // with force). Returns the number refreshed; progress as for imports.
    int reanalyse(bool force, const Progress &progress = {}, QString *error = nullptr);

private:
    // Stores the batch; pending holds, for each article of the batch, its index in the report.
    void flush(ImportReport &report, QList<qsizetype> &pending, QList<ingest::Article> &batch);

    Archive &m_archive;
    analysis::Analyzer m_analyzer;
};

} // namespace kliping::archive
