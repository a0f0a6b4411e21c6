#include "clicommands.h"

#include "clicontext.h"

#include "analysis/analyzer.h"
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "archive/feedupdater.h"
#include "ingest/urlfetcher.h"
#include "export/articlejson.h"
#include "ingest/documentparser.h"
#include "ingest/documentreader.h"
#include "localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
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

void printReport(const archive::ImportReport &report);

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
    const archive::ImportReport report = importer.importPaths(paths);
    printReport(report);
    return report.count(archive::ImportItemResult::Status::Failed) > 0 ? SomeFailed : Success;
}

void printReport(const archive::ImportReport &report)
{
    using Status = archive::ImportItemResult::Status;
    for (const auto &item : report.items) {
        switch (item.status) {
        case Status::Imported:
            out() << Tr::tr("imported   #%1  %2  (%3)").arg(item.articleId).arg(item.title, item.origin)
                  << "\n";
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
            printReport(r.report);
            failed = failed || r.report.count(archive::ImportItemResult::Status::Failed) > 0;
        }
        return failed ? SomeFailed : Success;
    }
    err() << Tr::tr("Use: kliping-cli feeds add LINK|FILE, feeds list, feeds update, feeds remove ID.")
          << "\n";
    return UsageError;
}

const QList<Command> &commands()
{
    static const QList<Command> kCommands = {
        {"import", QT_TRANSLATE_NOOP("KlipingCli", "Import files and folders of articles"), cmdImport},
        {"list", QT_TRANSLATE_NOOP("KlipingCli", "List the articles"), cmdList},
        {"show", QT_TRANSLATE_NOOP("KlipingCli", "Show one article"), cmdShow},
        {"stats", QT_TRANSLATE_NOOP("KlipingCli", "Show what the archive holds"), cmdStats},
        {"analyze", QT_TRANSLATE_NOOP("KlipingCli", "Analyse files without importing (--json)"),
         cmdAnalyze},
        {"reanalyze", QT_TRANSLATE_NOOP("KlipingCli", "Analyse archived articles again"),
         cmdReanalyze},
        {"feeds", QT_TRANSLATE_NOOP("KlipingCli", "Subscribe to feeds and update them"), cmdFeeds},
        {"people", QT_TRANSLATE_NOOP("KlipingCli", "List or find people"), cmdPeople},
        {"person", QT_TRANSLATE_NOOP("KlipingCli", "Show a person and their positions"), cmdPerson},
        {"institutions", QT_TRANSLATE_NOOP("KlipingCli", "List, find or show institutions"),
         cmdInstitutions},
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
        {"export", QT_TRANSLATE_NOOP("KlipingCli", "Export articles or a dossier (PDF, HTML, ...)"), cmdExport},
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
