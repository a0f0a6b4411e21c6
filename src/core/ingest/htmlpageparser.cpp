#include "htmlpageparser.h"

#include "documentreader.h"
#include "htmldocument.h"
#include "markuptrimmer.h"
#include "pagetextparser.h"
#include "text/dateparser.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <span>
#include <string_view>

namespace kliping::ingest {

namespace {

// Messages of this file, translated in the context "HtmlPageParser".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HtmlPageParser)
};

// Every attribute this file reads, and only these, reach the parser (see MarkupTrimmer): a new
// attribute read below must be named here too. Site rules add the ones their selectors name.
const QStringList kReadAttributes = {
    QStringLiteral("class"),    QStringLiteral("id"),     QStringLiteral("itemprop"),
    QStringLiteral("property"), QStringLiteral("name"),   QStringLiteral("content"),
    QStringLiteral("href"),     QStringLiteral("rel"),    QStringLiteral("type"),
    QStringLiteral("datetime"), QStringLiteral("hidden"), QStringLiteral("style"),
};

// Never article text, whatever their class: code, styling, embedded frames, forms, page chrome.
const QSet<QString> kDroppedTags = {
    QStringLiteral("head"),     QStringLiteral("script"),   QStringLiteral("style"),
    QStringLiteral("noscript"), QStringLiteral("iframe"),   QStringLiteral("form"),
    QStringLiteral("nav"),      QStringLiteral("footer"),   QStringLiteral("aside"),
    QStringLiteral("header"),   QStringLiteral("button"),   QStringLiteral("select"),
    QStringLiteral("svg"),      QStringLiteral("template"), QStringLiteral("input"),
    QStringLiteral("textarea"), QStringLiteral("object"),   QStringLiteral("embed"),
    QStringLiteral("video"),    QStringLiteral("audio"),    QStringLiteral("canvas"),
    QStringLiteral("map"),      QStringLiteral("dialog"),   QStringLiteral("menu"),
    QStringLiteral("title"),    QStringLiteral("math"),
};

// Class and id words. Strong: boxes that are never the article (share bars, "Baca Juga",
// comments, adverts). Weak: page regions that are not the article unless also named as content.
constexpr std::string_view kStrongNegativeParts[] = {
    "comment",   "disqus",      "share",      "sharing",   "social",    "sosmed",
    "related",   "terkait",     "bacajuga",   "baca-juga", "baca_juga", "readalso",
    "read-also", "breadcrumb",  "newsletter", "subscribe", "advert",    "iklan",
    "sponsor",   "pagination",  "pager",      "paging",    "popular",   "populer",
    "trending",  "rekomendasi", "recommend",  "outbrain",  "taboola",   "adsbygoogle",
};
constexpr std::string_view kStrongNegativeNames[] = {
    "ad",    "ads",   "adv",   "banner", "tag",   "tags",  "topic",
    "topik", "print", "login", "search", "modal", "popup", "cookie",
};
constexpr std::string_view kStrongNegativePrefixes[] = {"ad-", "ads-",    "ads_",
                                                        "ad_", "banner-", "tags-"};
constexpr std::string_view kWeakNegativeParts[] = {
    "sidebar", "footer",     "header", "masthead", "menu",
    "navbar",  "navigation", "widget", "promo",    "aside",
};
constexpr std::string_view kWeakNegativeNames[] = {"nav", "side", "foot", "right", "left"};
constexpr std::string_view kPositiveParts[] = {
    "article", "content", "detail", "body", "story", "entry",  "post",
    "read",    "txt",     "text",   "main", "isi",   "berita", "artikel",
};
// Photo boxes: their short text is a caption, never a paragraph of the article.
constexpr std::string_view kCaptionParts[] = {
    "caption", "keterangan", "ket-foto", "ketfoto", "pic_",   "pic-",
    "photo",   "foto",       "image",    "img",     "gambar",
};
constexpr int kMaxCaptionChars = 400;

// JSON-LD types of a news article (schema.org).
const QSet<QString> kArticleTypes = {
    QStringLiteral("NewsArticle"),
    QStringLiteral("Article"),
    QStringLiteral("ReportageNewsArticle"),
    QStringLiteral("AnalysisNewsArticle"),
    QStringLiteral("OpinionNewsArticle"),
    QStringLiteral("BackgroundNewsArticle"),
    QStringLiteral("ReviewNewsArticle"),
    QStringLiteral("BlogPosting"),
    QStringLiteral("Report"),
};

// Link texts that lead to the next page of the same article.
const QStringList kNextPageTexts = {
    QStringLiteral("halaman 2"),   QStringLiteral("halaman selanjutnya"),
    QStringLiteral("selanjutnya"), QStringLiteral("berikutnya"),
    QStringLiteral("lanjut"),      QStringLiteral("next"),
    QStringLiteral("next page"),   QStringLiteral("2"),
};

// Spaces a browser shows as one: no-break and thin spaces, zero-width characters dropped.
QString inlineText(const QString &text)
{
    QString t = text;
    for (QChar &c : t) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == 0x3000 || u == u'\t')
            c = u' ';
    }
    t.remove(QChar(0x200B)).remove(QChar(0x200C)).remove(QChar(0x200D)).remove(QChar(0xFEFF));
    return t;
}

QString clean(const QString &text)
{
    return inlineText(text).simplified().normalized(QString::NormalizationForm_C);
}

// The length of text.simplified(), without building it.
int simplifiedLength(const QString &text)
{
    int length = 0;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = length > 0;
            continue;
        }
        length += pendingSpace ? 2 : 1;
        pendingSpace = false;
    }
    return length;
}

