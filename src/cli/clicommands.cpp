#include "clicommands.h"

#include "clicontext.h"

#include "analysis/analyzer.h"
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/feedupdater.h"
#include "archive/peopledirectory.h"
#include "archive/search.h"
#include "ingest/urlfetcher.h"
#include "export/articlejson.h"
#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimeZone>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace kliping::cli {

namespace {

// Messages of this file, translated in the context "KlipingCli".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingCli)
};

using CommandFn = std::function<int(const Context &)>;

struct Command {
    const char *name;
    const char *summary;
    CommandFn run;
};

void printItem(const archive::ImportItemResult &item);
void printTotals(const archive::ImportReport &report);

int cmdImport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 Tr::tr("Files, folders or links (http/https) to import."),
                                 QStringLiteral("FILE|DIR|URL..."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     Tr::tr("Do not fetch the pages that feed items link to."));
    parser.addOption(offline);
    if (const int rc = parseCommand(parser, ctx,
                                    Tr::tr("Import articles from files, folders, links, feeds and "
                                           "JSON Lines."));
        rc >= 0)
        return rc;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << Tr::tr("Name at least one file or folder to import.") << "\n";
        return UsageError;
    }
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    archive::ArticleImporter importer(archive);
    importer.setFetchLinkedPages(!parser.isSet(offline));
    // A line for every document or record as it is stored: the report lists only so many.
    importer.setItemSink(printItem);
    const archive::ImportReport report = importer.importPaths(paths);
    printTotals(report);
    return report.count(archive::ImportItemResult::Status::Failed) > 0 ? SomeFailed : Success;
}

void printItem(const archive::ImportItemResult &item)
{
    using Status = archive::ImportItemResult::Status;
    switch (item.status) {
    case Status::Imported:
        out() << Tr::tr("imported   #%1  %2  (%3)").arg(item.articleId).arg(item.title, item.origin)
              << "\n";
        if (!item.message.isEmpty())
            err() << Tr::tr("note       %1: %2").arg(item.origin, item.message) << "\n";
        break;
    case Status::Duplicate:
        out() << Tr::tr("duplicate  #%1  %2  (%3) is already in the archive")
                     .arg(item.articleId)
                     .arg(item.title, item.origin)
              << "\n";
        break;
    case Status::Failed:
        err() << Tr::tr("failed     %1: %2").arg(item.origin, item.message) << "\n";
        break;
    }
}

void printTotals(const archive::ImportReport &report)
{
    using Status = archive::ImportItemResult::Status;
    out() << Tr::tr("Imported %1, duplicates %2, failed %3.")
                 .arg(report.count(Status::Imported))
                 .arg(report.count(Status::Duplicate))
                 .arg(report.count(Status::Failed))
          << "\n";
    out().flush();
}

int cmdList(const Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("Show at most N articles."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  Tr::tr("Sort by date (newest first), title or source."),
                                  QStringLiteral("date|title|source"), QStringLiteral("date"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    Tr::tr("Only articles whose title or source has these words."),
                                    QStringLiteral("WORDS"));
    parser.addOptions({limit, sort, filter});
    if (const int rc = parseCommand(parser, ctx, Tr::tr("List the articles in the archive.")); rc >= 0)
        return rc;
    archive::SortColumn column = archive::SortColumn::Published;
    Qt::SortOrder order = Qt::DescendingOrder;
    const QString s = parser.value(sort);
    if (s == QLatin1String("title")) {
        column = archive::SortColumn::Title;
        order = Qt::AscendingOrder;
    } else if (s == QLatin1String("source")) {
        column = archive::SortColumn::Source;
        order = Qt::AscendingOrder;
    } else if (s != QLatin1String("date")) {
        err() << Tr::tr("Unknown sort order %1; use date, title or source.").arg(s) << "\n";
        return UsageError;
    }
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0) {
        err() << Tr::tr("--limit takes a whole number.") << "\n";
        return UsageError;
    }
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    constexpr int kPage = 500;
    int offset = 0;
    for (;;) {
        const int want = max > 0 ? qMin(kPage, max - offset) : kPage;
        if (want <= 0)
            break;
        const auto rows = archive.listArticles(offset, want, column, order, parser.value(filter));
        for (const auto &r : rows)
            out() << r.id << '\t' << dateText(r.published) << '\t'
                  << (r.source.isEmpty() ? QStringLiteral("-") : r.source) << '\t' << r.title
                  << "\n";
        offset += int(rows.size());
        if (rows.size() < want)
            break;
    }
    return Success;
}

