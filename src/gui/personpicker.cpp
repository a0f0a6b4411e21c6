#include "personpicker.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kliping::gui {

PersonMatchModel::PersonMatchModel(const archive::Archive &archive, QObject *parent)
    : QAbstractListModel(parent)
    , m_archive(archive)
{
}

void PersonMatchModel::setText(const QString &text)
{
    beginResetModel();
    m_matches.clear();
    for (const archive::PersonMatch &m : archive::PeopleDirectory(m_archive).find(text, 15)) {
        if (!m_excluded.contains(m.id))
            m_matches << m;
    }
    endResetModel();
}

int PersonMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant PersonMatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const archive::PersonMatch &m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The alias that matched says why a name is offered ("Sacrudin" -> Sachrudin).
        if (m.matchedText != m.name)
            return tr("%1 (as “%2”) · %n quote(s)", nullptr, m.quotes).arg(m.name, m.matchedText);
        return tr("%1 · %n quote(s)", nullptr, m.quotes).arg(m.name);
    case Qt::EditRole:
    case NameRole:
        return m.name;
    case PersonIdRole:
        return m.id;
    }
    return {};
}

PersonPicker::PersonPicker(const archive::Archive &archive, const QString &title,
                           const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_model(new PersonMatchModel(archive, this))
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(m_model, this))
    , m_match(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    // The model already holds only matching people (misspellings too): show them unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(PersonMatchModel::NameRole);
    m_completer->setMaxVisibleItems(10);
    m_edit->setCompleter(m_completer);
    m_edit->setPlaceholderText(tr("Type a name, an alias or part of one"));
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textEdited, this, &PersonPicker::textEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_chosen = index.data(PersonMatchModel::PersonIdRole).toLongLong();
                m_chosenName = index.data(PersonMatchModel::NameRole).toString();
                updateState();
            });
    m_match->setForegroundRole(QPalette::PlaceholderText);
    m_match->setWordWrap(true);

    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_match);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    updateState();
}

void PersonPicker::textEdited(const QString &text)
{
    m_chosen = 0;
    m_chosenName.clear();
    m_model->setText(text);
    if (!text.trimmed().isEmpty() && m_model->rowCount() > 0)
        m_completer->complete();
    updateState();
}

qint64 PersonPicker::personId() const
{
    if (m_chosen)
        return m_chosen;
    const auto &matches = m_model->matches();
    return matches.isEmpty() ? 0 : matches.first().id;
}

QString PersonPicker::personName() const
{
    if (m_chosen)
        return m_chosenName;
    const auto &matches = m_model->matches();
    return matches.isEmpty() ? QString() : matches.first().name;
}

void PersonPicker::updateState()
{
    const qint64 id = personId();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(id != 0);
    if (id)
        m_match->setText(tr("Chosen: %1").arg(personName()));
    else if (m_edit->text().trimmed().isEmpty())
        m_match->clear();
    else
        m_match->setText(tr("No person of the archive has this name."));
}

} // namespace kliping::gui
