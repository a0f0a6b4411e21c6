#include "originaldialog.h"

#include "ingest/htmldocument.h"
#include "text/textdecoder.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kliping::gui {

namespace {

// The charset named in a media type ("text/html; charset=windows-1252"), or empty.
QString charsetOf(const QString &mediaType)
{
    const int at = mediaType.indexOf(QLatin1String("charset="), 0, Qt::CaseInsensitive);
    return at < 0 ? QString() : mediaType.mid(at + 8).section(u';', 0, 0).trimmed();
}

} // namespace

OriginalDialog::OriginalDialog(const archive::StoredArticle &stored, QWidget *parent)
    : QDialog(parent)
    , m_info(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    const ingest::Article &a = stored.article;
    setWindowTitle(tr("Original of “%1”").arg(a.title));
    const QByteArray &bytes = a.originalBytes;
    QString declared = charsetOf(a.mediaType);
    if (declared.isEmpty() && a.mediaType.contains(QLatin1String("html"), Qt::CaseInsensitive))
        declared = ingest::HtmlDocument::declaredCharset(bytes);
    // Plain text in a plain-text view: markup stays visible as markup and is never rendered.
    const text::DecodedText decoded = text::TextDecoder::decode(bytes, declared);
    QStringList info;
    info << tr("Type: %1").arg(a.mediaType.isEmpty() ? tr("unknown") : a.mediaType);
    info << tr("Size: %1").arg(QLocale().formattedDataSize(bytes.size()));
    if (decoded.ok() && !decoded.encoding.isEmpty())
        info << tr("Read as: %1").arg(decoded.encoding);
    if (!a.origin.isEmpty())
        info << tr("From: %1").arg(a.origin);
    m_info->setText(info.join(QStringLiteral("  ·  ")));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (bytes.isEmpty())
        m_text->setPlaceholderText(tr("The archive holds no original for this article."));
    else if (!decoded.ok())
        m_text->setPlaceholderText(
            tr("The original cannot be shown as text: %1").arg(decoded.error));
    else
        m_text->setPlainText(decoded.text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 600);
}

} // namespace kliping::gui