int cmdShow(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The article's number (see list)."),
                                 QStringLiteral("ID"));
    const QCommandLineOption original(QStringLiteral("original"),
                                      Tr::tr("Print the original bytes as imported instead."));
    parser.addOption(original);
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Show an article: metadata and text."));
        rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Give one article number, e.g. kliping-cli show 1.") << "\n";
        return UsageError;
    }
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const auto stored = archive.article(id);
    if (!stored) {
        err() << Tr::tr("There is no article #%1 in the archive.").arg(id) << "\n";
        return SomeFailed;
    }
    const ingest::Article &a = stored->article;
    if (parser.isSet(original)) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(a.originalBytes) != a.originalBytes.size())
            return SomeFailed;
        return Success;
    }
    const auto line = [](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out() << label << ": " << value << "\n";
    };
    line(Tr::tr("Title"), a.title);
    line(Tr::tr("Source"), a.source);
    line(Tr::tr("Published"),
         a.published.isValid()
             ? a.published.toUTC().toString(Qt::ISODate) +
                   (a.publishedZone.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.publishedZone))
             : QString());
    line(Tr::tr("Writer"), a.byline);
    line(Tr::tr("Editor"), a.editor);
    line(Tr::tr("URL"), a.url);
    for (const QString &c : a.captions)
        line(Tr::tr("Caption"), c);
    line(Tr::tr("Imported"), stored->importedAt.toString(Qt::ISODate));
    line(Tr::tr("Original"), a.mediaType);
    out() << "\n" << a.body << "\n";
    return Success;
}

int cmdStats(const Context &ctx)
{
    QCommandLineParser parser;
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Show what the archive holds.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const archive::ArchiveStats s = archive.stats();
    out() << Tr::tr("Archive:   %1").arg(archive.path()) << "\n"
          << Tr::tr("Version:   %1").arg(s.schemaVersion) << "\n"
          << Tr::tr("Articles:  %1").arg(s.articles) << "\n"
          << Tr::tr("Sources:   %1").arg(s.sources) << "\n"
          << Tr::tr("Originals: %1").arg(QLocale::c().formattedDataSize(s.originalBytes)) << "\n";
    if (s.earliest.isValid())
        out() << Tr::tr("Published: %1 to %2").arg(dateText(s.earliest), dateText(s.latest)) << "\n";
    return Success;
}

