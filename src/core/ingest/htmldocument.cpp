#include "htmldocument.h"

#include <gumbo.h>

#include <QSet>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace kliping::ingest {

// Gumbo allocates for every token and string it grows, and frees most of it again; its own
// gumbo_destroy_output() recurses down the tree (a page nested 100,000 deep would overflow the
// stack). So its memory comes from chunks handed out in order and freed all at once with the
// document; a free of the latest block gives its room back (string buffers grow that way), the
// rest waits for the end. The waste is bounded by a small multiple of the page, which is at most
// DocumentReader::kMaxFileBytes. Chunks of the usual size are kept for the next page parsed on
// the same thread (up to kSpareChunks): fresh memory from the system costs a page fault per 4 KB.
struct HtmlDocument::Arena {
    static constexpr size_t kChunk = size_t(256) * 1024;
    static constexpr size_t kAlign = alignof(std::max_align_t);
    static constexpr size_t kSpareChunks = 16;

    struct Spares {
        std::vector<char *> chunks;
        ~Spares()
        {
            for (char *c : chunks)
                std::free(c);
        }
    };
    static Spares &spares()
    {
        thread_local Spares s;
        return s;
    }

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
        if (arena->chunks.empty() || arena->chunks.back().size - arena->chunks.back().used < need) {
            const size_t chunkSize = need > kChunk / 4 ? need : kChunk;
            std::vector<char *> &spare = spares().chunks;
            char *data = nullptr;
            if (chunkSize == kChunk && !spare.empty()) {
                data = spare.back();
                spare.pop_back();
            } else {
                data = static_cast<char *>(std::malloc(chunkSize));
            }
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
        std::vector<char *> &spare = spares().chunks;
        for (const Chunk &c : chunks) {
            if (c.size == kChunk && spare.size() < kSpareChunks)
                spare.push_back(c.data);
            else
                std::free(c.data);
        }
    }
};

namespace {

QString tagName(const GumboNode *node)
{
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

// Attribute names in lower case (gumbo gives SVG's in camel case: viewBox); the common ones shared.
QString attributeName(const char *name)
{
    static const QString kClass = QStringLiteral("class"), kHref = QStringLiteral("href"),
                         kId = QStringLiteral("id");
    if (std::strcmp(name, "class") == 0)
        return kClass;
    if (std::strcmp(name, "href") == 0)
        return kHref;
    if (std::strcmp(name, "id") == 0)
        return kId;
    const QString s = QString::fromUtf8(name);
    for (const QChar c : s) {
        if (c.isUpper())
            return s.toLower();
    }
    return s;
}

} // namespace

HtmlDocument::HtmlDocument(const QByteArray &utf8)
    : m_arena(std::make_unique<Arena>())
{
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
    m_nodes.reserve(qsizetype(utf8.size() / 64)); // about one node per 64 bytes of trimmed markup
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        const GumboNode *n = p.node;
        const bool text = n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
                          n->type == GUMBO_NODE_CDATA;
        if (!text && n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
            continue; // comments, the document node
        const int index = int(m_nodes.size());
        HtmlNode &node = m_nodes.emplace_back();
        node.parent = p.parent;
        node.depth = p.depth;
        if (text) {
            node.isText = true;
            node.text = QString::fromUtf8(n->v.text.text);
            continue;
        }
        node.tag = tagName(n);
        const GumboVector &attrs = n->v.element.attributes;
        node.attributes.reserve(attrs.length);
        for (unsigned i = 0; i < attrs.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(attrs.data[i]);
            node.attributes.append({attributeName(a->name), QString::fromUtf8(a->value)});
        }
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

QString HtmlDocument::attribute(int index, const QString &name) const
{
    for (const auto &[key, value] : m_nodes.at(index).attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlDocument::isInline(const QString &tag)
{
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

QString HtmlDocument::textOf(int index, bool lineBreaks) const
{
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

bool HtmlDocument::isInside(int index, const QString &tag) const
{
    for (int i = index; i >= 0; i = m_nodes.at(i).parent) {
        if (m_nodes.at(i).tag == tag)
            return true;
    }
    return false;
}

QString HtmlDocument::declaredCharset(const QByteArray &bytes)
{
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
