#include "htmldocument.h"

#include <gumbo.h>

#include <QSet>

#include <cctype>
#include <cstddef>
#include <cstdlib>
#include <vector>

namespace kliping::ingest {

// Gumbo allocates for every token and string it grows, and frees most of it again; its own
// gumbo_destroy_output() recurses down the tree (a page nested 100,000 deep would overflow the
// stack). So its memory comes from chunks handed out in order and freed all at once with the
// document; a free of the latest block gives its room back (string buffers grow that way), the
// rest waits for the end. The waste is bounded by a small multiple of the page, which is at most
// DocumentReader::kMaxFileBytes.
struct HtmlDocument::Arena {
    static constexpr size_t kChunk = size_t(256) * 1024;
    static constexpr size_t kAlign = alignof(std::max_align_t);

    struct Chunk {
        char *data;
        size_t size;
        size_t used;
    };
    std::vector<Chunk> chunks;
    void *last = nullptr; // the latest block, for giving its room back
    size_t lastSize = 0;

    static size_t rounded(size_t size) { return (size + kAlign - 1) & ~(kAlign - 1); }

    static void *allocate(void *userdata, size_t size)
    {
        auto *arena = static_cast<Arena *>(userdata);
        const size_t need = rounded(size ? size : 1);
        if (arena->chunks.empty() ||
            arena->chunks.back().size - arena->chunks.back().used < need) {
            const size_t chunkSize = need > kChunk / 4 ? need : kChunk;
            char *data = static_cast<char *>(std::malloc(chunkSize));
            if (!data)
                return nullptr;
            arena->chunks.push_back({data, chunkSize, 0});
        }
        Chunk &chunk = arena->chunks.back();
        void *p = chunk.data + chunk.used;
        chunk.used += need;
        arena->last = p;
        arena->lastSize = need;
        return p;
    }
    static void deallocate(void *userdata, void *p)
    {
        auto *arena = static_cast<Arena *>(userdata);
        if (p && p == arena->last) {
            arena->chunks.back().used -= arena->lastSize;
            arena->last = nullptr;
        }
    }
    ~Arena()
    {
        for (const Chunk &c : chunks)
            std::free(c.data);
    }
};

namespace {

QString tagName(const GumboNode *node) {
    const GumboElement &e = node->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN) {
        // One shared string per known tag: pages have thousands of elements and few tag names.
        static const std::vector<QString> kNames = [] {
            std::vector<QString> names(GUMBO_TAG_UNKNOWN);
            for (int t = 0; t < GUMBO_TAG_UNKNOWN; ++t)
                names[size_t(t)] = QString::fromLatin1(gumbo_normalized_tagname(GumboTag(t)));
            return names;
        }();
        return kNames[size_t(e.tag)];
    }
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

} // namespace

HtmlDocument::HtmlDocument(const QByteArray &utf8)
    : m_arena(std::make_unique<Arena>()) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are reported to no one: do not collect them
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = m_arena.get();
    const GumboOutput *output =
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output || !output->root)
        return;

    // Pre-order walk with an explicit stack: children pushed in reverse come out in order.
    struct Pending {
        const GumboNode *node;
        int parent;
        int depth;
    };
    QList<Pending> stack{{output->root, -1, 0}};
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        const GumboNode *n = p.node;
        HtmlNode node;
        node.parent = p.parent;
        node.depth = p.depth;
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            node.isText = true;
            node.text = QString::fromUtf8(n->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            node.tag = tagName(n);
            const GumboVector &attrs = n->v.element.attributes;
            for (unsigned i = 0; i < attrs.length; ++i) {
                const auto *a = static_cast<const GumboAttribute *>(attrs.data[i]);
                node.attributes.append(
                    {QString::fromUtf8(a->name).toLower(), QString::fromUtf8(a->value)});
            }
            break;
        }
        default:
            continue; // comments, the document node
        }
        const int index = int(m_nodes.size());
        m_nodes.append(node);
        if (node.isText)
            continue;
        const GumboVector &children = n->v.element.children;
        if (children.length > 0 && p.depth + 1 > kMaxDepth) {
            m_tooDeep = true;
            continue;
        }
        for (unsigned i = children.length; i > 0; --i)
            stack.append(
                {static_cast<const GumboNode *>(children.data[i - 1]), index, p.depth + 1});
    }
    // Subtree ends: a node's subtree reaches as far as its last descendant's.
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].end = i + 1;
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        const int parent = m_nodes.at(i).parent;
        if (parent >= 0 && m_nodes.at(i).end > m_nodes.at(parent).end)
            m_nodes[parent].end = m_nodes.at(i).end;
    }
    // The tree itself is freed with the arena; gumbo_destroy_output() would recurse.
}

HtmlDocument::~HtmlDocument() = default;

