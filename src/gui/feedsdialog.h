// File > Manage Feeds: the feeds the user subscribed to, with their title, location, the items
// taken so far, the last update and its error, and Remove. It reads through the window's reader
// connection; a removal runs on the import worker (the one writer) and the list follows.
#pragma once

#include "archive/archive.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kliping::gui {

class ImportController;

class FeedsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { TitleColumn, LocationColumn, ItemsColumn, UpdatedColumn, ErrorColumn };

    // The archive and the controller belong to the window and outlive the dialog.
    FeedsDialog(const archive::Archive &archive, ImportController *controller,
                QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Removes the selected feed after asking, as the Remove button does.
    void removeSelected();
    // Removes without asking (the button's work once confirmed).
    bool removeFeed(qint64 feedId);

public slots:
    void reload();

private:
    void updateButtons();

    const archive::Archive &m_archive;
    ImportController *m_controller;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_remove;
};

} // namespace kliping::gui