// wordCount(clean(text)), without building the clean text: runs of non-space characters that
// hold more than zero-width ones.
int cleanWordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord && u != 0x200B && u != 0x200C && u != 0x200D && u != 0xFEFF) {
            inWord = true;
            ++words;
        }
    }
    return words;
}

int wordCount(const QString &text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

bool containsAny(std::string_view haystack, std::span<const std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(), [haystack](std::string_view n) {
        return haystack.find(n) != std::string_view::npos;
    });
}

bool isAnyOf(std::string_view word, std::span<const std::string_view> words)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

// What an element's class and id say about it.
struct NameSignals {
    bool positive = false;
    bool strongNegative = false;
    bool weakNegative = false;
    bool caption = false;
};

NameSignals nameSignals(const HtmlDocument &doc, int index)
{
    NameSignals s;
    // The words are ASCII: class and id as UTF-8, in ASCII lower case.
    QByteArray bytes = (doc.attribute(index, QStringLiteral("class")) + u' ' +
                        doc.attribute(index, QStringLiteral("id")))
                           .toUtf8();
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    const std::string_view names(bytes.constData(), size_t(bytes.size()));
    if (names.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos)
        return s;
    s.positive = containsAny(names, kPositiveParts);
    s.strongNegative = containsAny(names, kStrongNegativeParts);
    s.weakNegative = containsAny(names, kWeakNegativeParts);
    s.caption = containsAny(names, kCaptionParts);
    for (size_t start = 0; start < names.size();) {
        size_t stop = names.find(' ', start);
        if (stop == std::string_view::npos)
            stop = names.size();
        const std::string_view name = names.substr(start, stop - start);
        start = stop + 1;
        if (name.empty())
            continue;
        if (isAnyOf(name, kStrongNegativeNames) ||
            std::any_of(std::begin(kStrongNegativePrefixes), std::end(kStrongNegativePrefixes),
                        [name](std::string_view p) { return name.starts_with(p); }))
            s.strongNegative = true;
        if (isAnyOf(name, kWeakNegativeNames))
            s.weakNegative = true;
    }
    return s;
}

bool isHiddenByMarkup(const HtmlDocument &doc, int index)
{
    const HtmlNode &n = doc.node(index);
    for (const auto &[name, value] : n.attributes) {
        if (name == QLatin1String("hidden"))
            return true;
        if (name == QLatin1String("style")) {
            QString style = value.toLower();
            style.remove(u' ');
            if (style.contains(QLatin1String("display:none")) ||
                style.contains(QLatin1String("visibility:hidden")))
                return true;
        }
    }
    return false;
}

// ISO 8601 values of <meta> and JSON-LD, as pages really write them ("2015-06-16T14-05-11Z",
// "2015-06-19T03:40:00+07:00Z"); a value without a zone is WIB.
struct MetaDate {
    QDateTime utc;
    QString zone;
};

std::optional<MetaDate> parseMetaDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (const auto parsed = text::DateParser::parse(v))
        return MetaDate{parsed->utc, parsed->zone};
    QString iso = v;
    iso.replace(u' ', u'T');
    const qsizetype t = iso.indexOf(u'T');
    if (t > 0) {
        // "14-05-11" in the time part: dashes meant as colons.
        QString time = iso.mid(t + 1);
        if (time.size() >= 8 && time.at(2) == u'-' && time.at(5) == u'-') {
            time[2] = u':';
            time[5] = u':';
            iso = iso.left(t + 1) + time;
        }
        // "+07:00Z": an offset followed by a stray Z.
        if (iso.endsWith(u'Z') && iso.size() > 7 &&
            (iso.at(iso.size() - 7) == u'+' || iso.at(iso.size() - 7) == u'-'))
            iso.chop(1);
    }
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    QString zone;
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) {
            dt = QDateTime(dt.date(), dt.time(), QTimeZone(7 * 3600)); // no zone given: WIB
            zone = QStringLiteral("WIB");
        } else if (iso.endsWith(u'Z')) {
            zone = QStringLiteral("UTC");
        } else {
            zone = iso.right(6);
        }
    } else {
        const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        dt = QDateTime(date, QTime(0, 0), QTimeZone(7 * 3600));
    }
    return MetaDate{dt.toUTC(), zone};
}

