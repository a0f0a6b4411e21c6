#include "settingsdialog.h"

#include "guisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kliping::gui {

namespace {

// A path field with a Browse… button beside it.
QWidget *pathRow(QLineEdit *edit, QPushButton *browse) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &archivePath, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_archive(new QLineEdit(QDir::toNativeSeparators(archivePath), this))
    , m_lexicon(new QLineEdit(QDir::toNativeSeparators(settings::userLexicon()), this)) {
    setWindowTitle(tr("Preferences"));

    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, so a user can find theirs whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    const int current = m_language->findData(settings::language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    m_fontSize->setRange(settings::kMinReaderFontSize, settings::kMaxReaderFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings::readerFontSize());

    auto *restartNote =
        new QLabel(tr("A new language takes effect when Kliping is started again."), this);
    restartNote->setWordWrap(true);
    restartNote->setForegroundRole(QPalette::PlaceholderText);

    auto *browseArchive = new QPushButton(tr("Browse…"), this);
    connect(browseArchive, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Archive Location"), m_archive->text(), tr("Kliping archives (*.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_archive->setText(QDir::toNativeSeparators(path));
    });
    auto *browseLexicon = new QPushButton(tr("Browse…"), this);
    connect(browseLexicon, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("User Lexicon"), m_lexicon->text(),
            tr("Lexicon files (*.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_lexicon->setText(QDir::toNativeSeparators(path));
    });
    m_lexicon->setPlaceholderText(tr("None: the built-in lexicon only"));
    m_lexicon->setClearButtonEnabled(true);
    auto *lexiconNote = new QLabel(
        tr("Your titles, names and institutions for the analysis of the articles you import "
           "from now on (see the lexicon format in the user guide)."),
        this);
    lexiconNote->setWordWrap(true);
    lexiconNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Reader &font size:"), m_fontSize);
    form->addRow(tr("&Archive:"), pathRow(m_archive, browseArchive));
    form->addRow(tr("User &lexicon:"), pathRow(m_lexicon, browseLexicon));
    form->addRow(QString(), lexiconNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString SettingsDialog::language() const {
    return m_language->currentData().toString();
}

int SettingsDialog::readerFontSize() const {
    return m_fontSize->value();
}

QString SettingsDialog::archivePath() const {
    return QDir::fromNativeSeparators(m_archive->text().trimmed());
}

QString SettingsDialog::userLexicon() const {
    return QDir::fromNativeSeparators(m_lexicon->text().trimmed());
}

void SettingsDialog::save() const {
    settings::setLanguage(language());
    settings::setReaderFontSize(readerFontSize());
    settings::setUserLexicon(userLexicon());
}

} // namespace kliping::gui
