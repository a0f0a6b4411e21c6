#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kliping::gui {

namespace {

const char *kFormatKey = "export/format";
const char *kPaperKey = "export/paper";
const char *kMarginKey = "export/marginMm";
const char *kHighlightKey = "export/highlightQuotes";
const char *kPeopleBoxKey = "export/peopleBox";

} // namespace

ExportDialog::ExportDialog(bool hasCurrent, int selectedCount,
                           const QList<QPair<QString, qint64>> &people, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    const QSettings settings;

    auto *what = new QGroupBox(tr("What to export"));
    m_current = new QRadioButton(tr("The article being read"));
    m_current->setEnabled(hasCurrent);
    m_selection = new QRadioButton(tr("The selected articles (%1)").arg(selectedCount));
    m_selection->setEnabled(selectedCount > 0);
    m_person = new QRadioButton(tr("The dossier of a person: positions and quotes"));
    m_person->setEnabled(!people.isEmpty());
    m_people = new QComboBox;
    for (const auto &p : people)
        m_people->addItem(p.first, p.second);
    m_words = new QLineEdit;
    m_words->setPlaceholderText(tr("Only quotes with all these words (optional)"));
    m_period = new QComboBox;
    m_period->addItem(tr("Group quotes by year"), int(exporting::Period::Year));
    m_period->addItem(tr("Group quotes by month"), int(exporting::Period::Month));
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_current);
    whatLayout->addWidget(m_selection);
    whatLayout->addWidget(m_person);
    auto *personForm = new QFormLayout;
    personForm->setContentsMargins(24, 0, 0, 0);
    personForm->addRow(tr("Person:"), m_people);
    personForm->addRow(tr("Words:"), m_words);
    personForm->addRow(QString(), m_period);
    whatLayout->addLayout(personForm);
    if (selectedCount > 1)
        m_selection->setChecked(true);
    else if (hasCurrent)
        m_current->setChecked(true);
    else if (selectedCount > 0)
        m_selection->setChecked(true);
    else
        m_person->setChecked(!people.isEmpty());

    auto *how = new QGroupBox(tr("Format"));
    m_format = new QComboBox;
    m_format->addItem(tr("PDF document"), int(exporting::Format::Pdf));
    m_format->addItem(tr("Web page (HTML, one file)"), int(exporting::Format::Html));
    m_format->addItem(tr("Markdown"), int(exporting::Format::Markdown));
    m_format->addItem(tr("JSON"), int(exporting::Format::Json));
    m_format->addItem(tr("Quotes as CSV (spreadsheet)"), int(exporting::Format::Csv));
    m_format->setCurrentIndex(
        qMax(0, m_format->findData(settings.value(QLatin1String(kFormatKey), 0).toInt())));
    m_paper = new QComboBox;
    m_paper->addItem(tr("A4"), int(exporting::Paper::A4));
    m_paper->addItem(tr("Letter"), int(exporting::Paper::Letter));
    m_paper->setCurrentIndex(
        qMax(0, m_paper->findData(settings.value(QLatin1String(kPaperKey), 0).toInt())));
    m_margin = new QDoubleSpinBox;
    m_margin->setRange(8, 40);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    m_margin->setValue(settings.value(QLatin1String(kMarginKey), 20).toDouble());
    m_highlight = new QCheckBox(tr("Highlight quotes and list them with their speakers"));
    m_highlight->setChecked(settings.value(QLatin1String(kHighlightKey), true).toBool());
    m_peopleBox = new QCheckBox(tr("Add a box of the people and institutions"));
    m_peopleBox->setChecked(settings.value(QLatin1String(kPeopleBoxKey), true).toBool());
    auto *howForm = new QFormLayout(how);
    howForm->addRow(tr("Format:"), m_format);
    howForm->addRow(tr("Paper:"), m_paper);
    howForm->addRow(tr("Margins:"), m_margin);
    howForm->addRow(m_highlight);
    howForm->addRow(m_peopleBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(QLatin1String(kFormatKey), m_format->currentData());
        s.setValue(QLatin1String(kPaperKey), m_paper->currentData());
        s.setValue(QLatin1String(kMarginKey), m_margin->value());
        s.setValue(QLatin1String(kHighlightKey), m_highlight->isChecked());
        s.setValue(QLatin1String(kPeopleBoxKey), m_peopleBox->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(how);
    layout->addWidget(buttons);

    for (QRadioButton *b : {m_current, m_selection, m_person})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool person = m_person->isChecked();
    m_people->setEnabled(person);
    m_words->setEnabled(person);
    m_period->setEnabled(person);
    const auto format = exporting::Format(m_format->currentData().toInt());
    const bool pdf = format == exporting::Format::Pdf;
    m_paper->setEnabled(pdf);
    m_margin->setEnabled(pdf);
    const bool layout =
        pdf || format == exporting::Format::Html || format == exporting::Format::Markdown;
    m_highlight->setEnabled(layout);
    m_peopleBox->setEnabled(layout && !person);
}

void ExportDialog::setWhat(ExportRequest::What what, qint64 personId)
{
    switch (what) {
    case ExportRequest::What::Current:
        m_current->setChecked(true);
        break;
    case ExportRequest::What::Selection:
        m_selection->setChecked(true);
        break;
    case ExportRequest::What::Person:
        m_person->setChecked(true);
        if (const int i = m_people->findData(personId); i >= 0)
            m_people->setCurrentIndex(i);
        break;
    }
}

void ExportDialog::setFormat(exporting::Format format)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(format))));
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.what = m_person->isChecked()      ? ExportRequest::What::Person
             : m_selection->isChecked() ? ExportRequest::What::Selection
                                        : ExportRequest::What::Current;
    r.personId = m_people->currentData().toLongLong();
    r.personName = m_people->currentText();
    r.words = m_words->text().split(u' ', Qt::SkipEmptyParts);
    r.period = exporting::Period(m_period->currentData().toInt());
    r.options.format = exporting::Format(m_format->currentData().toInt());
    r.options.paper = exporting::Paper(m_paper->currentData().toInt());
    const qreal m = m_margin->value();
    r.options.marginsMm = QMarginsF(m, m * 0.9, m, m * 0.9);
    r.options.highlightQuotes = m_highlight->isChecked();
    r.options.peopleBox = m_peopleBox->isChecked();
    return r;
}

} // namespace kliping::gui
