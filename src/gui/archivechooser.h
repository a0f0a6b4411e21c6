// Opening the archive at start-up: when it cannot be opened (a newer version, not an archive,
// no access), the user sees why and can choose another file or quit.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kliping::archive {
class Archive;
}

namespace kliping::gui {

class ArchiveChooser {
    Q_DECLARE_TR_FUNCTIONS(ArchiveChooser)
public:
    // Opens path into archive, asking for another file as long as opening fails. Returns false
    // when the user chose to quit.
    static bool openWithFallback(archive::Archive &archive, QString path,
                                 QWidget *parent = nullptr);
    // A file dialog for an archive to open or create; empty when cancelled.
    static QString askForArchive(const QString &startPath, QWidget *parent = nullptr);
};

} // namespace kliping::gui
