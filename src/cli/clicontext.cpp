#include "clicontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace kliping::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingCli)
};

} // namespace

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

int parseCommand(QCommandLineParser &parser, const Context &ctx, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(ctx.args)) {
        err() << parser.errorText() << "\n"
              << Tr::tr("Try: kliping-cli %1 --help").arg(ctx.args.value(0)) << "\n";
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
    return utc.isValid()
               ? utc.toTimeZone(QTimeZone("Asia/Jakarta")).toString(QStringLiteral("yyyy-MM-dd"))
               : QStringLiteral("-         ");
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << "\n";
}

} // namespace kliping::cli
