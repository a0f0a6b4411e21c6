#include "archivechooser.h"

#include "archive/archive.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace kliping::gui {

QString ArchiveChooser::askForArchive(const QString &startPath, QWidget *parent) {
    // A save dialog, without the overwrite question: the user may name an existing archive to
    // open or a new file to create.
    return QFileDialog::getSaveFileName(parent, tr("Open or Create an Archive"), startPath,
                                        tr("Kliping archives (*.sqlite *.kliping);;All files (*)"),
                                        nullptr, QFileDialog::DontConfirmOverwrite);
}

bool ArchiveChooser::openWithFallback(archive::Archive &archive, QString path, QWidget *parent) {
    while (!archive.open(path)) {
        QMessageBox box(QMessageBox::Critical, tr("Kliping"), tr("The archive cannot be opened."),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(archive.errorString());
        QPushButton *choose = box.addButton(tr("Choose Another File…"), QMessageBox::AcceptRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.exec();
        if (box.clickedButton() != choose)
            return false;
        const QString other = askForArchive(path, parent);
        if (other.isEmpty())
            continue; // back to the question: the archive still cannot be opened
        path = other;
    }
    return true;
}

} // namespace kliping::gui
