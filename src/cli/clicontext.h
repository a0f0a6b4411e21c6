// What every kliping-cli command shares: the archive path and its own arguments, output streams
// in UTF-8, the parsing of --help, opening the archive with a clear message, and --json output.
#pragma once

#include "archive/archive.h"
#include "clicommands.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kliping::cli {

struct Context {
    QString archivePath;
    QStringList args; // the command's own arguments, command name first
};

QTextStream &out();
QTextStream &err();

// Parses a command's arguments (adding -h/--help); returns -1 to go on, or the exit code to
// return at once.
int parseCommand(QCommandLineParser &parser, const Context &ctx, const QString &description);
bool openArchive(archive::Archive &archive, const Context &ctx);
// A date as the user reads it (WIB), or a dash.
QString dateText(const QDateTime &utc);
// One compact JSON document on its own line.
void printJson(const QJsonValue &value);

// The commands about people, institutions and corrections (peoplecommands.cpp).
int cmdPeople(const Context &ctx);
int cmdPerson(const Context &ctx);
int cmdInstitutions(const Context &ctx);
int cmdMerge(const Context &ctx);
int cmdSplit(const Context &ctx);
int cmdRename(const Context &ctx);
int cmdAttribute(const Context &ctx);
int cmdNotQuote(const Context &ctx);
int cmdCorrections(const Context &ctx);
int cmdUndo(const Context &ctx);

// The commands that look after the archive (carecommands.cpp).
int cmdCheck(const Context &ctx);
int cmdBackup(const Context &ctx);
int cmdRestore(const Context &ctx);

// Export of articles and dossiers (exportcommand.cpp).
int cmdExport(const Context &ctx);

} // namespace kliping::cli
