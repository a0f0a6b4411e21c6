// Edit > Preferences: the language of the program (applied at the next start, as translations
// are installed before any window exists) and the reader's font size (applied at once).
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace kliping::gui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" (system), "en" or "id".
    QString language() const;
    int readerFontSize() const;

    // Stores the choices in QSettings.
    void save() const;

private:
    QComboBox *m_language;
    QSpinBox *m_fontSize;
};

} // namespace kliping::gui