QString hostOf(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

QString alnumFolded(const QString &s)
{
    QString out;
    for (const QChar c : s.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// One paragraph of the article's container as built from the markup.
struct Block {
    QString text;
    int chars = 0;
    int linkChars = 0;
    bool heading = false;
};

// The state of one parse: the document, what is hidden, the scores.
class Extraction {
public:
    Extraction(const HtmlDocument &doc, const PageLexicon &lexicon, const QList<SiteRule> &rules)
        : m_doc(doc)
        , m_lexicon(lexicon)
        , m_rules(rules)
    {
    }

    void markHidden();
    void score();
    QList<int> contentRoots() const;
    QList<Block> blocks(const QList<int> &roots, QStringList *captions, QStringList *dropped) const;
    QStringList captionsAround(const QList<int> &roots) const;
    int headlineLinks() const;
    bool isCaptionBox(int index) const;
    // nameSignals() of an element, worked out once.
    const NameSignals &signalsOf(int index) const;

    const HtmlDocument &m_doc;
    const PageLexicon &m_lexicon;
    QList<SiteRule> m_rules;
    QList<bool> m_hidden; // inside an element that is never article text
    QList<bool> m_inLink;
    QList<int> m_text;     // visible characters in the subtree
    QList<int> m_linkText; // of which inside links
    QList<double> m_score; // candidate scores; 0 for non-candidates
    int m_top = -1;
    int m_bodyMatch = -1; // the element a site's body-selector names
    mutable QList<NameSignals> m_signals;
    mutable QList<bool> m_signalsKnown;
};

const NameSignals &Extraction::signalsOf(int index) const
{
    if (m_signals.isEmpty()) {
        m_signals.resize(m_doc.size());
        m_signalsKnown = QList<bool>(m_doc.size(), false);
    }
    if (!m_signalsKnown.at(index)) {
        m_signals[index] = nameSignals(m_doc, index);
        m_signalsKnown[index] = true;
    }
    return m_signals.at(index);
}

bool isDropped(const SiteRule &rule)
{
    return rule.kind == SiteRule::Kind::Drop;
}

void Extraction::markHidden()
{
    const int n = m_doc.size();
    m_hidden = QList<bool>(n, false);
    m_inLink = QList<bool>(n, false);
    // First, raw text per subtree, to spare a box that holds most of the page's text whatever
    // its class says (a layout wrapper named "with-sidebar").
    QList<int> raw(n, 0);
    for (int i = n - 1; i >= 0; --i) {
        const HtmlNode &node = m_doc.node(i);
        if (node.isText)
            raw[i] = simplifiedLength(node.text);
        if (node.tag == QLatin1String("script") || node.tag == QLatin1String("style") ||
            node.tag == QLatin1String("head"))
            raw[i] = 0;
        if (node.parent >= 0)
            raw[node.parent] += raw[i];
    }
    const int total = n > 0 ? std::max(1, raw[0]) : 1;

    for (const SiteRule &rule : std::as_const(m_rules)) {
        if (rule.kind != SiteRule::Kind::Body)
            continue;
        for (int i = 0; i < n && m_bodyMatch < 0; ++i) {
            if (rule.selector.matches(m_doc, i))
                m_bodyMatch = i;
        }
    }

    for (int i = 0; i < n; ++i) {
        const HtmlNode &node = m_doc.node(i);
        const int parent = node.parent;
        if (parent >= 0) {
            m_hidden[i] = m_hidden[parent];
            m_inLink[i] = m_inLink[parent];
        }
        if (node.isText || m_hidden[i])
            continue;
        if (node.tag == QLatin1String("a"))
            m_inLink[i] = true;
        const bool protectedTag =
            node.tag == QLatin1String("html") || node.tag == QLatin1String("body") ||
            node.tag == QLatin1String("main") || node.tag == QLatin1String("article") ||
            i == m_bodyMatch ||
            m_doc.attribute(i, QStringLiteral("itemprop")) == QLatin1String("articleBody");
        bool hide = kDroppedTags.contains(node.tag) || isHiddenByMarkup(m_doc, i);
        for (const SiteRule &rule : std::as_const(m_rules)) {
            if (isDropped(rule) && rule.selector.matches(m_doc, i))
                hide = true;
        }
        if (!hide && !protectedTag) {
            const NameSignals &s = signalsOf(i);
            const bool holdsThePage = raw[i] * 2 > total;
            if (!holdsThePage && (s.strongNegative || (s.weakNegative && !s.positive)))
                hide = true;
        }
        // The element a site rule names as the body is kept even inside a hidden region.
        if (hide && (m_bodyMatch < 0 || !(i <= m_bodyMatch && m_bodyMatch < node.end)))
            m_hidden[i] = true;
    }
}

void Extraction::score()
{
    const int n = m_doc.size();
    m_text = QList<int>(n, 0);
    m_linkText = QList<int>(n, 0);
    m_score = QList<double>(n, 0.0);
    QList<int> blockText(n, 0), blockLink(n, 0), blockCommas(n, 0);
    for (int i = n - 1; i >= 0; --i) {
        const HtmlNode &node = m_doc.node(i);
        if (m_hidden[i])
            continue;
        if (node.isText) {
            const int len = simplifiedLength(node.text);
            m_text[i] = len;
            m_linkText[i] = m_inLink[i] ? len : 0;
            // The paragraph this text belongs to: its nearest non-inline ancestor.
            int block = node.parent;
            while (block >= 0 && HtmlDocument::isInline(m_doc.node(block).tag))
                block = m_doc.node(block).parent;
            if (block >= 0) {
                blockText[block] += len;
                blockLink[block] += m_linkText[i];
                blockCommas[block] += int(node.text.count(u','));
            }
        }
        if (node.parent >= 0) {
            m_text[node.parent] += m_text[i];
            m_linkText[node.parent] += m_linkText[i];
        }
    }

    QList<bool> initialised(n, false);
    auto addScore = [this, &initialised](int index, double value) {
        if (index < 0 || m_hidden[index])
            return;
        if (!initialised[index]) {
            initialised[index] = true;
            const QString &tag = m_doc.node(index).tag;
            double base = 0;
            if (tag == QLatin1String("div") || tag == QLatin1String("section"))
                base = 5;
            else if (tag == QLatin1String("article") || tag == QLatin1String("main"))
                base = 10;
            else if (tag == QLatin1String("pre") || tag == QLatin1String("td") ||
                     tag == QLatin1String("blockquote"))
                base = 3;
            else if (tag == QLatin1String("ol") || tag == QLatin1String("ul") ||
                     tag == QLatin1String("dl") || tag == QLatin1String("li") ||
                     tag == QLatin1String("form"))
                base = -3;
            else if (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1).isDigit())
                base = -5;
            else if (tag == QLatin1String("body") || tag == QLatin1String("html"))
                base = -20;
            const NameSignals &s = signalsOf(index);
            if (s.positive)
                base += 25;
            if (s.weakNegative || s.strongNegative)
                base -= 25;
            if (m_doc.attribute(index, QStringLiteral("itemprop")) == QLatin1String("articleBody"))
                base += 50;
            m_score[index] += base;
        }
        m_score[index] += value;
    };

    static const QSet<QString> kParagraphTags = {
        QStringLiteral("p"),   QStringLiteral("li"),         QStringLiteral("td"),
        QStringLiteral("pre"), QStringLiteral("blockquote"), QStringLiteral("dd"),
        QStringLiteral("h2"),  QStringLiteral("h3"),         QStringLiteral("h4"),
    };
    for (int b = 0; b < n; ++b) {
        const int len = blockText[b];
        if (len < 25 || blockLink[b] * 2 > len)
            continue;
        const double value = 1 + blockCommas[b] + std::min(len / 100, 3);
        const int parent = m_doc.node(b).parent;
        if (kParagraphTags.contains(m_doc.node(b).tag)) {
            addScore(parent, value);
            if (parent >= 0)
                addScore(m_doc.node(parent).parent, value / 2);
        } else {
            addScore(b, value);
            addScore(parent, value / 2);
        }
    }
    double best = 0;
    for (int i = 0; i < n; ++i) {
        if (!initialised[i])
            continue;
        const double density = m_text[i] > 0 ? double(m_linkText[i]) / m_text[i] : 1.0;
        m_score[i] *= (1.0 - density);
        if (m_top < 0 || m_score[i] > best) {
            best = m_score[i];
            m_top = i;
        }
    }
}

QList<int> Extraction::contentRoots() const
{
    if (m_bodyMatch >= 0)
        return {m_bodyMatch};
    if (m_top < 0)
        return {};
    const int parent = m_doc.node(m_top).parent;
    if (parent < 0)
        return {m_top};
    // Siblings that hold more of the article: paragraphs split over several boxes.
    QList<int> roots;
    const double threshold = std::max(10.0, m_score[m_top] * 0.2);
    const int end = m_doc.node(parent).end;
    for (int i = parent + 1; i < end; i = m_doc.node(i).end) {
        if (i == m_top) {
            roots << i;
            continue;
        }
        const HtmlNode &node = m_doc.node(i);
        if (m_hidden[i] || node.isText)
            continue;
        const double density = m_text[i] > 0 ? double(m_linkText[i]) / m_text[i] : 1.0;
        if (m_score[i] >= threshold && density < 0.5) {
            roots << i;
        } else if (node.tag == QLatin1String("p")) {
            const QString text = clean(m_doc.textOf(i));
            if ((text.size() >= 80 && density < 0.25) ||
                (!text.isEmpty() && density == 0 && text.endsWith(u'.')))
                roots << i;
        }
    }
    return roots;
}

QList<Block> Extraction::blocks(const QList<int> &roots, QStringList *captions,
                                QStringList *dropped) const
{
    QList<Block> out;
    Block current;
    auto flush = [&out, &current]() {
        current.text = clean(current.text);
        if (!current.text.isEmpty()) {
            current.chars = int(current.text.size());
            out.append(current);
        }
        current = Block();
    };
    for (const int root : roots) {
        QList<int> openEnds; // ends of the block elements we are inside
        const int end = m_doc.node(root).end;
        for (int i = root; i < end;) {
            while (!openEnds.isEmpty() && openEnds.last() <= i) {
                openEnds.removeLast();
                flush();
            }
            const HtmlNode &node = m_doc.node(i);
            if (m_hidden[i]) {
                if (!node.isText && !HtmlDocument::isInline(node.tag))
                    flush();
                // A box inside the text left out by its class ("Baca juga" boxes, share bars).
                static const QSet<QString> kCode = {
                    QStringLiteral("script"),   QStringLiteral("style"), QStringLiteral("noscript"),
                    QStringLiteral("template"), QStringLiteral("svg"),   QStringLiteral("iframe")};
                if (!node.isText && !kCode.contains(node.tag)) {
                    const QString text = clean(m_doc.textOf(i));
                    if (!text.isEmpty())
                        dropped->append(text);
                }
                i = node.end;
                continue;
            }
            if (node.isText) {
                const QString t = inlineText(node.text);
                current.text += t;
                if (m_inLink[i])
                    current.linkChars += simplifiedLength(t);
                ++i;
                continue;
            }
            if (node.tag == QLatin1String("br") || node.tag == QLatin1String("hr")) {
                flush();
                ++i;
                continue;
            }
            const bool captionBox = isCaptionBox(i);
            if (captionBox || node.tag == QLatin1String("h1")) {
                flush();
                if (captionBox) {
                    const QString caption = clean(m_doc.textOf(i));
                    if (!caption.isEmpty() && !captions->contains(caption))
                        captions->append(caption);
                }
                i = node.end;
                continue;
            }
            if (!HtmlDocument::isInline(node.tag)) {
                flush();
                current.heading = node.tag.size() == 2 && node.tag.at(0) == u'h';
                openEnds.append(node.end);
            }
            ++i;
        }
        flush();
    }
    return out;
}

// Captions near the article text (the lead photo often sits just above the text's box).
QStringList Extraction::captionsAround(const QList<int> &roots) const
{
    QStringList found;
    if (roots.isEmpty())
        return found;
    const int scope = m_doc.node(roots.first()).parent;
    if (scope < 0 || m_doc.node(scope).tag == QLatin1String("body"))
        return found;
    const int end = m_doc.node(scope).end;
    for (int i = scope; i < end;) {
        const HtmlNode &node = m_doc.node(i);
        if (node.isText || (m_hidden[i] && node.tag != QLatin1String("header"))) {
            i = node.end;
            continue;
        }
        if (isCaptionBox(i)) {
            const QString caption = clean(m_doc.textOf(i));
            if (!caption.isEmpty() && !found.contains(caption))
                found << caption;
            i = node.end;
            continue;
        }
        ++i;
    }
    return found;
}

// A photo's box: a figure, a figcaption, or a short text in a box named for a photo or caption
// (a box so named that holds the whole article is not one: id="contentImageCaption").
bool Extraction::isCaptionBox(int index) const
{
    const HtmlNode &node = m_doc.node(index);
    if (node.isText || m_text[index] == 0 || m_text[index] > kMaxCaptionChars ||
        m_linkText[index] * 2 > m_text[index])
        return false; // a teaser's picture and headline link is not a caption
    return node.tag == QLatin1String("figcaption") || node.tag == QLatin1String("figure") ||
           signalsOf(index).caption;
}

// Links whose text reads like a headline: what a home page or an index is made of.
int Extraction::headlineLinks() const
{
    QSet<QString> hrefs;
    for (int i = 0; i < m_doc.size(); ++i) {
        if (m_doc.node(i).tag != QLatin1String("a"))
            continue;
        const int words = cleanWordCount(m_doc.textOf(i));
        if (words >= 4 && words <= 30)
            hrefs.insert(m_doc.attribute(i, QStringLiteral("href")));
    }
    return int(hrefs.size());
}

// What the JSON-LD blocks of a page say about its article.
struct LinkedData {
    bool article = false; // a NewsArticle (or kin) was found
    bool listing = false; // an ItemList / CollectionPage / SearchResultsPage
    QString headline, datePublished, publisher, url;
    QStringList authors, captions;
};

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(QStringLiteral("name")).toString().trimmed();
    return {};
}

QStringList typesOf(const QJsonObject &o)
{
    const QJsonValue t = o.value(QStringLiteral("@type"));
    QStringList types;
    if (t.isString())
        types << t.toString();
    for (const QJsonValue &v : t.toArray())
        types << v.toString();
    return types;
}

void readLinkedData(const QString &json, LinkedData *data)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (doc.isNull()) {
        // Pages often leave raw line breaks inside strings; JSON forbids them, browsers don't care.
        QString fixed = json;
        fixed.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        doc = QJsonDocument::fromJson(fixed.toUtf8(), &error);
        if (doc.isNull())
            return;
    }
    // Every object of the document, walked with a stack (JSON-LD nests @graph and arrays).
    QList<QJsonValue> stack{doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())};
    while (!stack.isEmpty()) {
        const QJsonValue v = stack.takeLast();
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                stack << item;
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("@graph")))
            stack << o.value(QStringLiteral("@graph"));
        const QStringList types = typesOf(o);
        for (const QString &t : types) {
            if (t == QLatin1String("ItemList") || t == QLatin1String("CollectionPage") ||
                t == QLatin1String("SearchResultsPage"))
                data->listing = true;
        }
        if (!std::any_of(types.cbegin(), types.cend(),
                         [](const QString &t) { return kArticleTypes.contains(t); }))
            continue;
        if (data->article)
            continue; // the first article of the page is the page's article
        data->article = true;
        data->headline = o.value(QStringLiteral("headline")).toString().trimmed();
        data->datePublished = o.value(QStringLiteral("datePublished")).toString();
        data->publisher = jsonName(o.value(QStringLiteral("publisher")));
        data->url = o.value(QStringLiteral("url")).toString();
        if (data->url.isEmpty())
            data->url = jsonName(o.value(QStringLiteral("mainEntityOfPage")));
        const QJsonValue main = o.value(QStringLiteral("mainEntityOfPage"));
        if (data->url.isEmpty() && main.isObject())
            data->url = main.toObject().value(QStringLiteral("@id")).toString();
        const QJsonValue author = o.value(QStringLiteral("author"));
        const QJsonArray authors = author.isArray() ? author.toArray() : QJsonArray{author};
        for (const QJsonValue &a : authors) {
            const QString name = jsonName(a);
            if (!name.isEmpty() && !data->authors.contains(name))
                data->authors << name;
        }
        const QJsonValue image = o.value(QStringLiteral("image"));
        const QJsonArray images = image.isArray() ? image.toArray() : QJsonArray{image};
        for (const QJsonValue &img : images) {
            const QString caption =
                img.toObject().value(QStringLiteral("caption")).toString().simplified();
            if (!caption.isEmpty())
                data->captions << caption;
        }
    }
}

} // namespace

