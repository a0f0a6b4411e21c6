#include "markuptrimmer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace kliping::ingest {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// White space to the tokenizer (a carriage return is a line feed once the input is normalised).
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// True when s[from, to) spells word (lower case) in any case.
bool spells(const char *s, qsizetype from, qsizetype to, std::string_view word)
{
    if (to - from != qsizetype(word.size()))
        return false;
    for (size_t k = 0; k < word.size(); ++k) {
        if (lower(s[from + qsizetype(k)]) != word[k])
            return false;
    }
    return true;
}

// True when the bytes at i start with word (lower case) in any case.
bool startsWith(const char *s, qsizetype n, qsizetype i, std::string_view word)
{
    return i + qsizetype(word.size()) <= n && spells(s, i, i + qsizetype(word.size()), word);
}

bool endsName(const char *s, qsizetype n, qsizetype i)
{
    return i >= n || isSpace(s[i]) || s[i] == '/' || s[i] == '>';
}

qsizetype find(const char *s, qsizetype n, qsizetype from, char c)
{
    if (from >= n)
        return -1;
    const void *p = std::memchr(s + from, c, size_t(n - from));
    return p ? static_cast<const char *>(p) - s : -1;
}

// "</name" followed by a delimiter, at i.
bool endTagAt(const char *s, qsizetype n, qsizetype i, std::string_view name)
{
    return i + 1 < n && s[i] == '<' && s[i + 1] == '/' && startsWith(s, n, i + 2, name) &&
           endsName(s, n, i + 2 + qsizetype(name.size()));
}

// Where raw text or RCDATA starting at `from` ends: the "<" of "</name" (or the end).
qsizetype rawTextEnd(const char *s, qsizetype n, qsizetype from, std::string_view name)
{
    for (qsizetype i = find(s, n, from, '<'); i >= 0; i = find(s, n, i + 1, '<')) {
        if (endTagAt(s, n, i, name))
            return i;
    }
    return n;
}

// Script data, with the escaped states that keep "</script>" inside "<!-- <script> ... -->" from
// ending it.
qsizetype scriptEnd(const char *s, qsizetype n, qsizetype from)
{
    enum { Data, Escaped, DoubleEscaped } state = Data;
    for (qsizetype i = from; i < n; ++i) {
        const char c = s[i];
        if (c == '-' && state != Data && startsWith(s, n, i, "-->")) {
            state = Data;
            i += 2;
            continue;
        }
        if (c != '<')
            continue;
        if (state == Data && startsWith(s, n, i, "<!--")) {
            state = Escaped;
            i += 3;
        } else if (endTagAt(s, n, i, "script")) {
            if (state != DoubleEscaped)
                return i;
            state = Escaped;
        } else if (state == Escaped && startsWith(s, n, i + 1, "script") && endsName(s, n, i + 7)) {
            state = DoubleEscaped;
        }
    }
    return n;
}

// The end of a comment whose "<!--" is at i: one past its "-->", "--!>", or the "<!-->" and
// "<!--->" that end at once; the end of the input when it is not closed.
qsizetype commentEnd(const char *s, qsizetype n, qsizetype i)
{
    qsizetype k = i + 4;
    if (k < n && s[k] == '>')
        return k + 1;
    if (k + 1 < n && s[k] == '-' && s[k + 1] == '>')
        return k + 2;
    for (qsizetype p = find(s, n, k, '-'); p >= 0; p = find(s, n, p + 1, '-')) {
        if (p + 2 < n && s[p + 1] == '-') {
            if (s[p + 2] == '>')
                return p + 3;
            if (s[p + 2] == '!' && p + 3 < n && s[p + 3] == '>')
                return p + 4;
        }
    }
    return n;
}

// Elements that hold nothing, or that HTML closes by itself when the next one starts: they do not
// make the page deeper.
bool nests(const char *s, qsizetype from, qsizetype to)
{
    static constexpr std::array<std::string_view, 36> kNotNesting = {
        "area",     "base",    "br",     "col",      "embed", "hr",       "img",    "input",
        "link",     "meta",    "param",  "source",   "track", "wbr",      "p",      "li",
        "dt",       "dd",      "option", "optgroup", "tr",    "td",       "th",     "thead",
        "tbody",    "tfoot",   "rb",     "rt",       "rp",    "colgroup", "keygen", "command",
        "basefont", "bgsound", "frame",  "image",
    };
    if (to - from > 8)
        return true;
    return std::none_of(kNotNesting.cbegin(), kNotNesting.cend(),
                        [&](std::string_view name) { return spells(s, from, to, name); });
}

bool isForeignRoot(const char *s, qsizetype from, qsizetype to)
{
    return spells(s, from, to, "svg") || spells(s, from, to, "math");
}

bool isPre(const char *s, qsizetype from, qsizetype to)
{
    return spells(s, from, to, "pre") || spells(s, from, to, "listing");
}

