#include "clipboardtext.h"

#include <QMimeData>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace kliping::gui::clipboardtext {

namespace {

// Resource provider for the HTML import that provides nothing: a copied page's images and
// stylesheets are never fetched.
class NoResources : public QTextDocument {
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

QString fromMimeData(const QMimeData *mime)
{
    if (!mime)
        return {};
    QString text;
    if (mime->hasText())
        text = mime->text();
    if (text.trimmed().isEmpty() && mime->hasHtml()) {
        NoResources provider;
        text = QTextDocumentFragment::fromHtml(mime->html(), &provider).toPlainText();
    }
    // Non-breaking spaces from HTML are plain spaces in an article's text; an image leaves an
    // object replacement character, which is no text at all.
    text.replace(QChar::Nbsp, u' ');
    text.remove(QChar::ObjectReplacementCharacter);
    return text.trimmed().isEmpty() ? QString() : text;
}

} // namespace kliping::gui::clipboardtext
