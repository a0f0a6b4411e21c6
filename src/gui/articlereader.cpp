#include "articlereader.h"

#include "articledate.h"
#include "guisettings.h"

#include <QFile>
#include <QFontMetrics>
#include <QScrollBar>
#include <QStringList>
#include <QTextDocument>
#include <QTextFrame>

namespace kliping::gui {

namespace {

constexpr qreal kMinSideMargin = 24;
constexpr qreal kTopMargin = 20;

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

ArticleReader::ArticleReader(QWidget *parent)
    : QTextBrowser(parent)
    , m_fontSize(settings::kDefaultReaderFontSize) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    QFile css(QStringLiteral(":/styles/article.css"));
    if (css.open(QIODevice::ReadOnly))
        m_styleSheet = QString::fromUtf8(css.readAll());
    applyStyle();
}

void ArticleReader::applyStyle() {
    // The body size is the user's; the stylesheet sizes everything else relative to it.
    QFont serif(QStringLiteral("Noto Serif"));
    serif.setStyleHint(QFont::Serif);
    serif.setPointSize(m_fontSize);
    document()->setDefaultFont(serif);
    document()->setDefaultStyleSheet(m_styleSheet);
}

void ArticleReader::setBodyFontSize(int points) {
    m_fontSize = qBound(settings::kMinReaderFontSize, points, settings::kMaxReaderFontSize);
    applyStyle();
    // The default stylesheet and font are only applied when HTML is set, so set it again.
    setReaderHtml(m_html);
}

QString ArticleReader::articleHtml(const ingest::Article &article, const QLocale &locale) {
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 class=\"title\">%1</h1>").arg(escaped(article.title));

    QStringList meta;
    if (!article.source.isEmpty())
        meta << QStringLiteral("<span class=\"source\">%1</span>").arg(escaped(article.source));
    const QString date = ArticleDate::longText(article.published, article.publishedZone, locale);
    if (!date.isEmpty())
        meta << escaped(date);
    if (!article.byline.isEmpty())
        meta << escaped(tr("By %1").arg(article.byline));
    if (!article.editor.isEmpty())
        meta << escaped(tr("Editor: %1").arg(article.editor));
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(meta.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    for (const QString &caption : article.captions)
        html += QStringLiteral("<p class=\"caption\"><i>%1</i></p>").arg(escaped(caption));
    if (article.partial)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(escaped(tr("Only a summary of this article was available.")));
    for (const QString &paragraph : article.paragraphs())
        html += QStringLiteral("<p class=\"body\">%1</p>").arg(escaped(paragraph));
    html += QStringLiteral("</body></html>");
    return html;
}

void ArticleReader::showArticle(const ingest::Article &article) {
    setReaderHtml(articleHtml(article, locale()));
}

void ArticleReader::showMessage(const QString &title, const QString &text) {
    setReaderHtml(QStringLiteral("<html><body><h2 class=\"empty\">%1</h2><p class=\"hint\">%2</p>"
                                 "</body></html>")
                      .arg(escaped(title), escaped(text)));
}

void ArticleReader::setReaderHtml(const QString &html) {
    m_html = html;
    setHtml(html);
    updateMargins();
}

void ArticleReader::resizeEvent(QResizeEvent *event) {
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ArticleReader::updateMargins() {
    // About 75 characters a line reads best; beyond that the eye loses the next line.
    const int maxText = QFontMetrics(document()->defaultFont()).averageCharWidth() * 75;
    const int width = viewport()->width();
    const qreal side = qMax(kMinSideMargin, (width - maxText) / 2.0);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && format.topMargin() == kTopMargin)
        return;
    format.setMargin(0);
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(kTopMargin);
    format.setBottomMargin(kTopMargin);
    document()->rootFrame()->setFrameFormat(format);
}

QVariant ArticleReader::loadResource(int type, const QUrl &name) {
    // Only the program's own resources; an article never makes the reader go online or read
    // local files.
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

} // namespace kliping::gui
