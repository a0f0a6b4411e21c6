// The main window of Kliping: the article list and the reader.
#pragma once

#include <QMainWindow>

namespace kliping::gui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace kliping::gui