HtmlPageParser::Result HtmlPageParser::parse(const QByteArray &bytes,
                                             const QString &httpCharset) const
{
    Result result;
    if (bytes.size() > DocumentReader::kMaxFileBytes) {
        result.error = Tr::tr("The page is larger than %1 MB; Kliping does not read pages this "
                              "large.")
                           .arg(DocumentReader::kMaxFileBytes / (qint64{1024} * 1024));
        return result;
    }
    // UTF-8 without a byte-order mark (nearly every page) goes to the parser as it is: decoding
    // and encoding it again would give the same bytes.
    QByteArray utf8;
    QString encoding = QStringLiteral("UTF-8");
    if (text::TextDecoder::isPlainUtf8(bytes) && !text::TextDecoder::looksBinary(bytes)) {
        utf8 = bytes;
    } else {
        // Looking for <meta charset> means parsing the head once more: only when the bytes
        // need it.
        const QString declared = !httpCharset.isEmpty() ? httpCharset
                                 : text::TextDecoder::needsDeclaredCharset(bytes)
                                     ? HtmlDocument::declaredCharset(bytes)
                                     : QString();
        const text::DecodedText decoded = text::TextDecoder::decode(bytes, declared);
        if (!decoded.ok()) {
            result.error = decoded.error;
            return result;
        }
        utf8 = decoded.text.toUtf8();
        encoding = decoded.encoding;
    }
    Article &article = result.article;
    article.originalBytes = bytes;
    article.mediaType = QStringLiteral("text/html; charset=%1").arg(encoding);

    // What nothing here reads goes before the parser has to read through it.
    const QString tooDeep = Tr::tr("The page's markup is nested more than %1 levels deep; it is "
                                   "not a web page Kliping can read.")
                                .arg(HtmlDocument::kMaxDepth);
    TrimmedMarkup trimmed = MarkupTrimmer(kReadAttributes + m_sites.attributeNames())
                                .trim(utf8, HtmlDocument::kMaxDepth);
    if (trimmed.tooDeep) {
        result.error = tooDeep;
        return result;
    }
    utf8 = std::move(trimmed.html);
    const HtmlDocument doc(utf8);
    if (doc.tooDeep()) {
        result.error = tooDeep;
        return result;
    }

    // Metadata of the whole page.
    QHash<QString, QString> meta; // property / name / itemprop (lower case) -> first content
    QString titleTag, canonical;
    bool relNext = false;
    LinkedData linked;
    QStringList timeValues;
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlNode &node = doc.node(i);
        if (node.isText)
            continue;
        if (node.tag == QLatin1String("title") && titleTag.isEmpty() &&
            !doc.isInside(i, QStringLiteral("svg"))) {
            titleTag = clean(doc.textOf(i));
        } else if (node.tag == QLatin1String("meta")) {
            const QString content = doc.attribute(i, QStringLiteral("content")).trimmed();
            for (const char *key : {"property", "name", "itemprop"}) {
                const QString k = doc.attribute(i, QLatin1String(key)).trimmed().toLower();
                if (!k.isEmpty() && !content.isEmpty() && !meta.contains(k))
                    meta.insert(k, content);
            }
        } else if (node.tag == QLatin1String("link") || node.tag == QLatin1String("a")) {
            const QStringList rel =
                doc.attribute(i, QStringLiteral("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
            if (node.tag == QLatin1String("link") && rel.contains(QLatin1String("canonical")) &&
                canonical.isEmpty())
                canonical = doc.attribute(i, QStringLiteral("href")).trimmed();
            if (rel.contains(QLatin1String("next")))
                relNext = true;
        } else if (node.tag == QLatin1String("script") &&
                   doc.attribute(i, QStringLiteral("type")).trimmed().toLower() ==
                       QLatin1String("application/ld+json")) {
            readLinkedData(doc.textOf(i), &linked);
        } else if (node.tag == QLatin1String("time")) {
            const QString dt = doc.attribute(i, QStringLiteral("datetime")).trimmed();
            if (!dt.isEmpty())
                timeValues << dt;
        }
    }
    const QString ogUrl = meta.value(QStringLiteral("og:url"));
    QUrl pageUrl(canonical);
    if (pageUrl.isRelative() && !ogUrl.isEmpty())
        pageUrl = QUrl(ogUrl).resolved(pageUrl);
    if (pageUrl.isEmpty() || pageUrl.isRelative())
        pageUrl = QUrl(!ogUrl.isEmpty() ? ogUrl : linked.url);
    if (pageUrl.isValid() && !pageUrl.isRelative())
        article.url = pageUrl.toString();
    const QString host = hostOf(article.url);

    // Names the page may use for its own site, to strip them from titles and refuse them as
    // authors ("Kompas Cyber Media", "mediaindonesia.com developer").
    QStringList siteNames;
    const QString siteName = meta.value(QStringLiteral("og:site_name"));
    const PublicationEntry *publication = nullptr;
    QString hostPart = host;
    while (!publication && hostPart.contains(u'.')) {
        publication = m_lexicon.publication(hostPart);
        if (!publication)
            hostPart = hostPart.mid(hostPart.indexOf(u'.') + 1);
    }
    if (!publication && !siteName.isEmpty())
        publication = m_lexicon.publication(siteName);
    if (!publication && !linked.publisher.isEmpty())
        publication = m_lexicon.publication(linked.publisher);
    if (publication) {
        siteNames << publication->name << publication->domain << publication->aliases;
    }
    siteNames << siteName << linked.publisher;
    static const QSet<QString> kDomainLabels = {
        QStringLiteral("com"),  QStringLiteral("co"),  QStringLiteral("id"),
        QStringLiteral("go"),   QStringLiteral("or"),  QStringLiteral("ac"),
        QStringLiteral("net"),  QStringLiteral("org"), QStringLiteral("www"),
        QStringLiteral("news"), QStringLiteral("web"), QStringLiteral("sch"),
        QStringLiteral("my"),   QStringLiteral("biz"), QStringLiteral("info"),
        QStringLiteral("m"),
    };
    for (const QString &label : host.split(u'.', Qt::SkipEmptyParts)) {
        if (!kDomainLabels.contains(label) && label.size() >= 4)
            siteNames << label;
    }
    QStringList siteKeys;
    for (const QString &name : std::as_const(siteNames)) {
        const QString k = alnumFolded(name);
        if (k.size() >= 3 && !siteKeys.contains(k))
            siteKeys << k;
    }
    auto namesSite = [&siteKeys](const QString &text) {
        const QString k = alnumFolded(text);
        return !k.isEmpty() && std::any_of(siteKeys.cbegin(), siteKeys.cend(),
                                           [&k](const QString &s) { return k.contains(s); });
    };
    // "Headline - Kompas.com Bola", "Headline | merdeka.com": the site's name after the last
    // separator is not part of the headline.
    auto stripSite = [&namesSite](QString title) {
        title = clean(title);
        for (int round = 0; round < 2; ++round) {
            qsizetype cut = -1;
            for (const QString &sep :
                 {QStringLiteral(" - "), QStringLiteral(" | "), QStringLiteral(" – "),
                  QStringLiteral(" — "), QStringLiteral(" :: "), QStringLiteral(" « ")}) {
                cut = std::max(cut, title.lastIndexOf(sep));
            }
            if (cut <= 0 || !namesSite(title.mid(cut + 3)))
                break;
            title = title.left(cut).trimmed();
        }
        return title;
    };

    // The article's text.
    Extraction x(doc, m_lexicon, m_sites.rulesFor(host));
    x.markHidden();
    x.score();
    const QList<int> roots = x.contentRoots();
    QStringList captions;
    QList<Block> blocks = x.blocks(roots, &captions, &result.removed);
    if (blocks.size() > kMaxParagraphs) {
        result.error = Tr::tr("The page has more than %1 paragraphs; Kliping reads one article "
                              "per page, not a whole book or archive.")
                           .arg(kMaxParagraphs);
        return result;
    }

    // Title: the page's declared headline first, then the visible one.
    QString h1;
    for (int i = 0; i < doc.size() && h1.isEmpty(); ++i) {
        if (doc.node(i).tag == QLatin1String("h1") && !x.m_hidden[i])
            h1 = clean(doc.textOf(i));
    }
    for (const QString &candidate : {linked.headline, meta.value(QStringLiteral("og:title")),
                                     meta.value(QStringLiteral("twitter:title")), titleTag, h1}) {
        const QString t = stripSite(candidate);
        if (!t.isEmpty()) {
            article.title = t;
            break;
        }
    }

    // Paragraphs: leave out the headline repeated, link lists and a date line at the top, then
    // the site furniture rules shared with copied text.
    QStringList lines;
    std::optional<MetaDate> textDate;
    QString lineByline, lineEditor;
    const QString titleKey = alnumFolded(article.title);
    for (const Block &b : std::as_const(blocks)) {
        const bool isMarker = b.text.contains(u':') && !m_lexicon.markers(b.text).isEmpty();
        if (!isMarker && b.linkChars * 2 > b.chars) {
            result.removed << b.text;
            continue;
        }
        if (b.text.size() < 150 && b.text.contains(QLatin1String(" | "))) {
            // "Reporter : Nama | Jumat, 19 Juni 2015 03:40": a marker beside a date.
            bool metadata = false;
            for (const QString &part : b.text.split(QStringLiteral(" | "))) {
                for (const auto &m : m_lexicon.markers(part)) {
                    metadata = true;
                    if (m.field == QLatin1String("byline") && lineByline.isEmpty())
                        lineByline = m.value;
                    else if (m.field == QLatin1String("editor") && lineEditor.isEmpty())
                        lineEditor = m.value;
                }
            }
            if (metadata) {
                result.removed << b.text;
                continue;
            }
        }
        if (alnumFolded(b.text) == titleKey || (!h1.isEmpty() && b.text == h1)) {
            result.removed << b.text;
            continue;
        }
        if (lines.size() < 3 && b.text.size() < 80) {
            if (const auto date = text::DateParser::parse(b.text)) {
                if (!textDate)
                    textDate = MetaDate{date->utc, date->zone};
                result.removed << b.text;
                continue;
            }
        }
        lines << b.text;
    }
    PageTextParser::Options options;
    options.findTitle = false;
    QString refused;
    const Article fromText = PageTextParser(m_lexicon).parse(lines.join(u'\n'), options, &refused);
    if (!refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    article.body = fromText.body;
    const QStringList kept = article.paragraphs();
    const QSet<QString> keptSet(kept.cbegin(), kept.cend());
    for (const QString &line : std::as_const(lines)) {
        if (!keptSet.contains(line))
            result.removed << line;
    }

    // Captions: in the markup near the text, in JSON-LD, and caption-like lines of the text.
    for (const QString &c : x.captionsAround(roots) + linked.captions + fromText.captions) {
        if (!captions.contains(c))
            captions << c;
    }
    article.captions = captions;

    // Byline and editor.
    auto acceptableAuthor = [&namesSite](const QString &name) {
        const QString n = name.simplified();
        return !n.isEmpty() && n.size() <= 100 && !n.startsWith(QLatin1String("http")) &&
               !namesSite(n) && !n.contains(QLatin1String("developer"), Qt::CaseInsensitive);
    };
    QStringList authors;
    for (const QString &a : std::as_const(linked.authors)) {
        if (acceptableAuthor(a))
            authors << a;
    }
    article.byline = authors.join(QStringLiteral(", "));
    if (article.byline.isEmpty())
        article.byline = fromText.byline;
    if (article.byline.isEmpty())
        article.byline = lineByline;
    article.editor = !fromText.editor.isEmpty() ? fromText.editor : lineEditor;
    if (article.byline.isEmpty()) {
        for (const char *key : {"author", "content_author", "article:author", "dable:author"}) {
            const QString a = meta.value(QLatin1String(key));
            if (acceptableAuthor(a)) {
                article.byline = a.simplified();
                break;
            }
        }
    }
    if (article.byline.isEmpty() || article.editor.isEmpty()) {
        // "Penulis: ..." / "Editor: ..." lines outside the text's box (a header above it).
        // Each short box once: the largest one under 120 characters, then past its content.
        for (int i = 0; i < doc.size();) {
            const HtmlNode &node = doc.node(i);
            if (node.isText || HtmlDocument::isInline(node.tag) || x.m_text[i] == 0 ||
                x.m_text[i] > 120) {
                ++i;
                continue;
            }
            const QString box = doc.textOf(i, true);
            i = node.end;
            if (!box.contains(u':'))
                continue;
            for (const QString &line : box.split(u'\n')) {
                for (const auto &m : m_lexicon.markers(clean(line))) {
                    if (m.field == QLatin1String("byline") && article.byline.isEmpty())
                        article.byline = m.value;
                    else if (m.field == QLatin1String("editor") && article.editor.isEmpty())
                        article.editor = m.value;
                }
            }
        }
    }

    // Date.
    std::optional<MetaDate> date;
    for (const QString &value :
         QStringList{linked.datePublished, meta.value(QStringLiteral("article:published_time")),
                     meta.value(QStringLiteral("og:article:published_time")),
                     meta.value(QStringLiteral("datepublished")),
                     meta.value(QStringLiteral("publishdate")),
                     meta.value(QStringLiteral("pubdate")), meta.value(QStringLiteral("date"))} +
             timeValues) {
        if (!date)
            date = parseMetaDate(value);
    }
    if (!date)
        date = textDate;
    if (!date && fromText.published.isValid())
        date = MetaDate{fromText.published, fromText.publishedZone};
    if (date) {
        article.published = date->utc;
        article.publishedZone = date->zone;
    }

    // Source: the publication the canonical address, the site name or the dateline names.
    if (publication)
        article.source = publication->name;
    else if (!fromText.source.isEmpty())
        article.source = fromText.source;
    else if (!siteName.isEmpty())
        article.source = siteName;
    else if (!linked.publisher.isEmpty())
        article.source = linked.publisher;
    else
        article.source = host;

    // Articles split over several pages: a link to page 2 of the same address.
    const QString articlePath = pageUrl.path();
    bool continued = relNext;
    for (int i = 0; i < doc.size() && !continued && !articlePath.isEmpty(); ++i) {
        if (doc.node(i).tag != QLatin1String("a"))
            continue;
        const QString href = doc.attribute(i, QStringLiteral("href")).trimmed();
        if (href.isEmpty() || href.startsWith(u'#'))
            continue;
        // A link to page 2 has a 2 in it; any other must read "selanjutnya", "next" ...
        QString text;
        if (!href.contains(u'2')) {
            const QString raw = doc.textOf(i);
            if (raw.size() > 100)
                continue;
            text = clean(raw).toCaseFolded();
            if (!kNextPageTexts.contains(text))
                continue;
        }
        const QUrl target = pageUrl.resolved(QUrl(href));
        if (hostOf(target.toString()) != host)
            continue;
        QString base = articlePath;
        if (base.endsWith(u'/'))
            base.chop(1);
        const QString path = target.path();
        const QUrlQuery query(target);
        bool pageTwo = path == base + QLatin1String("/2") || path == base + QLatin1String("/2/");
        for (const char *key : {"page", "halaman", "hal", "p", "pg"}) {
            if (query.queryItemValue(QLatin1String(key)) == QLatin1String("2") &&
                (path == articlePath || path == base))
                pageTwo = true;
        }
        if (text.isNull())
            text = clean(doc.textOf(i)).toCaseFolded();
        const bool nextText = kNextPageTexts.contains(text) && path.startsWith(base) &&
                              target.adjusted(QUrl::RemoveFragment) != pageUrl;
        continued = pageTwo || (nextText && text != QLatin1String("2"));
    }
    if (continued) {
        article.continuedOnNextPage = true;
        article.partial = true;
    }

    // A home page or a list of articles is not an article: refuse it rather than keep its
    // teasers as a garbage article.
    const int bodyWords = wordCount(article.body);
    const int headlines = x.headlineLinks();
    QString path = pageUrl.path();
    for (const QString &index :
         {QStringLiteral("index.html"), QStringLiteral("index.php"), QStringLiteral("index.htm")}) {
        if (path.endsWith(index))
            path.chop(index.size());
    }
    const bool rootPage = !article.url.isEmpty() && (path.isEmpty() || path == QLatin1String("/"));
    const bool articleMeta =
        linked.article || meta.contains(QStringLiteral("article:published_time")) ||
        meta.contains(QStringLiteral("og:article:published_time")) ||
        meta.contains(QStringLiteral("pubdate")) || meta.contains(QStringLiteral("publishdate")) ||
        meta.contains(QStringLiteral("datepublished"));
    const bool listing = linked.listing && !linked.article;
    // Little text under many headline links, and nothing that says "article" strongly enough
    // for so little text (detik's home and index pages declare og:type article).
    const bool ogArticle = meta.value(QStringLiteral("og:type"))
                               .compare(QLatin1String("article"), Qt::CaseInsensitive) == 0;
    const bool fewWords =
        bodyWords < 150 && headlines >= 10 && !((articleMeta || ogArticle) && bodyWords >= 30);
    if ((rootPage && !linked.article) || listing || fewWords) {
        result.notAnArticle = true;
        result.error = Tr::tr("This page is a list of articles (a home or index page), not an "
                              "article. Open the article itself and save that page.");
        return result;
    }
    if (article.body.trimmed().isEmpty()) {
        result.error = Tr::tr("No article text was found on this page: after removing its "
                              "navigation, adverts and lists of other articles nothing was left.");
        return result;
    }
    return result;
}

} // namespace kliping::ingest
