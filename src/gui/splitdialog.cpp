#include "splitdialog.h"

#include "articledate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kliping::gui {

SplitDialog::SplitDialog(const QString &personName, const QList<archive::ArticleSummary> &articles,
                         QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Split Articles Off"));
    auto *intro = new QLabel(tr("Tick the articles that are about someone other than %1, and "
                                "name that person.")
                                 .arg(personName),
                             this);
    intro->setWordWrap(true);
    for (const archive::ArticleSummary &a : articles) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(ArticleDate::dayText(a.published), a.title), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, a.id);
    }
    m_name->setText(personName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Split Off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &SplitDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &SplitDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name of the other person:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
    updateState();
}

QList<qint64> SplitDialog::articles() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

QString SplitDialog::newName() const
{
    return m_name->text().simplified();
}

void SplitDialog::updateState()
{
    m_ok->setEnabled(!articles().isEmpty() && !newName().isEmpty());
}

} // namespace kliping::gui
