#include "settingsdialog.h"

#include "guisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kliping::gui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_fontSize(new QSpinBox(this)) {
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("Reader &font size:"), m_fontSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SettingsDialog::language() const {
    return m_language->currentData().toString();
}

int SettingsDialog::readerFontSize() const {
    return m_fontSize->value();
}

void SettingsDialog::save() const {
    settings::setLanguage(language());
    settings::setReaderFontSize(readerFontSize());
}

} // namespace kliping::gui
