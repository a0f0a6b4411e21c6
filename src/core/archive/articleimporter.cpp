#include "articleimporter.h"

#include "ingest/documentparser.h"
#include "ingest/documentreader.h"

#include <QCoreApplication>

#include <limits>

namespace kliping::archive {

namespace {

// An article needs a title to be listed; a page without one is named by its first words.
void ensureTitle(ingest::Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return;
    QString first = article.body.section(QStringLiteral("\n\n"), 0, 0).simplified();
    const qsizetype sentenceEnd = first.indexOf(QLatin1String(". "));
    if (sentenceEnd > 0)
        first.truncate(sentenceEnd);
    constexpr int kMaxLength = 90;
    if (first.size() > kMaxLength) {
        first.truncate(kMaxLength);
        const qsizetype space = first.lastIndexOf(u' ');
        if (space > kMaxLength / 2)
            first.truncate(space);
        first += QChar(0x2026); // …
    }
    article.title = first;
}

} // namespace

int ImportReport::count(ImportItemResult::Status status) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [status](const ImportItemResult &r) { return r.status == status; }));
}

void ArticleImporter::flush(ImportReport &report, QList<qsizetype> &pending,
                            QList<ingest::Article> &batch)
{
    if (batch.isEmpty())
        return;
    QList<analysis::Analysis> analyses;
    analyses.reserve(batch.size());
    for (const ingest::Article &article : std::as_const(batch))
        analyses << m_analyzer.analyze(article);
    const auto outcomes = m_archive.importArticles(batch, analyses, analysis::Analyzer::kVersion);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        ImportItemResult &item = report.items[pending.at(i)];
        if (!outcomes) {
            item.status = ImportItemResult::Status::Failed;
            item.message = QCoreApplication::translate("ArticleImporter",
                                                       "The archive could not store it: %1")
                               .arg(m_archive.errorString());
            continue;
        }
        const ImportOutcome &o = outcomes->at(i);
        item.articleId = o.articleId;
        item.status = o.status == ImportStatus::Imported ? ImportItemResult::Status::Imported
                                                         : ImportItemResult::Status::Duplicate;
    }
    pending.clear();
    batch.clear();
}

ImportReport ArticleImporter::importPaths(const QStringList &paths, const Progress &progress)
{
    ImportReport report;
    const QStringList files = ingest::DocumentReader::expandPaths(paths);
    QList<qsizetype> pending;
    QList<ingest::Article> batch;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()), files.at(i))) {
            report.cancelled = true;
            break;
        }
        const ingest::RawDocument doc = ingest::DocumentReader::read(files.at(i));
        const QList<ingest::ParseResult> parsed =
            doc.ok() ? ingest::DocumentParser::parseAll(doc) : QList<ingest::ParseResult>();
        if (!doc.ok()) {
            ImportItemResult item;
            item.origin = files.at(i);
            item.message = doc.error;
            report.items << item;
            continue;
        }
        for (ingest::ParseResult result : parsed) {
            ImportItemResult item;
            item.origin = result.origin;
            if (!result.ok()) {
                item.message = result.error;
                report.items << item;
                continue;
            }
            ensureTitle(result.article);
            item.title = result.article.title;
            report.items << item;
            pending << report.items.size() - 1;
            batch << result.article;
            if (batch.size() >= kBatchSize)
                flush(report, pending, batch);
        }
    }
    flush(report, pending, batch);
    if (progress && !report.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    return report;
}

ImportReport ArticleImporter::importText(const QString &text, const QString &origin)
{
    ImportReport report;
    ImportItemResult item;
    item.origin = origin;
    ingest::ParseResult parsed = ingest::DocumentParser::parseText(text, origin);
    if (!parsed.ok()) {
        item.message = parsed.error;
        report.items << item;
        return report;
    }
    ensureTitle(parsed.article);
    item.title = parsed.article.title;
    report.items << item;
    QList<qsizetype> pending{0};
    QList<ingest::Article> batch{parsed.article};
    flush(report, pending, batch);
    return report;
}

int ArticleImporter::reanalyse(bool force, const Progress &progress, QString *error)
{
    const QList<qint64> ids =
        m_archive.articlesToAnalyse(force ? std::numeric_limits<int>::max() : analysis::Analyzer::kVersion);
    int done = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(int(i), int(ids.size()), QString::number(ids.at(i))))
            break;
        const auto stored = m_archive.article(ids.at(i));
        if (!stored)
            continue;
        if (!m_archive.replaceAnalysis(ids.at(i), m_analyzer.analyze(stored->article),
                                       analysis::Analyzer::kVersion)) {
            if (error)
                *error = m_archive.errorString();
            return done;
        }
        ++done;
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()), QString());
    return done;
}

} // namespace kliping::archive
