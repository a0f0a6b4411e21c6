// What of a page gumbo is given to parse. gumbo goes through a page a character at a time and
// hands every character of text to its tree builder on its own, so what it reads costs, and most
// of a news page is never read by Kliping: inline CSS and scripts (two thirds of one corpus page),
// adverts carried whole in an attribute (an ad frame's name="..." of 160 KB), onclick handlers,
// image sources, indentation.
//
// MarkupTrimmer passes over the page once, following the states of the HTML5 tokenizer (tags and
// their quoted or unquoted attribute values, comments, doctypes, the raw text of <title>,
// <textarea>, <xmp>, <iframe>, <noembed> and <noframes>, script data with its escaped and
// double-escaped states, <plaintext>), and leaves out:
//   - the bodies of <style> elements and of scripts, JSON-LD metadata excepted;
//   - comments, and what the tokenizer takes for one ("<?xml ...>", "</ x>");
//   - every attribute whose name is not asked for (the parser of the page names what it reads,
//     see HtmlPageParser), and the attributes of end tags, which the tree builder ignores; the
//     attributes that steer tree building (type, for <input type=hidden> in tables; encoding,
//     color, face and size in SVG and MathML) always stay;
//   - the value of an attribute longer than kMaxValueBytes: the attribute stays, empty (no name,
//     link or date is that long; an advert's whole page in an <iframe name="..."> is);
//   - white space repeated between tags and words, outside <pre> and <listing>: a run becomes one
//     character, a newline when the run holds one.
// Gumbo builds the same tree from what is left, less the comments, the emptied elements, the
// dropped attributes and the repeated white space (tst_markuptrimmer checks this on every page of
// ../shared/corpus/html).
//
// Where the tokenizer's state depends on the tree, the trimmer follows the nesting of tags: inside
// <svg> or <math> a <style> or <script> is not raw text, and inside <pre> white space stays.
//
// On the same pass it measures how deep the page's elements nest: void elements, self-closing
// tags and the elements HTML closes by itself (<p>, <li>, <td> ...) do not count. Gumbo's tree
// building slows down with the square of the depth (a page of a million nested <div>s would take
// hours), so a page deeper than the limit is refused before parsing.
#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace kliping::ingest {

struct TrimmedMarkup {
    QByteArray html;
    // How deep the elements nest; when it passes the limit given to trim(), counting stops there,
    // tooDeep is set and html is incomplete.
    int depth = 0;
    bool tooDeep = false;
};

class MarkupTrimmer {
public:
    static constexpr qsizetype kMaxValueBytes = 16 * 1024;

    // keptAttributes: the names (any case) of the attributes that stay on start tags. The default,
    // an empty list, keeps every attribute of start tags.
    explicit MarkupTrimmer(const QStringList &keptAttributes = {});

    TrimmedMarkup trim(const QByteArray &html, int depthLimit) const;

private:
    bool keeps(const char *name, qsizetype length) const;

    std::vector<QByteArray> m_kept; // lower case; empty: every attribute stays
};

} // namespace kliping::ingest
