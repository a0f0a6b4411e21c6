// kliping-cli commands that look after the archive: check (and repair), backup, restore.
#include "archive/archivecare.h"
#include "archive/articleimporter.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kliping::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingCli)
};

} // namespace

int cmdCheck(const Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption repair(QStringLiteral("repair"),
                                    Tr::tr("Rebuild the full-text indexes, remove orphans and "
                                           "analyse articles that were never analysed."));
    parser.addOption(repair);
    if (const int rc = parseCommand(parser, ctx,
                                    Tr::tr("Check the archive: integrity, links between rows, "
                                           "full-text indexes, orphans.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    archive::ArchiveCare care(archive);
    archive::CheckReport report = care.check();
    for (const QString &p : report.problems)
        out() << Tr::tr("problem: %1").arg(p) << "\n";
    for (const QString &n : report.notes)
        out() << Tr::tr("note:    %1").arg(n) << "\n";
    if (parser.isSet(repair)) {
        if (!care.repair()) {
            err() << care.errorString() << "\n";
            return SomeFailed;
        }
        archive::ArticleImporter importer(archive);
        QString error;
        const int analysed = importer.reanalyse(false, {}, &error);
        if (!error.isEmpty()) {
            err() << error << "\n";
            return SomeFailed;
        }
        out() << Tr::tr("Repaired: indexes rebuilt, orphans removed, %n article(s) analysed.",
                        nullptr, analysed)
              << "\n";
        report = care.check();
        for (const QString &p : report.problems)
            out() << Tr::tr("still wrong: %1").arg(p) << "\n";
    }
    if (report.ok())
        out() << Tr::tr("The archive is sound.") << "\n";
    return report.ok() ? Success : SomeFailed;
}

int cmdBackup(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("target"), Tr::tr("The backup file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("Replace an existing file."));
    parser.addOption(force);
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Copy the archive to a backup file, safely "
                                                        "even while it is in use.")); rc >= 0)
        return rc;
    const QString target = parser.positionalArguments().value(0);
    if (target.isEmpty() || parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Name the backup file, e.g. kliping-cli backup /media/usb/kliping.sqlite.") << "\n";
        return UsageError;
    }
    if (QFileInfo::exists(target) && !parser.isSet(force)) {
        err() << Tr::tr("%1 exists already; add --force to replace it.").arg(target) << "\n";
        return SomeFailed;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(ctx.archivePath).absoluteFilePath()) {
        err() << Tr::tr("The backup must be another file than the archive.") << "\n";
        return UsageError;
    }
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    archive::ArchiveCare care(archive);
    if (!care.backup(target)) {
        err() << care.errorString() << "\n";
        return SomeFailed;
    }
    out() << Tr::tr("Backed up %1 articles to %2.").arg(archive.articleCount()).arg(target) << "\n";
    return Success;
}

int cmdRestore(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("backup"), Tr::tr("The backup file to restore."),
                                 QStringLiteral("FILE"));
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Replace the archive by a backup (the "
                                                        "archive replaced is kept beside it).")); rc >= 0)
        return rc;
    const QString backup = parser.positionalArguments().value(0);
    if (backup.isEmpty()) {
        err() << Tr::tr("Name the backup file to restore.") << "\n";
        return UsageError;
    }
    QString error;
    if (!archive::ArchiveCare::restore(backup, ctx.archivePath, &error)) {
        err() << error << "\n";
        return SomeFailed;
    }
    out() << Tr::tr("Restored %1 from %2.").arg(ctx.archivePath, backup) << "\n";
    return Success;
}

} // namespace kliping::cli
