// kliping-cli: the archive from the command line. Exit codes: 0 success, 1 some inputs failed
// (each named on stderr with the reason), 2 usage error.
#include "clicommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// export lays out text (fonts, QTextDocument, QPdfWriter) and needs Qt's GUI module; every other
// command starts faster without it. The GUI runs offscreen: no display is needed.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--archive") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        return std::strcmp(argv[i], "export") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Kliping"));
    QCoreApplication::setApplicationName(QStringLiteral("Kliping"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLIPING_VERSION));
    kliping::cli::installTranslations(*app);
    return kliping::cli::run(QCoreApplication::arguments());
}