int cmdAnalyze(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("Files to analyse."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print one JSON object per file (JSON Lines)."));
    parser.addOption(json);
    if (const int rc = parseCommand(
            parser, ctx,
            Tr::tr("Parse and analyse files as an import would, without touching an archive."));
        rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << Tr::tr("Name at least one file to analyse.") << "\n";
        return UsageError;
    }
    const analysis::Analyzer analyzer;
    int failed = 0;
    for (const QString &file : files) {
        const ingest::RawDocument doc = ingest::DocumentReader::read(file);
        QList<ingest::ParseResult> items = ingest::DocumentParser::parseAll(doc);
        for (ingest::ParseResult &parsed : items) {
            // A one-article file keeps the path exactly as given (the evaluation matches on it).
            const QString input = items.size() == 1 ? file : parsed.origin;
            if (!parsed.ok()) {
                ++failed;
                err() << Tr::tr("failed     %1: %2").arg(input, parsed.error) << "\n";
                if (parser.isSet(json))
                    out() << QJsonDocument(exporting::errorJson(input, parsed.error))
                                 .toJson(QJsonDocument::Compact)
                          << "\n";
                continue;
            }
            const analysis::Analysis result = analyzer.analyze(parsed.article);
            if (!result.error.isEmpty())
                err() << Tr::tr("note       %1: %2").arg(input, result.error) << "\n";
            const QJsonObject o = exporting::articleJson(input, parsed.article, result);
            out() << QJsonDocument(o).toJson(parser.isSet(json) ? QJsonDocument::Compact
                                                                : QJsonDocument::Indented)
                  << "\n";
        }
    }
    out().flush();
    return failed > 0 ? SomeFailed : Success;
}

int cmdReanalyze(const Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"),
                                 Tr::tr("Analyse every article again, not only those analysed by an "
                                    "older version."));
    parser.addOption(all);
    if (const int rc = parseCommand(parser, ctx,
                                    Tr::tr("Analyse the archived articles again with this version's "
                                       "rules and lexicon.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    archive::ArticleImporter importer(archive);
    QString error;
    const int done = importer.reanalyse(parser.isSet(all), {}, &error);
    if (!error.isEmpty()) {
        err() << Tr::tr("Re-analysis stopped: %1").arg(error) << "\n";
        return SomeFailed;
    }
    out() << Tr::tr("Analysed %n article(s) again.", nullptr, done) << "\n";
    return Success;
}

int cmdFeeds(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("add LINK|FILE, list, update, or remove ID."),
                                 QStringLiteral("add|list|update|remove"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     Tr::tr("Do not fetch the pages that feed items link to."));
    parser.addOption(offline);
    if (const int rc = parseCommand(parser, ctx,
                                    Tr::tr("Subscribe to news feeds and import their new items.")); rc >= 0)
        return rc;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    archive::Archive archive;
    if (action == QLatin1String("add") && args.size() == 2) {
        if (!openArchive(archive, ctx))
            return SomeFailed;
        QString location = args.at(1);
        if (!ingest::UrlFetcher::isFetchableUrl(location)) {
            if (!QFileInfo::exists(location)) {
                err() << Tr::tr("%1 is neither a link nor an existing file.").arg(location) << "\n";
                return SomeFailed;
            }
            location = QFileInfo(location).absoluteFilePath();
        }
        const auto id = archive.addFeed(location);
        if (!id) {
            err() << archive.errorString() << "\n";
            return SomeFailed;
        }
        out() << Tr::tr("Feed #%1: %2").arg(*id).arg(location) << "\n";
        return Success;
    }
    if (action == QLatin1String("list") && args.size() == 1) {
        if (!openArchive(archive, ctx))
            return SomeFailed;
        for (const archive::FeedSubscription &f : archive.feeds())
            out() << f.id << '\t' << f.items << '\t'
                  << (f.updatedAt.isValid() ? f.updatedAt.toString(Qt::ISODate) : QStringLiteral("-"))
                  << '\t' << (f.title.isEmpty() ? QStringLiteral("-") : f.title) << '\t'
                  << f.location << (f.lastError.isEmpty() ? QString() : u'\t' + f.lastError) << "\n";
        return Success;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        if (!openArchive(archive, ctx))
            return SomeFailed;
        if (!archive.removeFeed(args.at(1).toLongLong())) {
            err() << archive.errorString() << "\n";
            return SomeFailed;
        }
        return Success;
    }
    if (action == QLatin1String("update") && args.size() == 1) {
        if (!openArchive(archive, ctx))
            return SomeFailed;
        archive::ArticleImporter importer(archive);
        importer.setFetchLinkedPages(!parser.isSet(offline));
        archive::FeedUpdater updater(archive, importer);
        bool failed = false;
        for (const archive::FeedUpdateResult &r : updater.updateAll()) {
            out() << Tr::tr("Feed #%1 %2:").arg(r.feed.id).arg(r.feed.location) << "\n";
            if (!r.error.isEmpty()) {
                err() << Tr::tr("failed     %1: %2").arg(r.feed.location, r.error) << "\n";
                failed = true;
            }
            for (const archive::ImportItemResult &item : r.report.items)
                printItem(item);
            if (r.report.unlisted > 0)
                out() << Tr::tr("... and %1 more articles, not listed").arg(r.report.unlisted)
                      << "\n";
            printTotals(r.report);
            failed = failed || r.report.count(archive::ImportItemResult::Status::Failed) > 0;
        }
        return failed ? SomeFailed : Success;
    }
    err() << Tr::tr("Use: kliping-cli feeds add LINK|FILE, feeds list, feeds update, feeds remove ID.")
          << "\n";
    return UsageError;
}

// ---- search, quotes, who-said (docs/search.md) ----

// Hits in snippets are shown between « and », in text and in JSON alike.
QString marked(const QString &text)
{
    return archive::Search::withMarkers(text, QStringLiteral("\u00ab"), QStringLiteral("\u00bb"));
}

QString isoOrEmpty(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."));
}

QCommandLineOption limitOption(const QString &defaultValue)
{
    return QCommandLineOption(QStringLiteral("limit"), Tr::tr("Show at most N results."),
                              QStringLiteral("N"), defaultValue);
}

// --limit N as a number of 1 to 10000; false (after a message) otherwise.
bool readLimit(const QCommandLineParser &parser, const QCommandLineOption &option, int *limit)
{
    bool ok = false;
    *limit = parser.value(option).toInt(&ok);
    if (!ok || *limit < 1 || *limit > 10000) {
        err() << Tr::tr("--limit takes a whole number from 1 to 10000.") << "\n";
        return false;
    }
    return true;
}

void printWarnings(const QStringList &warnings)
{
    for (const QString &w : warnings)
        err() << Tr::tr("Note: %1").arg(w) << "\n";
}

void printJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString queryHelp()
{
    return Tr::tr("Words must all be there (pelayanan also finds melayani); \"exact phrase\"; "
                  "-without; a OR b; prefix*; filters oleh:NAME, lembaga:NAME, sumber:NAME, "
                  "sejak:DATE, sampai:DATE, judul:WORD. Quote the whole query for the shell, e.g. "
                  "'\"pelayanan publik\" sejak:2024'.");
}

int cmdSearch(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), queryHelp(), QStringLiteral("QUERY..."));
    const QCommandLineOption limit = limitOption(QStringLiteral("20"));
    const QCommandLineOption offset(QStringLiteral("offset"), Tr::tr("Skip the first N results."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({limit, offset, json});
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Search the articles, best match first."));
        rc >= 0)
        return rc;
    int max = 0;
    if (!readLimit(parser, limit, &max))
        return UsageError;
    bool ok = false;
    const int skip = parser.value(offset).toInt(&ok);
    if (!ok || skip < 0) {
        err() << Tr::tr("--offset takes a whole number.") << "\n";
        return UsageError;
    }
    const QString query = parser.positionalArguments().join(u' ');
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const archive::Search search(archive);
    const auto results = search.articles(query, max, skip);
    printWarnings(results.warnings);
    if (!results.ok()) {
        err() << results.error << "\n";
        return UsageError;
    }
    if (parser.isSet(json)) {
        QJsonArray hits;
        for (const auto &h : results.hits)
            hits.append(QJsonObject{{QStringLiteral("id"), h.id},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("source"), h.source},
                                    {QStringLiteral("published"), isoOrEmpty(h.published)},
                                    {QStringLiteral("snippet"), marked(h.snippet)},
                                    {QStringLiteral("rank"), h.rank}});
        printJson({{QStringLiteral("query"), query},
                   {QStringLiteral("total"), search.countArticles(query)},
                   {QStringLiteral("hits"), hits},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(results.warnings)}});
        return Success;
    }
    if (results.hits.isEmpty()) {
        out() << Tr::tr("No article matches.") << "\n";
        return Success;
    }
    for (const auto &h : results.hits) {
        out() << h.id << '\t' << dateText(h.published) << '\t'
              << (h.source.isEmpty() ? QStringLiteral("-") : h.source) << '\t' << marked(h.highlightedTitle)
              << "\n    " << marked(h.snippet) << "\n";
    }
    out() << Tr::tr("%1 of %2 articles shown.").arg(results.hits.size()).arg(search.countArticles(query))
          << "\n";
    return Success;
}

