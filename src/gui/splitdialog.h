// Split Articles Off: the user ticks the articles of a person that are about someone else (two
// people wrongly taken as one) and names that other person.
#pragma once

#include "archive/archive.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace kliping::gui {

class SplitDialog : public QDialog {
    Q_OBJECT
public:
    SplitDialog(const QString &personName, const QList<archive::ArticleSummary> &articles,
                QWidget *parent = nullptr);

    QList<qint64> articles() const;
    QString newName() const;

private:
    void updateState();

    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_ok;
};

} // namespace kliping::gui
