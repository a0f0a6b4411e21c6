#include "subscribefeeddialog.h"

#include "ingest/urlfetcher.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kliping::gui {

SubscribeFeedDialog::SubscribeFeedDialog(QWidget *parent)
    : QDialog(parent)
    , m_location(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Subscribe to Feed"));
    auto *intro = new QLabel(tr("The link of a news feed (RSS or Atom), or a feed file:"), this);
    intro->setWordWrap(true);
    intro->setBuddy(m_location);
    m_location->setPlaceholderText(QStringLiteral("https://"));
    m_location->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Choose &File…"), this);
    connect(browse, &QPushButton::clicked, this, &SubscribeFeedDialog::chooseFile);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    auto *note = new QLabel(
        tr("Its new items are imported now and whenever you choose File ▸ Update Feeds."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_subscribe = buttons->addButton(tr("&Subscribe"), QDialogButtonBox::AcceptRole);
    m_subscribe->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_location, &QLineEdit::textChanged, this, &SubscribeFeedDialog::validate);

    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    if (ingest::UrlFetcher::isFetchableUrl(clipboard))
        m_location->setText(clipboard);
    validate();
}

QString SubscribeFeedDialog::location() const
{
    QString text = m_location->text().trimmed(); // not const: returned by move
    if (ingest::UrlFetcher::isFetchableUrl(text))
        return text;
    const QFileInfo file(text);
    if (!text.isEmpty() && file.isFile())
        return file.absoluteFilePath();
    return {};
}

void SubscribeFeedDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a Feed File"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Feeds (*.xml *.rss *.atom *.rdf);;All files (*)"));
    if (!file.isEmpty())
        m_location->setText(file);
}

void SubscribeFeedDialog::validate()
{
    const QString text = m_location->text().trimmed();
    const bool ok = !location().isEmpty();
    m_subscribe->setEnabled(ok);
    m_problem->setText(ok || text.isEmpty()
                           ? QString()
                           : tr("This is neither a web link (http:// or https://) nor an "
                                "existing file."));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

} // namespace kliping::gui