QJsonObject quoteJson(const archive::QuoteHit &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("article_id"), h.articleId},
            {QStringLiteral("article_title"), h.articleTitle},
            {QStringLiteral("source"), h.source},
            {QStringLiteral("published"), isoOrEmpty(h.published)},
            {QStringLiteral("speaker_id"), h.speakerId},
            {QStringLiteral("speaker"), h.speakerName},
            {QStringLiteral("kind"), h.kind},
            {QStringLiteral("text"), marked(h.text)}};
}

int cmdQuotes(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), queryHelp(), QStringLiteral("[QUERY...]"));
    const QCommandLineOption by(QStringLiteral("by"),
                                Tr::tr("Only the quotes of this person (name, part of it, alias or "
                                       "misspelling), newest first."),
                                QStringLiteral("NAME"));
    const QCommandLineOption since(QStringLiteral("since"), Tr::tr("Only from this date (2025-06-19, "
                                                                   "19/6/2025, 2025-06, 2025)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), Tr::tr("Only up to this date."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("Only direct (in quotation marks) or indirect quotes."),
                                  QStringLiteral("direct|indirect"));
    const QCommandLineOption limit = limitOption(QStringLiteral("50"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({by, since, until, kind, limit, json});
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Search the quotes, or list what one person said."));
        rc >= 0)
        return rc;
    archive::QuoteSearchOptions options;
    if (!readLimit(parser, limit, &options.limit))
        return UsageError;
    for (const auto &[option, target] : {std::pair{&since, &options.since}, std::pair{&until, &options.until}}) {
        if (!parser.isSet(*option))
            continue;
        *target = archive::QueryParser::dateRange(parser.value(*option));
        if (!*target) {
            err() << Tr::tr("\"%1\" is not a date. Write dates like 2025-06-19, 19/6/2025, 2025-06 or 2025.")
                         .arg(parser.value(*option))
                  << "\n";
            return UsageError;
        }
    }
    if (parser.isSet(kind)) {
        const QString k = parser.value(kind);
        if (k == QLatin1String("direct")) {
            options.kind = archive::QuoteKindFilter::Direct;
        } else if (k == QLatin1String("indirect")) {
            options.kind = archive::QuoteKindFilter::Indirect;
        } else {
            err() << Tr::tr("--kind is direct or indirect.") << "\n";
            return UsageError;
        }
    }
    const QString query = parser.positionalArguments().join(u' ');
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    if (parser.isSet(by)) {
        options.speakerIds = archive::PeopleDirectory(archive).ids(parser.value(by));
        if (options.speakerIds.isEmpty()) {
            err() << Tr::tr("Nobody called \"%1\" is in the archive. Check the spelling, or type part "
                            "of the name.")
                         .arg(parser.value(by))
                  << "\n";
            return SomeFailed;
        }
    }
    const auto results = archive::Search(archive).quotes(query, options);
    printWarnings(results.warnings);
    if (!results.ok()) {
        err() << results.error << "\n";
        return UsageError;
    }
    if (parser.isSet(json)) {
        QJsonArray hits;
        for (const auto &h : results.hits)
            hits.append(quoteJson(h));
        printJson({{QStringLiteral("query"), query},
                   {QStringLiteral("hits"), hits},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(results.warnings)}});
        return Success;
    }
    if (results.hits.isEmpty()) {
        out() << Tr::tr("No quote matches.") << "\n";
        return Success;
    }
    for (const auto &h : results.hits) {
        const QString speaker = h.speakerName.isEmpty() ? Tr::tr("(speaker unknown)") : h.speakerName;
        const QString kindText = h.kind == QLatin1String("indirect") ? Tr::tr("indirect") : Tr::tr("direct");
        out() << dateText(h.published) << "  " << speaker << "  [" << kindText << "]\n    "
              << marked(h.text) << "\n    " << Tr::tr("in #%1 %2 (%3)").arg(h.articleId).arg(h.articleTitle, h.source.isEmpty() ? QStringLiteral("-") : h.source)
              << "\n";
    }
    return Success;
}

