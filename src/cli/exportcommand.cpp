// kliping-cli export: articles (by id) or an official's dossier (--person) to PDF, HTML,
// Markdown, JSON or CSV, through the same exporter the GUI uses.
#include "clicontext.h"

#include "archive/peopledirectory.h"
#include "archive/search.h"
#include "export/exporter.h"
#include "export/exportoptions.h"
#include "export/safefilename.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace kliping::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingCli)
};

} // namespace

int cmdExport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ids"), Tr::tr("The articles' numbers (see list)."),
                                 QStringLiteral("ID..."));
    const QCommandLineOption person(QStringLiteral("person"),
                                    Tr::tr("Export the dossier of a person (a name or a number): "
                                           "positions over time and all their quotes."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The file to write, or a folder (the name is made from "
                                           "the title)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("pdf, html, md, json or csv (quotes); by default from "
                                           "the file's extension, else pdf."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption paper(QStringLiteral("paper"), Tr::tr("a4 (default) or letter."),
                                   QStringLiteral("PAPER"));
    const QCommandLineOption margin(
        QStringLiteral("margin"), Tr::tr("The PDF's margins in millimetres (8 to 40; default 20)."),
        QStringLiteral("MM"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace the output file if it exists."));
    const QCommandLineOption words(QStringLiteral("words"),
                                   Tr::tr("With --person: only quotes holding all these words."),
                                   QStringLiteral("WORDS"));
    const QCommandLineOption byMonth(QStringLiteral("by-month"),
                                     Tr::tr("With --person: group quotes by month, not year."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   Tr::tr("The title of a collection (cover, PDF title)."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption plain(QStringLiteral("no-highlight"),
                                   Tr::tr("Do not highlight quotes or list them."));
    const QCommandLineOption noPeople(QStringLiteral("no-people"),
                                      Tr::tr("Leave out the box of people and institutions."));
    const QCommandLineOption query(QStringLiteral("query"),
                                   Tr::tr("Export the articles a search finds (the query language "
                                          "of kliping-cli search), the best 500 at most."),
                                   QStringLiteral("QUERY"));
    for (const QCommandLineOption &o : {person, output, format, paper, margin, force, words,
                                        byMonth, title, plain, noPeople, query})
        parser.addOption(o);
    if (const int rc = parseCommand(parser, ctx,
                                    Tr::tr("Export articles or a person's dossier to PDF, HTML, "
                                           "Markdown, JSON or CSV."));
        rc >= 0)
        return rc;

    QList<qint64> ids;
    for (const QString &a : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            err() << Tr::tr("%1 is not an article number (see kliping-cli list).").arg(a) << "\n";
            return UsageError;
        }
        ids << id;
    }
    const int sources = (ids.isEmpty() ? 0 : 1) + (parser.isSet(person) ? 1 : 0) +
                        (parser.isSet(query) ? 1 : 0);
    if (sources != 1) {
        err() << Tr::tr("Name the articles to export, a search with --query, or a person with "
                        "--person (one of them).")
              << "\n";
        return UsageError;
    }
    if (!parser.isSet(output)) {
        err() << Tr::tr("Name the file to write with -o FILE.") << "\n";
        return UsageError;
    }

    exporting::ExportOptions options;
    QString target = parser.value(output);
    if (parser.isSet(format)) {
        const auto f = exporting::formatFromName(parser.value(format));
        if (!f) {
            err() << Tr::tr("Unknown format %1: use pdf, html, md, json or csv.")
                         .arg(parser.value(format))
                  << "\n";
            return UsageError;
        }
        options.format = *f;
    } else if (const auto f = exporting::formatFromFileName(target);
               f && !QFileInfo(target).isDir()) {
        options.format = *f;
    }
    if (parser.isSet(paper)) {
        const auto p = exporting::paperFromName(parser.value(paper));
        if (!p) {
            err() << Tr::tr("Unknown paper %1: use a4 or letter.").arg(parser.value(paper)) << "\n";
            return UsageError;
        }
        options.paper = *p;
    }
    if (parser.isSet(margin)) {
        bool ok = false;
        const double mm = parser.value(margin).toDouble(&ok);
        if (!ok || mm < 8 || mm > 40) {
            err() << Tr::tr("The margin must be a number of millimetres from 8 to 40.") << "\n";
            return UsageError;
        }
        // The top and bottom hold the running header and the page number a little closer.
        options.marginsMm = QMarginsF(mm, mm * 0.9, mm, mm * 0.9);
    }
    options.highlightQuotes = !parser.isSet(plain);
    options.peopleBox = !parser.isSet(noPeople);
    options.title = parser.value(title);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
        options.format == exporting::Format::Pdf) {
        err() << Tr::tr("PDF export needs Qt's GUI module, which could not start.") << "\n";
        return SomeFailed;
    }

    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;

    if (parser.isSet(query)) {
        const auto found = archive::Search(archive).articles(parser.value(query), 500);
        if (!found.ok()) {
            err() << found.error << "\n";
            return UsageError;
        }
        for (const archive::ArticleHit &hit : found.hits)
            ids << hit.id;
        if (ids.isEmpty()) {
            err() << Tr::tr("The search finds no article: nothing to export.") << "\n";
            return SomeFailed;
        }
    }

    qint64 personId = 0;
    if (parser.isSet(person)) {
        const QString name = parser.value(person).trimmed();
        bool isNumber = false;
        personId = name.toLongLong(&isNumber);
        if (!isNumber) {
            const auto matches = archive::PeopleDirectory(archive).find(name, 5);
            if (matches.isEmpty()) {
                err() << Tr::tr("No person in the archive matches %1 (see kliping-cli people).")
                             .arg(name)
                      << "\n";
                return SomeFailed;
            }
            personId = matches.constFirst().id;
            if (matches.size() > 1 && matches.at(1).score >= matches.constFirst().score)
                err() << Tr::tr("%1 matches several people; exporting %2 (#%3). Name a number to "
                                "choose another (see kliping-cli people).")
                             .arg(name, matches.constFirst().name)
                             .arg(personId)
                      << "\n";
        }
    }

    // A folder as output: the file is named after the title, made safe for any file system.
    if (QFileInfo(target).isDir()) {
        QString stem;
        if (personId) {
            const auto profile = archive::PeopleDirectory(archive).profile(personId);
            stem = profile ? Tr::tr("Dossier %1").arg(profile->name) : QString();
        } else if (ids.size() == 1) {
            const auto a = archive.article(ids.constFirst());
            stem = a ? a->article.title : QString();
        } else {
            stem = options.title.isEmpty() ? Tr::tr("Kliping %1 articles").arg(ids.size())
                                           : options.title;
        }
        target = QDir(target).filePath(
            exporting::safeFileName(stem, exporting::extensionOf(options.format)));
    }

    const exporting::Exporter exporter(options);
    const bool overwrite = parser.isSet(force);
    const exporting::ExportResult result =
        personId ? exporter.exportDossier(
                       archive, personId, parser.value(words).split(u' ', Qt::SkipEmptyParts),
                       parser.isSet(byMonth) ? exporting::Period::Month : exporting::Period::Year,
                       target, overwrite)
                 : exporter.exportArticles(archive, ids, target, overwrite);
    for (const qint64 id : result.missing)
        err() << Tr::tr("There is no article #%1; it was left out.").arg(id) << "\n";
    if (!result.ok) {
        err() << result.error << "\n";
        return SomeFailed;
    }
    if (personId)
        out() << Tr::tr("Wrote %1: %n quote(s)", nullptr, result.quotes)
                     .arg(QDir::toNativeSeparators(result.path));
    else
        out() << Tr::tr("Wrote %1: %n article(s)", nullptr, result.articles)
                     .arg(QDir::toNativeSeparators(result.path));
    if (result.pages > 0)
        out() << Tr::tr(", %n page(s)", nullptr, result.pages);
    out() << "\n";
    return result.missing.isEmpty() ? Success : SomeFailed;
}

} // namespace kliping::cli
