// Edit > Preferences: the language of the program (applied at the next start, as translations
// are installed before any window exists), the reader's font size (applied at once), the archive
// file the window works on (opened when changed) and the user's lexicon file, which extends the
// built-in lexicon for the analysis of articles imported from then on.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace kliping::gui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &archivePath = {}, QWidget *parent = nullptr);

    // "" (system), "en" or "id".
    QString language() const;
    int readerFontSize() const;
    QString archivePath() const;
    QString userLexicon() const;
    QLineEdit *archiveEdit() const { return m_archive; }
    QLineEdit *lexiconEdit() const { return m_lexicon; }

    // Stores the choices in QSettings.
    void save() const;

private:
    QComboBox *m_language;
    QSpinBox *m_fontSize;
    QLineEdit *m_archive;
    QLineEdit *m_lexicon;
};

} // namespace kliping::gui
