// The text of what the user copied, for Edit > Paste as New Article: plain text when it is
// offered, else the text of the HTML (a copy from some browsers and editors carries only HTML).
// The HTML is read without loading anything it points to: no network, no local files.
#pragma once

#include <QString>

class QMimeData;

namespace kliping::gui::clipboardtext {

// Empty when the data holds no text (or only white space).
QString fromMimeData(const QMimeData *mime);

} // namespace kliping::gui::clipboardtext
