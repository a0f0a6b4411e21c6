#include "articlereader.h"

#include "articlehtml.h"
#include "guisettings.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFontMetrics>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

namespace kliping::gui {

namespace {

constexpr qreal kMinSideMargin = 24;
constexpr qreal kTopMargin = 20;

QString readStyle(const QString &path) {
    QFile css(path);
    return css.open(QIODevice::ReadOnly) ? QString::fromUtf8(css.readAll()) : QString();
}

// The position of the first character carrying an anchor name, or -1.
int anchorPosition(const QTextDocument *document, const QString &name) {
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorNames().contains(name))
                return fragment.position();
        }
    }
    return -1;
}

} // namespace

ArticleReader::ArticleReader(QWidget *parent)
    : QTextBrowser(parent)
    , m_fontSize(settings::kDefaultReaderFontSize) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleReader::openLink);
    setFrameShape(QFrame::NoFrame);
    applyStyle();
}

void ArticleReader::applyStyle() {
    // The body size is the user's; the stylesheet sizes everything else relative to it.
    QFont serif(QStringLiteral("Noto Serif"));
    serif.setStyleHint(QFont::Serif);
    serif.setPointSize(m_fontSize);
    document()->setDefaultFont(serif);
    // On a dark background the text colours of the light stylesheet are replaced.
    m_styleSheet = readStyle(QStringLiteral(":/styles/article.css"));
    if (palette().color(QPalette::Base).lightness() < 128)
        m_styleSheet += readStyle(QStringLiteral(":/styles/article-dark.css"));
    document()->setDefaultStyleSheet(m_styleSheet);
}

void ArticleReader::setBodyFontSize(int points) {
    m_fontSize = qBound(settings::kMinReaderFontSize, points, settings::kMaxReaderFontSize);
    applyStyle();
    // The default stylesheet and font are only applied when HTML is set, so set it again.
    render();
}

void ArticleReader::setMarkEntities(bool mark) {
    if (mark == m_markEntities)
        return;
    m_markEntities = mark;
    if (m_hasArticle)
        render();
}

void ArticleReader::showArticle(const ingest::Article &article,
                                const analysis::Analysis &analysis, const ArticleLinks &links) {
    m_hasArticle = true;
    m_article = article;
    m_analysis = analysis;
    m_links = links;
    render();
}

void ArticleReader::showMessage(const QString &title, const QString &text) {
    m_hasArticle = false;
    m_article = {};
    m_analysis = {};
    m_links = {};
    m_html = QStringLiteral("<html><body><h2 class=\"empty\">%1</h2><p class=\"hint\">%2</p>"
                            "</body></html>")
                 .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    render();
}

void ArticleReader::render() {
    if (m_hasArticle) {
        ArticleHtml::Options options;
        options.markEntities = m_markEntities;
        options.links = m_links;
        options.colours = ArticleHtml::Colours::forPalette(palette());
        options.locale = locale();
        m_html = ArticleHtml::build(m_article, m_analysis, options);
    }
    setReaderHtml(m_html);
}

void ArticleReader::setReaderHtml(const QString &html) {
    setHtml(html);
    updateMargins();
}

int ArticleReader::documentPosition(qsizetype bodyOffset) const {
    if (!m_hasArticle)
        return -1;
    const int start = anchorPosition(document(), ArticleHtml::bodyAnchor());
    if (start < 0)
        return -1;
    return start + int(ArticleHtml::documentOffset(m_article.body, bodyOffset));
}

void ArticleReader::selectBodyRange(qsizetype start, qsizetype end) {
    const int from = documentPosition(start);
    const int to = documentPosition(end);
    if (from < 0 || to < from)
        return;
    QTextCursor cursor(document());
    // Anchored at the end, positioned at the start: the view scrolls to the cursor's position,
    // so the quote's beginning comes into view.
    cursor.setPosition(qMin(to, document()->characterCount() - 1));
    cursor.setPosition(from, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleReader::changeEvent(QEvent *event) {
    QTextBrowser::changeEvent(event);
    // A switch between light and dark: new text and mark colours.
    if (event->type() == QEvent::PaletteChange) {
        applyStyle();
        render();
    }
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

void ArticleReader::openLink(const QUrl &link) {
    const QString scheme = link.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !link.host().isEmpty()) {
        if (m_urlOpener)
            m_urlOpener(link);
        else
            QDesktopServices::openUrl(link);
        return;
    }
    if (link.scheme() != ArticleHtml::linkScheme())
        return;
    const QString kind = link.path().section(u'/', 0, 0);
    bool ok = false;
    const qint64 id = link.path().section(u'/', 1, 1).toLongLong(&ok);
    if (!ok || id <= 0)
        return;
    if (kind == QLatin1String("person"))
        emit personActivated(id);
    else if (kind == QLatin1String("institution"))
        emit institutionActivated(id);
    else if (kind == QLatin1String("article"))
        emit articleActivated(id);
}

void ArticleReader::doSetSource(const QUrl &name, QTextDocument::ResourceType) {
    openLink(name);
}

QVariant ArticleReader::loadResource(int type, const QUrl &name) {
    // Only the program's own resources; an article never makes the reader go online or read
    // local files.
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

} // namespace kliping::gui