int cmdWhoSaid(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), queryHelp(), QStringLiteral("QUERY..."));
    const QCommandLineOption limit = limitOption(QStringLiteral("20"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({limit, json});
    if (const int rc = parseCommand(parser, ctx,
                                    Tr::tr("Who said it: the speakers of the quotes with these words, "
                                           "most quotes first."));
        rc >= 0)
        return rc;
    int max = 0;
    if (!readLimit(parser, limit, &max))
        return UsageError;
    const QString query = parser.positionalArguments().join(u' ');
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const auto results = archive::Search(archive).whoSaid(query, max);
    printWarnings(results.warnings);
    if (!results.ok()) {
        err() << results.error << "\n";
        return UsageError;
    }
    if (parser.isSet(json)) {
        QJsonArray speakers;
        for (const auto &s : results.hits)
            speakers.append(QJsonObject{{QStringLiteral("speaker_id"), s.speakerId},
                                        {QStringLiteral("speaker"), s.name},
                                        {QStringLiteral("quotes"), s.quotes},
                                        {QStringLiteral("latest"), isoOrEmpty(s.latest)}});
        printJson({{QStringLiteral("query"), query},
                   {QStringLiteral("speakers"), speakers},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(results.warnings)}});
        return Success;
    }
    if (results.hits.isEmpty()) {
        out() << Tr::tr("No quote matches.") << "\n";
        return Success;
    }
    for (const auto &s : results.hits)
        out() << QString::number(s.quotes).rightJustified(5) << "  " << dateText(s.latest) << "  "
              << (s.name.isEmpty() ? Tr::tr("(speaker unknown)") : s.name) << "\n";
    return Success;
}

