// The text of a page's <style> elements and of its scripts (JSON-LD metadata excepted) holds
// nothing Kliping reads, yet it is often most of the page (two thirds of one page of the corpus is
// inline CSS) and gumbo goes through it a character at a time. withoutStylesAndScripts() removes
// those bodies before parsing, finding their ends as an HTML5 tokenizer does: a comment is passed
// over whole, a style ends at the first "</style", a script at "</script" except inside the
// "<!-- <script>" double-escaped state, and the text of <title>, <textarea>, <xmp>, <iframe>,
// <noembed> and <noframes> is passed over (a tag in it is no tag); after <plaintext> nothing is
// removed. The page's tree is the same, with empty style and script elements.
#pragma once

#include <QByteArray>

namespace kliping::ingest {

QByteArray withoutStylesAndScripts(const QByteArray &html);

} // namespace kliping::ingest
