#include "exportcontent.h"

#include "archive/sqlitestatement.h"
#include "archive/storedvalues.h"
#include "text/articledate.h"
#include "text/textfolding.h"

#include <QCoreApplication>

#include <algorithm>

namespace kliping::exporting {

namespace {

using archive::fromIso;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingExport)
};

bool holdsAllWords(const QString &text, const QStringList &foldedWords)
{
    if (foldedWords.isEmpty())
        return true;
    const QString folded = text::fold(text);
    return std::all_of(foldedWords.begin(), foldedWords.end(),
                       [&folded](const QString &w) { return folded.contains(w); });
}

} // namespace

QList<ExportArticle> loadArticles(const archive::Archive &archive, const QList<qint64> &ids,
                                  QList<qint64> *missing, const ExportProgress &progress)
{
    QList<ExportArticle> articles;
    articles.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(int(i), int(ids.size())))
            return {};
        const auto stored = archive.article(ids.at(i));
        if (!stored) {
            if (missing)
                missing->append(ids.at(i));
            continue;
        }
        articles.append(
            {stored->id, stored->article, archive.analysisOf(stored->id), stored->importedAt});
    }
    return articles;
}

std::optional<Dossier> loadDossier(const archive::Archive &archive, qint64 personId,
                                   const QStringList &words, Period period)
{
    const auto profile = archive::PeopleDirectory(archive).profile(personId);
    if (!profile)
        return std::nullopt;
    Dossier dossier;
    dossier.person = *profile;
    dossier.words = words;
    dossier.period = period;
    QStringList folded;
    for (const QString &w : words) {
        const QString f = text::fold(w).trimmed();
        if (!f.isEmpty())
            folded << f;
    }
    sqlite3 *db = archive.handle();
    if (!db)
        return dossier;
    // The quotes straight from the table: an official may have thousands, and the whole
    // analysis of every article would be read for nothing.
    archive::SqliteStatement st(
        db, "SELECT q.article_id, q.start, q.end, q.text, q.kind, q.speaker_mention, "
            "q.confidence, q.rule, a.title, s.name, a.url, a.published_utc, a.published_zone, "
            "a.imported_at FROM quotes q JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN sources s ON s.id = a.source_id WHERE q.speaker_id = ?1 "
            "ORDER BY a.published_utc IS NULL, a.published_utc, q.article_id, q.start");
    st.bind(1, personId);
    while (st.step() == SQLITE_ROW) {
        DossierQuote q;
        q.articleId = st.int64(0);
        q.quote.start = st.int64(1);
        q.quote.end = st.int64(2);
        q.quote.text = st.text(3);
        q.quote.kind = st.text(4) == QLatin1String("indirect") ? analysis::QuoteKind::Indirect
                                                               : analysis::QuoteKind::Direct;
        q.quote.speakerMention = st.text(5);
        q.quote.confidence = sqlite3_column_double(st.get(), 6);
        q.quote.rule = st.text(7);
        q.quote.speaker = profile->name;
        q.title = st.text(8);
        q.source = st.text(9);
        q.url = st.text(10);
        q.published = fromIso(st.text(11));
        q.publishedZone = st.text(12);
        q.importedAt = fromIso(st.text(13));
        if (holdsAllWords(q.quote.text, folded))
            dossier.quotes << q;
    }
    return dossier;
}

QString periodName(const QDateTime &utc, const QString &zone, Period period, const QLocale &locale)
{
    if (!utc.isValid())
        return Tr::tr("Undated");
    const QDate date = utc.toTimeZone(text::ArticleDate::zoneFor(zone)).date();
    return period == Period::Year ? QString::number(date.year())
                                  : locale.toString(date, QStringLiteral("MMMM yyyy"));
}

} // namespace kliping::exporting