QString HtmlDocument::attribute(int index, const QString &name) const {
    for (const auto &[key, value] : m_nodes.at(index).attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlDocument::isInline(const QString &tag) {
    static const QSet<QString> kInline = {
        QStringLiteral("a"),    QStringLiteral("abbr"),    QStringLiteral("b"),
        QStringLiteral("bdi"),  QStringLiteral("bdo"),     QStringLiteral("cite"),
        QStringLiteral("code"), QStringLiteral("data"),    QStringLiteral("dfn"),
        QStringLiteral("em"),   QStringLiteral("font"),    QStringLiteral("i"),
        QStringLiteral("kbd"),  QStringLiteral("mark"),    QStringLiteral("q"),
        QStringLiteral("s"),    QStringLiteral("samp"),    QStringLiteral("small"),
        QStringLiteral("span"), QStringLiteral("strong"),  QStringLiteral("sub"),
        QStringLiteral("sup"),  QStringLiteral("time"),    QStringLiteral("u"),
        QStringLiteral("var"),  QStringLiteral("wbr"),     QStringLiteral("label"),
        QStringLiteral("big"),  QStringLiteral("tt"),      QStringLiteral("strike"),
        QStringLiteral("del"),  QStringLiteral("ins"),     QStringLiteral("img"),
        QStringLiteral("nobr"), QStringLiteral("acronym"),
    };
    return kInline.contains(tag);
}

QString HtmlDocument::textOf(int index, bool lineBreaks) const {
    QString text;
    const int end = m_nodes.at(index).end;
    for (int i = index; i < end;) {
        const HtmlNode &n = m_nodes.at(i);
        if (n.isText) {
            if (lineBreaks) // line ends in the source are spaces to a browser
                text += QString(n.text).replace(u'\n', u' ').replace(u'\r', u' ');
            else
                text += n.text;
        } else if (i != index &&
                   (n.tag == QLatin1String("script") || n.tag == QLatin1String("style") ||
                    n.tag == QLatin1String("noscript") || n.tag == QLatin1String("template"))) {
            i = n.end;
            continue;
        } else if (lineBreaks && i != index && !isInline(n.tag)) {
            // Cells of a row stay on one line: "Penulis | : Nama" is one label and value.
            const bool cell = n.tag == QLatin1String("td") || n.tag == QLatin1String("th");
            text += cell ? u' ' : u'\n';
        }
        ++i;
    }
    return text;
}

bool HtmlDocument::isInside(int index, const QString &tag) const {
    for (int i = index; i >= 0; i = m_nodes.at(i).parent) {
        if (m_nodes.at(i).tag == tag)
            return true;
    }
    return false;
}

int HtmlDocument::estimatedDepth(const QByteArray &bytes, int limit) {
    static const QSet<QByteArray> kNotNesting = {
        "area",     "base",    "br",     "col",      "embed", "hr",       "img",    "input",
        "link",     "meta",    "param",  "source",   "track", "wbr",      "p",      "li",
        "dt",       "dd",      "option", "optgroup", "tr",    "td",       "th",     "thead",
        "tbody",    "tfoot",   "rb",     "rt",       "rp",    "colgroup", "keygen", "command",
        "basefont", "bgsound", "frame",  "image",
    };
    static const QSet<QByteArray> kRawText = {"script", "style",   "textarea", "title",    "xmp",
                                              "iframe", "noembed", "noframes", "plaintext"};
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    int depth = 0, deepest = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != '<' || i + 1 >= n)
            continue;
        const char next = p[i + 1];
        if (next == '!') { // comment or doctype
            const bool comment = i + 3 < n && p[i + 2] == '-' && p[i + 3] == '-';
            const qsizetype close = comment ? bytes.indexOf("-->", i + 4) : bytes.indexOf('>', i);
            if (close < 0)
                break;
            i = close;
            continue;
        }
        const bool endTag = next == '/';
        qsizetype j = i + (endTag ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (std::isalnum(static_cast<unsigned char>(p[j])) || p[j] == '-'))
            ++j;
        if (j == nameStart)
            continue; // "<" in text
        const QByteArray name = bytes.mid(nameStart, j - nameStart).toLower();
        // The end of the tag, past quoted attribute values.
        char quote = 0;
        while (j < n && (quote || p[j] != '>')) {
            if (quote && p[j] == quote)
                quote = 0;
            else if (!quote && (p[j] == '"' || p[j] == '\''))
                quote = p[j];
            ++j;
        }
        if (endTag) {
            if (!kNotNesting.contains(name) && depth > 0)
                --depth;
        } else if (kRawText.contains(name)) {
            const qsizetype close = bytes.indexOf("</" + name, j);
            if (close < 0)
                break;
            j = close - 1;
        } else if (!kNotNesting.contains(name) && !(j > 0 && p[j - 1] == '/')) {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        }
        i = j;
    }
    return deepest;
}

QString HtmlDocument::declaredCharset(const QByteArray &bytes) {
    // The declaration belongs in the head; 64 KiB leaves room for long inline scripts before it.
    const HtmlDocument head(bytes.left(qsizetype{64} * 1024));
    for (int i = 0; i < head.size(); ++i) {
        if (head.node(i).tag != QLatin1String("meta"))
            continue;
        QString charset = head.attribute(i, QStringLiteral("charset")).trimmed();
        if (!charset.isEmpty())
            return charset;
        if (head.attribute(i, QStringLiteral("http-equiv"))
                .trimmed()
                .compare(QLatin1String("content-type"), Qt::CaseInsensitive) != 0)
            continue;
        // content="text/html; charset=windows-1252"
        const QString content = head.attribute(i, QStringLiteral("content"));
        const qsizetype at = content.indexOf(QLatin1String("charset="), 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        QString value = content.mid(at + 8).trimmed();
        const qsizetype stop = value.indexOf(u';');
        if (stop >= 0)
            value.truncate(stop);
        value.remove(u'"').remove(u'\'');
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

} // namespace kliping::ingest