const QList<Command> &commands()
{
    static const QList<Command> kCommands = {
        {"import", QT_TRANSLATE_NOOP("KlipingCli", "Import files and folders of articles"), cmdImport},
        {"list", QT_TRANSLATE_NOOP("KlipingCli", "List the articles"), cmdList},
        {"show", QT_TRANSLATE_NOOP("KlipingCli", "Show one article"), cmdShow},
        {"search", QT_TRANSLATE_NOOP("KlipingCli", "Search the articles"), cmdSearch},
        {"quotes", QT_TRANSLATE_NOOP("KlipingCli", "Search quotes, or list one person's"), cmdQuotes},
        {"who-said", QT_TRANSLATE_NOOP("KlipingCli", "Who said it: speakers of matching quotes"),
         cmdWhoSaid},
        {"people", QT_TRANSLATE_NOOP("KlipingCli", "List or find people"), cmdPeople},
        {"person", QT_TRANSLATE_NOOP("KlipingCli", "Show a person and their positions"), cmdPerson},
        {"institutions", QT_TRANSLATE_NOOP("KlipingCli", "List, find or show institutions"),
         cmdInstitutions},
        {"export", QT_TRANSLATE_NOOP("KlipingCli", "Export articles or a dossier (PDF, HTML, ...)"), cmdExport},
        {"feeds", QT_TRANSLATE_NOOP("KlipingCli", "Subscribe to feeds and update them"), cmdFeeds},
        {"analyze", QT_TRANSLATE_NOOP("KlipingCli", "Analyse files without importing (--json)"),
         cmdAnalyze},
        {"reanalyze", QT_TRANSLATE_NOOP("KlipingCli", "Analyse archived articles again"),
         cmdReanalyze},
        {"stats", QT_TRANSLATE_NOOP("KlipingCli", "Show what the archive holds"), cmdStats},
        {"merge", QT_TRANSLATE_NOOP("KlipingCli", "Merge two people who are one"), cmdMerge},
        {"split", QT_TRANSLATE_NOOP("KlipingCli", "Split articles off a wrongly merged person"),
         cmdSplit},
        {"rename", QT_TRANSLATE_NOOP("KlipingCli", "Give a person their right name"), cmdRename},
        {"attribute", QT_TRANSLATE_NOOP("KlipingCli", "Attribute a quote to its speaker"),
         cmdAttribute},
        {"not-quote", QT_TRANSLATE_NOOP("KlipingCli", "Mark a quote as not a quote"), cmdNotQuote},
        {"corrections", QT_TRANSLATE_NOOP("KlipingCli", "List the corrections made by hand"),
         cmdCorrections},
        {"undo", QT_TRANSLATE_NOOP("KlipingCli", "Undo a correction"), cmdUndo},
        {"check", QT_TRANSLATE_NOOP("KlipingCli", "Check the archive, and repair it"), cmdCheck},
        {"backup", QT_TRANSLATE_NOOP("KlipingCli", "Copy the archive to a backup file"), cmdBackup},
        {"restore", QT_TRANSLATE_NOOP("KlipingCli", "Replace the archive by a backup"), cmdRestore},
    };
    return kCommands;
}

