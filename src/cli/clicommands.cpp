#include "clicommands.h"

#include "analysis/analyzer.h"
#include "archive/archive.h"
#include "archive/articleimporter.h"
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

#include <functional>

namespace kliping::cli {

namespace {

QString tr(const char *text)
{
    // The context lupdate derives for tr() here (the enclosing class or namespace), so that
    // the messages it extracts are found at run time.
    return QCoreApplication::translate("kliping::cli", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

struct Context {
    QString archivePath;
    QStringList args; // the command's own arguments, command name first
};

using CommandFn = std::function<int(const Context &)>;

struct Command {
    const char *name;
    const char *summary;
    CommandFn run;
};

// Parses a command's arguments; returns -1 to go on, or the exit code to return at once.
int parseCommand(QCommandLineParser &parser, const Context &ctx, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(ctx.args)) {
        err() << parser.errorText() << "\n"
              << tr("Try: kliping-cli %1 --help").arg(ctx.args.value(0)) << "\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return Success;
    }
    return -1;
}

bool openArchive(archive::Archive &archive, const Context &ctx)
{
    if (archive.open(ctx.archivePath))
        return true;
    err() << archive.errorString() << "\n";
    return false;
}

QString dateText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(QTimeZone("Asia/Jakarta")).toString(QStringLiteral("yyyy-MM-dd"))
                         : QStringLiteral("-         ");
}

int cmdImport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files or folders to import."),
                                 QStringLiteral("FILE|DIR..."));
    if (const int rc = parseCommand(parser, ctx, tr("Import articles from files and folders."));
        rc >= 0)
        return rc;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << tr("Name at least one file or folder to import.") << "\n";
        return UsageError;
    }
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    archive::ArticleImporter importer(archive);
    const archive::ImportReport report = importer.importPaths(paths);
    using Status = archive::ImportItemResult::Status;
    for (const auto &item : report.items) {
        switch (item.status) {
        case Status::Imported:
            out() << tr("imported   #%1  %2  (%3)").arg(item.articleId).arg(item.title, item.origin)
                  << "\n";
            break;
        case Status::Duplicate:
            out() << tr("duplicate  #%1  %2  (%3) is already in the archive")
                         .arg(item.articleId)
                         .arg(item.title, item.origin)
                  << "\n";
            break;
        case Status::Failed:
            err() << tr("failed     %1: %2").arg(item.origin, item.message) << "\n";
            break;
        }
    }
    out() << tr("Imported %1, duplicates %2, failed %3.")
                 .arg(report.count(Status::Imported))
                 .arg(report.count(Status::Duplicate))
                 .arg(report.count(Status::Failed))
          << "\n";
    out().flush();
    return report.count(Status::Failed) > 0 ? SomeFailed : Success;
}

int cmdList(const Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N articles."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("Sort by date (newest first), title or source."),
                                  QStringLiteral("date|title|source"), QStringLiteral("date"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    tr("Only articles whose title or source has these words."),
                                    QStringLiteral("WORDS"));
    parser.addOptions({limit, sort, filter});
    if (const int rc = parseCommand(parser, ctx, tr("List the articles in the archive.")); rc >= 0)
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
        err() << tr("Unknown sort order %1; use date, title or source.").arg(s) << "\n";
        return UsageError;
    }
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0) {
        err() << tr("--limit takes a whole number.") << "\n";
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
    parser.addPositionalArgument(QStringLiteral("id"), tr("The article's number (see list)."),
                                 QStringLiteral("ID"));
    const QCommandLineOption original(QStringLiteral("original"),
                                      tr("Print the original bytes as imported instead."));
    parser.addOption(original);
    if (const int rc = parseCommand(parser, ctx, tr("Show an article: metadata and text."));
        rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        err() << tr("Give one article number, e.g. kliping-cli show 1.") << "\n";
        return UsageError;
    }
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const auto stored = archive.article(id);
    if (!stored) {
        err() << tr("There is no article #%1 in the archive.").arg(id) << "\n";
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
    line(tr("Title"), a.title);
    line(tr("Source"), a.source);
    line(tr("Published"),
         a.published.isValid()
             ? a.published.toUTC().toString(Qt::ISODate) +
                   (a.publishedZone.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.publishedZone))
             : QString());
    line(tr("Writer"), a.byline);
    line(tr("Editor"), a.editor);
    line(tr("URL"), a.url);
    for (const QString &c : a.captions)
        line(tr("Caption"), c);
    line(tr("Imported"), stored->importedAt.toString(Qt::ISODate));
    line(tr("Original"), a.mediaType);
    out() << "\n" << a.body << "\n";
    return Success;
}

