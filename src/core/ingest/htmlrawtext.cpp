#include "htmlrawtext.h"

#include <cstring>

namespace kliping::ingest {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// True when the bytes at i spell word (lower case) in any case.
bool matchesAt(const QByteArray &s, qsizetype i, const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (i + n > s.size())
        return false;
    for (qsizetype k = 0; k < n; ++k) {
        if (lower(s.at(i + k)) != word[k])
            return false;
    }
    return true;
}

bool endsName(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return true;
    const char c = s.at(i);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// "</name" followed by a delimiter, at i.
bool endTagAt(const QByteArray &s, qsizetype i, const char *name)
{
    return i + 1 < s.size() && s.at(i) == '<' && s.at(i + 1) == '/' && matchesAt(s, i + 2, name) &&
           endsName(s, i + 2 + qsizetype(std::strlen(name)));
}

// Where the raw text starting at `from` ends: the "<" of "</name" (or the end of the input).
qsizetype rawTextEnd(const QByteArray &s, qsizetype from, const char *name)
{
    for (qsizetype i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
        if (endTagAt(s, i, name))
            return i;
    }
    return s.size();
}

// Script data, with the escaped states that keep "</script>" inside "<!-- <script> ... -->" from
// ending it.
qsizetype scriptEnd(const QByteArray &s, qsizetype from)
{
    enum { Data, Escaped, DoubleEscaped } state = Data;
    for (qsizetype i = from; i < s.size(); ++i) {
        const char c = s.at(i);
        if (c == '-' && state != Data && matchesAt(s, i, "-->")) {
            state = Data;
            i += 2;
            continue;
        }
        if (c != '<')
            continue;
        if (state == Data && matchesAt(s, i, "<!--")) {
            state = Escaped;
            i += 3;
        } else if (endTagAt(s, i, "script")) {
            if (state != DoubleEscaped)
                return i;
            state = Escaped;
        } else if (state == Escaped && matchesAt(s, i + 1, "script") && endsName(s, i + 7)) {
            state = DoubleEscaped;
        }
    }
    return s.size();
}

// The end of a start tag that begins at `from` (past quoted attribute values): the index of its
// ">", or the end of the input.
qsizetype tagEnd(const QByteArray &s, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        const char c = s.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return s.size();
}

bool isJsonLd(const QByteArray &startTag)
{
    return startTag.toLower().contains("ld+json");
}

} // namespace

QByteArray withoutStylesAndScripts(const QByteArray &html)
{
    static const char *const kRawText[] = {"title",  "textarea", "xmp",
                                           "iframe", "noembed",  "noframes"};
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0; // html[copied, i) is still to be copied
    const auto drop = [&](qsizetype from, qsizetype to) {
        out.append(html.constData() + copied, from - copied);
        copied = to;
    };
    qsizetype i = html.indexOf('<');
    while (i >= 0 && i + 1 < html.size()) {
        const char next = html.at(i + 1);
        qsizetype resume = i + 1;
        if (next == '!') {
            // A comment is passed over whole; a doctype or CDATA to its ">".
            const qsizetype close = matchesAt(html, i, "<!--") ? html.indexOf("-->", i + 4)
                                                              : html.indexOf('>', i);
            if (close < 0)
                break;
            resume = close + 1;
        } else if (matchesAt(html, i + 1, "plaintext") && endsName(html, i + 10)) {
            break; // the rest of the page is text
        } else if (matchesAt(html, i + 1, "style") && endsName(html, i + 6)) {
            const qsizetype bodyStart = qMin(tagEnd(html, i + 6) + 1, html.size());
            const qsizetype bodyEnd = rawTextEnd(html, bodyStart, "style");
            drop(bodyStart, bodyEnd);
            resume = bodyEnd;
        } else if (matchesAt(html, i + 1, "script") && endsName(html, i + 7)) {
            const qsizetype bodyStart = qMin(tagEnd(html, i + 7) + 1, html.size());
            const qsizetype bodyEnd = scriptEnd(html, bodyStart);
            if (!isJsonLd(html.mid(i, bodyStart - i)))
                drop(bodyStart, bodyEnd);
            resume = bodyEnd;
        } else {
            for (const char *name : kRawText) {
                const qsizetype length = qsizetype(std::strlen(name));
                if (matchesAt(html, i + 1, name) && endsName(html, i + 1 + length)) {
                    resume = rawTextEnd(
                        html, qMin(tagEnd(html, i + 1 + length) + 1, html.size()), name);
                    break;
                }
            }
        }
        if (resume >= html.size())
            break;
        i = html.indexOf('<', resume);
    }
    if (copied < html.size())
        out.append(html.constData() + copied, html.size() - copied);
    return out;
}

} // namespace kliping::ingest