// The name (lower case) of an element whose text is raw text or RCDATA to the tokenizer (in HTML
// content) and kept as it is; empty for any other element.
std::string_view rawTextName(const char *s, qsizetype from, qsizetype to)
{
    static constexpr std::array<std::string_view, 6> kRawText = {"title",  "textarea", "xmp",
                                                                 "iframe", "noembed",  "noframes"};
    for (std::string_view name : kRawText) {
        if (spells(s, from, to, name))
            return name;
    }
    return {};
}

// Start tags that end foreign content (<svg>, <math>) when they appear in it.
bool breaksOutOfForeignContent(const char *s, qsizetype from, qsizetype to)
{
    static constexpr std::array<std::string_view, 44> kBreakout = {
        "b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
        "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
        "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
        "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
        "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var"};
    return std::any_of(kBreakout.cbegin(), kBreakout.cend(),
                       [&](std::string_view name) { return spells(s, from, to, name); });
}

// Attributes the tree builder looks at: they stay whatever the caller reads.
constexpr std::array<std::string_view, 5> kTreeAttributes = {"type", "encoding", "color", "face",
                                                             "size"};

} // namespace

MarkupTrimmer::MarkupTrimmer(const QStringList &keptAttributes)
{
    if (keptAttributes.isEmpty())
        return;
    for (const QString &name : keptAttributes)
        m_kept.push_back(name.toLower().toUtf8());
    for (std::string_view name : kTreeAttributes)
        m_kept.emplace_back(name.data(), qsizetype(name.size()));
}

bool MarkupTrimmer::keeps(const char *name, qsizetype length) const
{
    if (m_kept.empty())
        return true;
    // In SVG and MathML the parser names "xlink:href" "href" (in the XLink namespace).
    for (std::string_view prefix : {"xlink:", "xmlns:", "xml:"}) {
        if (startsWith(name, length, 0, prefix)) {
            name += prefix.size();
            length -= qsizetype(prefix.size());
            break;
        }
    }
    for (const QByteArray &kept : m_kept) {
        if (spells(name, 0, length, std::string_view(kept.constData(), size_t(kept.size()))))
            return true;
    }
    return false;
}