int cmdStats(const Context &ctx)
{
    QCommandLineParser parser;
    if (const int rc = parseCommand(parser, ctx, tr("Show what the archive holds.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const archive::ArchiveStats s = archive.stats();
    out() << tr("Archive:   %1").arg(archive.path()) << "\n"
          << tr("Version:   %1").arg(s.schemaVersion) << "\n"
          << tr("Articles:  %1").arg(s.articles) << "\n"
          << tr("Sources:   %1").arg(s.sources) << "\n"
          << tr("Originals: %1").arg(QLocale::c().formattedDataSize(s.originalBytes)) << "\n";
    if (s.earliest.isValid())
        out() << tr("Published: %1 to %2").arg(dateText(s.earliest), dateText(s.latest)) << "\n";
    return Success;
}

int cmdAnalyze(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), tr("Files to analyse."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object per file (JSON Lines)."));
    parser.addOption(json);
    if (const int rc = parseCommand(
            parser, ctx,
            tr("Parse and analyse files as an import would, without touching an archive."));
        rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << tr("Name at least one file to analyse.") << "\n";
        return UsageError;
    }
    const analysis::Analyzer analyzer;
    int failed = 0;
    for (const QString &file : files) {
        const ingest::RawDocument doc = ingest::DocumentReader::readFile(file);
        const ingest::ParseResult parsed = ingest::DocumentParser::parse(doc);
        if (!parsed.ok()) {
            ++failed;
            err() << tr("failed     %1: %2").arg(file, parsed.error) << "\n";
            if (parser.isSet(json))
                out() << QJsonDocument(exporting::errorJson(file, parsed.error))
                             .toJson(QJsonDocument::Compact)
                      << "\n";
            continue;
        }
        const analysis::Analysis result = analyzer.analyze(parsed.article);
        const QJsonObject o = exporting::articleJson(file, parsed.article, result);
        if (parser.isSet(json)) {
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else {
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << "\n";
        }
    }
    out().flush();
    return failed > 0 ? SomeFailed : Success;
}

const QList<Command> &commands()
{
    static const QList<Command> kCommands = {
        {"import", QT_TRANSLATE_NOOP("kliping::cli", "Import files and folders of articles"), cmdImport},
        {"list", QT_TRANSLATE_NOOP("kliping::cli", "List the articles"), cmdList},
        {"show", QT_TRANSLATE_NOOP("kliping::cli", "Show one article"), cmdShow},
        {"stats", QT_TRANSLATE_NOOP("kliping::cli", "Show what the archive holds"), cmdStats},
        {"analyze", QT_TRANSLATE_NOOP("kliping::cli", "Analyse files without importing (--json)"),
         cmdAnalyze},
    };
    return kCommands;
}

void printUsage(QTextStream &s)
{
    s << tr("Usage: kliping-cli [--archive PATH] COMMAND [OPTIONS] [ARGS]") << "\n\n"
      << tr("Kliping keeps Indonesian institutional news in one archive.") << "\n\n"
      << tr("Options:") << "\n"
      << "  --archive PATH   " << tr("Use this archive instead of the default (%1).")
                                      .arg(archive::Archive::defaultPath())
      << "\n"
      << "  --version        " << tr("Show the version.") << "\n"
      << "  -h, --help       " << tr("Show this help.") << "\n\n"
      << tr("Commands:") << "\n";
    for (const Command &c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << " " << tr(c.summary) << "\n";
    s << "\n" << tr("Run kliping-cli COMMAND --help for a command's options.") << "\n";
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
                err() << tr("--archive needs a file name.") << "\n";
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
            err() << tr("Unknown option %1.").arg(a) << "\n";
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
    err() << tr("Unknown command %1.").arg(ctx.args.first()) << "\n";
    printUsage(err());
    return UsageError;
}

} // namespace kliping::cli
