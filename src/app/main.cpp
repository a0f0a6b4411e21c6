// kliping: the desktop program. Reads the command line, installs the translations chosen in the
// settings, opens the archive (asking for another when it cannot be opened) and shows the window.
#include "archive/archive.h"
#include "guisettings.h"
#include "localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QTimer>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kliping"));
    QApplication::setApplicationName(QStringLiteral("Kliping"));
    QApplication::setApplicationVersion(QStringLiteral(KLIPING_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kliping.svg")));
    // Wayland and the desktop match the window to its launcher and AppStream entry by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("id.kliping.Kliping"));

    const QString language = kliping::installTranslations(app, kliping::gui::settings::language());
    // Dates and numbers in the language of the messages, e.g. "Selasa, 10 Maret 2026".
    if (QLocale().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Kliping: an archive of Indonesian institutional news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption archiveOption(
        QStringLiteral("archive"),
        QCoreApplication::translate("main", "Use the archive at PATH instead of the last one."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(archiveOption);
    parser.process(app);

    QString path = parser.value(archiveOption);
    if (path.isEmpty())
        path = kliping::gui::settings::lastArchive();
    if (path.isEmpty())
        path = kliping::archive::Archive::defaultPath();
    path = QDir::cleanPath(QDir::current().absoluteFilePath(path));

    kliping::gui::MainWindow window;
    if (!window.openArchive(path, kliping::gui::MainWindow::OnFailure::AskForAnother))
        return 1;
    window.show();
    QTimer::singleShot(0, &window, &kliping::gui::MainWindow::offerSampleArticle);
    return app.exec();
}
