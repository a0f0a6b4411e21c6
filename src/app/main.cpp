// kliping: the desktop program.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kliping"));
    QApplication::setApplicationName(QStringLiteral("Kliping"));
    QApplication::setApplicationVersion(QStringLiteral(KLIPING_VERSION));
    kliping::gui::MainWindow window;
    window.show();
    return app.exec();
}
