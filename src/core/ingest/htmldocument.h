// A parsed HTML5 page (libgumbo) flattened into one list of nodes in document order, so that
// every walk over it is a loop rather than a recursion: a hostile page nested a million levels
// deep cannot overflow the stack. Only elements and text are kept; comments are dropped.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kliping::ingest {

struct HtmlNode {
    bool isText = false;
    QString tag;     // lower-case element name ("div"); empty for text
    QString text;    // the text of a text node, entities decoded
    int parent = -1; // index of the parent element, -1 for the root
    int depth = 0;
    int end = 0; // one past the last node of this subtree: the subtree is [index, end)
    QList<QPair<QString, QString>> attributes; // name (lower case) -> value
};

class HtmlDocument {
public:
    // Nesting beyond this is refused (no real page comes near it): see tooDeep() and
    // MarkupTrimmer, which measures it before parsing.
    static constexpr int kMaxDepth = 5000;

    // utf8: the page as UTF-8 (HTML5 parsing does not depend on the original charset once the
    // bytes are decoded).
    explicit HtmlDocument(const QByteArray &utf8);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    // False when the page nests deeper than kMaxDepth; the nodes below that depth are missing.
    bool tooDeep() const { return m_tooDeep; }

    const QList<HtmlNode> &nodes() const { return m_nodes; }
    const HtmlNode &node(int index) const { return m_nodes.at(index); }
    int size() const { return int(m_nodes.size()); }

    QString attribute(int index, const QString &name) const;
    // Every descendant text of the node as it appears, without scripts and styles; with
    // lineBreaks, a '\n' where a <br> or a block element (anything not inline) starts.
    QString textOf(int index, bool lineBreaks = false) const;
    // Elements that flow inside a line of text (a, b, span, em ...).
    static bool isInline(const QString &tag);
    // True when the node is inside an element named tag (or is one).
    bool isInside(int index, const QString &tag) const;

    // The charset a page declares in <meta charset> or <meta http-equiv=Content-Type>, read by
    // parsing its first bytes as if they were ASCII-compatible; empty when none is declared.
    static QString declaredCharset(const QByteArray &bytes);

private:
    struct Arena;
    std::unique_ptr<Arena> m_arena;
    QList<HtmlNode> m_nodes;
    bool m_tooDeep = false;
};

} // namespace kliping::ingest
