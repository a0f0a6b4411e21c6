// What an export holds, read from the archive: articles with their analysis, or an official's
// dossier (profile, positions over time and every quote the archive attributes to them). The
// formats (PDF, HTML, Markdown, JSON, CSV) are all written from these structures.
#pragma once

#include "analysis/analysis.h"
#include "archive/archive.h"
#include "archive/peopledirectory.h"
#include "ingest/article.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace kliping::exporting {

struct ExportArticle {
    qint64 id = 0;
    ingest::Article article;
    analysis::Analysis analysis;
    QDateTime importedAt; // the "date archived" of a citation
};

// One quote of a dossier with the article it was said in.
struct DossierQuote {
    analysis::Quote quote;
    qint64 articleId = 0;
    QString title;
    QString source;
    QString url;
    QDateTime published; // UTC; invalid when unknown
    QString publishedZone;
    QDateTime importedAt;
};

enum class Period { Year, Month };

struct Dossier {
    archive::PersonProfile person;
    QStringList words; // only quotes holding all these words (empty: all quotes)
    Period period = Period::Year;
    QList<DossierQuote> quotes; // oldest first; undated last
};

// Called with (done, total); returns false to cancel.
using ExportProgress = std::function<bool(int done, int total)>;

// The articles in the order given; an id not in the archive is named in missing.
QList<ExportArticle> loadArticles(const archive::Archive &archive, const QList<qint64> &ids,
                                  QList<qint64> *missing = nullptr,
                                  const ExportProgress &progress = {});
std::optional<Dossier> loadDossier(const archive::Archive &archive, qint64 personId,
                                   const QStringList &words = {}, Period period = Period::Year);

// The heading of the period a date falls in ("2026", "Maret 2026"), in the article's zone.
QString periodName(const QDateTime &utc, const QString &zone, Period period, const QLocale &locale);

} // namespace kliping::exporting
