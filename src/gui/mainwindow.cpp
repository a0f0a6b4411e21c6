#include "mainwindow.h"

namespace kliping::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Kliping"));
}

} // namespace kliping::gui