void printUsage(QTextStream &s)
{
    s << Tr::tr("Usage: kliping-cli [--archive PATH] COMMAND [OPTIONS] [ARGS]") << "\n\n"
      << Tr::tr("Kliping keeps Indonesian institutional news in one archive.") << "\n\n"
      << Tr::tr("Options:") << "\n"
      << "  --archive PATH   " << Tr::tr("Use this archive instead of the default (%1).")
                                      .arg(archive::Archive::defaultPath())
      << "\n"
      << "  --version        " << Tr::tr("Show the version.") << "\n"
      << "  -h, --help       " << Tr::tr("Show this help.") << "\n\n"
      << Tr::tr("Commands:") << "\n";
    for (const Command &c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(12) << " " << Tr::tr(c.summary) << "\n";
    s << "\n" << Tr::tr("Run kliping-cli COMMAND --help for a command's options.") << "\n";
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    const QSettings settings;
    kliping::installTranslations(app, settings.value(QStringLiteral("ui/language")).toString());
}

int run(const QStringList &arguments)
{
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    Context ctx;
    ctx.archivePath = archive::Archive::defaultPath();
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--archive")) {
            if (i + 1 >= arguments.size()) {
                err() << Tr::tr("--archive needs a file name.") << "\n";
                return UsageError;
            }
            ctx.archivePath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--archive="))) {
            ctx.archivePath = a.mid(10);
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out() << "kliping-cli " << QCoreApplication::applicationVersion() << "\n";
            return Success;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
                   a == QLatin1String("help")) {
            printUsage(out());
            return Success;
        } else if (a.startsWith(u'-')) {
            err() << Tr::tr("Unknown option %1.").arg(a) << "\n";
            printUsage(err());
            return UsageError;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printUsage(err());
        return UsageError;
    }
    ctx.args = arguments.mid(i);
    for (const Command &c : commands()) {
        if (ctx.args.first() == QLatin1String(c.name))
            return c.run(ctx);
    }
    err() << Tr::tr("Unknown command %1.").arg(ctx.args.first()) << "\n";
    printUsage(err());
    return UsageError;
}

} // namespace kliping::cli
