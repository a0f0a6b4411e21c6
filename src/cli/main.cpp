// kliping-cli: the archive from the command line. Exit codes: 0 success, 1 some inputs failed
// (each named on stderr with the reason), 2 usage error.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kliping"));
    QCoreApplication::setApplicationName(QStringLiteral("Kliping"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLIPING_VERSION));
    kliping::cli::installTranslations(app);
    return kliping::cli::run(QCoreApplication::arguments());
}
