// Asks for a person of the archive: a name field whose completions come from
// PeopleDirectory::find as the user types, so a part of a name, an alias or a misspelling
// ("Sacrudin") finds the person. Used to merge people and to re-attribute a quote.
#pragma once

#include "archive/peopledirectory.h"

#include <QAbstractListModel>
#include <QDialog>

class QCompleter;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace kliping::gui {

// The people whose names fit the text, best first, with their quote counts.
class PersonMatchModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PersonIdRole = Qt::UserRole + 1, NameRole };

    explicit PersonMatchModel(const archive::Archive &archive, QObject *parent = nullptr);

    void setText(const QString &text);
    // People never offered (the person being merged cannot be merged into themself).
    void setExcluded(const QList<qint64> &ids) { m_excluded = ids; }
    const QList<archive::PersonMatch> &matches() const { return m_matches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const archive::Archive &m_archive;
    QList<qint64> m_excluded;
    QList<archive::PersonMatch> m_matches;
};

class PersonPicker : public QDialog {
    Q_OBJECT
public:
    PersonPicker(const archive::Archive &archive, const QString &title, const QString &prompt,
                 QWidget *parent = nullptr);

    void setExcluded(const QList<qint64> &ids) { m_model->setExcluded(ids); }
    QLineEdit *nameEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    PersonMatchModel *matchModel() const { return m_model; }
    // The person chosen from the completions, or else the best match of the text; 0 for none.
    qint64 personId() const;
    QString personName() const;

private:
    void textEdited(const QString &text);
    void updateState();

    PersonMatchModel *m_model;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QLabel *m_match;
    QDialogButtonBox *m_buttons;
    qint64 m_chosen = 0;
    QString m_chosenName;
};

} // namespace kliping::gui