TrimmedMarkup MarkupTrimmer::trim(const QByteArray &html, int depthLimit) const
{
    TrimmedMarkup result;
    const char *s = html.constData();
    const qsizetype n = html.size();
    QByteArray &out = result.html;
    out.reserve(n);
    qsizetype copied = 0; // s[copied, i) is still to be copied
    const auto copyTo = [&](qsizetype to) {
        if (to > copied)
            out.append(s + copied, to - copied);
        copied = std::max(copied, to);
    };
    const auto skipTo = [&](qsizetype to) { copied = std::max(copied, to); };
    int depth = 0, preDepth = 0, foreignDepth = 0;

    qsizetype i = 0;
    while (i < n) {
        // Data: text up to the next tag, its repeated white space shortened.
        if (s[i] != '<') {
            if (preDepth == 0 && isSpace(s[i]) && i + 1 < n && isSpace(s[i + 1])) {
                qsizetype j = i;
                bool newline = false;
                while (j < n && isSpace(s[j])) {
                    newline = newline || s[j] == '\n' || s[j] == '\r';
                    ++j;
                }
                copyTo(i);
                out.append(newline ? '\n' : ' ');
                skipTo(j);
                i = j;
            } else {
                ++i;
            }
            continue;
        }
        if (i + 1 >= n)
            break;
        const char next = s[i + 1];
        if (next == '!') {
            if (startsWith(s, n, i, "<!--")) {
                copyTo(i);
                i = commentEnd(s, n, i);
                skipTo(i);
            } else if (startsWith(s, n, i + 2, "doctype")) {
                const qsizetype close = find(s, n, i, '>');
                i = close < 0 ? n : close + 1; // copied as it is: it sets the quirks mode
            } else if (foreignDepth > 0 && startsWith(s, n, i + 2, "[CDATA[")) {
                const qsizetype close = html.indexOf("]]>", i + 9);
                i = close < 0 ? n : close + 3;
            } else { // a bogus comment
                copyTo(i);
                const qsizetype close = find(s, n, i, '>');
                i = close < 0 ? n : close + 1;
                skipTo(i);
            }
            continue;
        }
        if (next == '?') { // a bogus comment
            copyTo(i);
            const qsizetype close = find(s, n, i, '>');
            i = close < 0 ? n : close + 1;
            skipTo(i);
            continue;
        }
        const bool endTag = next == '/';
        if (endTag && (i + 2 >= n || !isAlpha(s[i + 2]))) {
            if (i + 2 < n) { // "</>" is nothing, "</ x>" a bogus comment
                copyTo(i);
                const qsizetype close = find(s, n, i, '>');
                i = close < 0 ? n : close + 1;
                skipTo(i);
            } else {
                i = n; // "</" at the end is text
            }
            continue;
        }
        if (!endTag && !isAlpha(next)) {
            ++i; // "<" in text
            continue;
        }

        // A tag: its name, then its attributes as the tokenizer reads them.
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        qsizetype j = nameStart;
        while (j < n && !endsName(s, n, j))
            ++j;
        const qsizetype nameEnd = j;
        struct Span {
            qsizetype from, to; // the attribute as written, name to value
            bool emptied;       // its value was too long: name only, then =""
        };
        Span kept[16];
        int keptCount = 0;
        bool rewrite = false;  // an attribute goes
        bool overflow = false; // more attributes stay than `kept` holds: the tag stays as it is
        bool selfClosing = false;
        qsizetype tagEnd = -1;
        while (j < n) {
            // Before an attribute name.
            while (j < n && isSpace(s[j]))
                ++j;
            if (j >= n)
                break;
            if (s[j] == '>') {
                tagEnd = j + 1;
                break;
            }
            if (s[j] == '/') {
                ++j;
                if (j < n && s[j] == '>') {
                    selfClosing = true;
                    tagEnd = j + 1;
                    break;
                }
                continue;
            }
            // The name ("=" may be its first character), then "=" and the value, if any.
            const qsizetype attrStart = j++;
            while (j < n && !isSpace(s[j]) && s[j] != '/' && s[j] != '>' && s[j] != '=')
                ++j;
            const qsizetype attrNameEnd = j;
            qsizetype attrEnd = attrNameEnd;
            qsizetype valueLength = 0;
            qsizetype k = j;
            while (k < n && isSpace(s[k]))
                ++k;
            if (k < n && s[k] == '=') {
                ++k;
                while (k < n && isSpace(s[k]))
                    ++k;
                const qsizetype valueStart = k;
                if (k < n && (s[k] == '"' || s[k] == '\'')) {
                    const qsizetype close = find(s, n, k + 1, s[k]);
                    k = close < 0 ? n : close + 1;
                } else {
                    while (k < n && !isSpace(s[k]) && s[k] != '>')
                        ++k;
                }
                valueLength = k - valueStart;
                attrEnd = k;
                j = k;
            }
            const bool tooLong = valueLength > kMaxValueBytes;
            if (endTag || tooLong || !keeps(s + attrStart, attrNameEnd - attrStart))
                rewrite = true;
            if (endTag || !keeps(s + attrStart, attrNameEnd - attrStart))
                continue;
            if (keptCount < int(std::size(kept)))
                kept[keptCount++] = {attrStart, tooLong ? attrNameEnd : attrEnd, tooLong};
            else
                overflow = true;
        }
        if (tagEnd < 0) { // the input ends inside the tag: the tokenizer drops it
            copyTo(i);
            skipTo(n);
            break;
        }
        // The tag, written again with what it keeps.
        if (rewrite && !overflow) {
            copyTo(i);
            out.append(s + i, nameEnd - i);
            for (int a = 0; a < keptCount; ++a) {
                out.append(' ');
                out.append(s + kept[a].from, kept[a].to - kept[a].from);
                if (kept[a].emptied)
                    out.append("=\"\"");
            }
            out.append(selfClosing && !endTag ? " />" : ">");
            skipTo(tagEnd);
        }
        i = tagEnd;

        if (endTag) {
            if (nests(s, nameStart, nameEnd) && depth > 0)
                --depth;
            if (foreignDepth > 0 && isForeignRoot(s, nameStart, nameEnd))
                --foreignDepth;
            if (preDepth > 0 && isPre(s, nameStart, nameEnd))
                --preDepth;
            continue;
        }
        if (!selfClosing && nests(s, nameStart, nameEnd)) {
            result.depth = std::max(result.depth, ++depth);
            if (depth > depthLimit) {
                result.tooDeep = true;
                return result;
            }
        }
        if (foreignDepth > 0 && breaksOutOfForeignContent(s, nameStart, nameEnd))
            foreignDepth = 0;
        if (foreignDepth > 0) {
            if (!selfClosing && isForeignRoot(s, nameStart, nameEnd))
                ++foreignDepth;
            continue;
        }
        if (selfClosing)
            continue;
        if (isForeignRoot(s, nameStart, nameEnd)) {
            ++foreignDepth;
        } else if (isPre(s, nameStart, nameEnd)) {
            ++preDepth;
        } else if (spells(s, nameStart, nameEnd, "plaintext")) {
            i = n; // the rest of the page is text
        } else if (spells(s, nameStart, nameEnd, "style")) {
            copyTo(i);
            i = rawTextEnd(s, n, i, "style");
            skipTo(i);
        } else if (spells(s, nameStart, nameEnd, "script")) {
            const qsizetype bodyEnd = scriptEnd(s, n, i);
            const QByteArray startTag = QByteArray::fromRawData(s + nameEnd, tagEnd - nameEnd);
            if (!startTag.toLower().contains("ld+json")) {
                copyTo(i);
                skipTo(bodyEnd);
            }
            i = bodyEnd;
        } else if (const std::string_view raw = rawTextName(s, nameStart, nameEnd); !raw.empty()) {
            i = rawTextEnd(s, n, i, raw);
        }
    }
    copyTo(n);
    return result;
}

} // namespace kliping::ingest
