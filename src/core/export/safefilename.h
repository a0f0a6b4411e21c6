// File names made from article titles and people's names: no path separators or traversal, no
// characters that Windows, macOS or a USB stick's FAT refuse, no reserved device names, a
// sensible length in UTF-8 bytes, and Indonesian letters (and any other letter) kept as they are.
#pragma once

#include <QString>

namespace kliping::exporting {

// "Polisi: Tak Ada Pungli / di Samsat?" + "pdf" -> "Polisi - Tak Ada Pungli - di Samsat.pdf".
// Never empty (fallback when nothing is left of the title); the name without the extension is
// at most kMaxFileNameBytes of UTF-8.
QString safeFileName(const QString &title, const QString &extension = {},
                     const QString &fallback = QStringLiteral("kliping"));

constexpr int kMaxFileNameBytes = 120;

} // namespace kliping::exporting
