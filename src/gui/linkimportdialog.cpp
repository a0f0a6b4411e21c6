#include "linkimportdialog.h"

#include "ingest/urlfetcher.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kliping::gui {

LinkImportDialog::LinkImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import from Link"));
    auto *intro = new QLabel(
        tr("Links to news articles or feeds (http:// or https://), one on each line:"), this);
    intro->setWordWrap(true);
    intro->setBuddy(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setPlaceholderText(QStringLiteral("https://"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &LinkImportDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 260);

    // A link just copied in the browser is the likely one to import.
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    if (ingest::UrlFetcher::isFetchableUrl(clipboard))
        setText(clipboard + u'\n');
    validate();
}

void LinkImportDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QStringList LinkImportDialog::parseLinks(const QString &text, QString *badLine)
{
    QStringList links;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString link = line.trimmed();
        if (link.isEmpty() || links.contains(link))
            continue;
        if (!ingest::UrlFetcher::isFetchableUrl(link)) {
            if (badLine && badLine->isEmpty())
                *badLine = link;
            continue;
        }
        links << link;
    }
    return links;
}

QStringList LinkImportDialog::links() const
{
    return parseLinks(m_edit->toPlainText());
}

bool LinkImportDialog::canImport() const
{
    return problem().isEmpty() && !links().isEmpty();
}

QString LinkImportDialog::problem() const
{
    QString bad;
    parseLinks(m_edit->toPlainText(), &bad);
    if (bad.isEmpty())
        return {};
    return tr("“%1” is not a web link: a link starts with http:// or https://.").arg(bad);
}

void LinkImportDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_import->setEnabled(canImport());
}

} // namespace kliping::gui
