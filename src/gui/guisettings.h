// The desktop program's settings keys and their defaults in one place, so that the main window,
// the settings dialog and main() agree (and kliping-cli reads the same "ui/language").
#pragma once

#include <QString>
#include <QStringList>

namespace kliping::gui::settings {

// Language code ("en", "id") or empty for the system's; read at start-up.
inline constexpr const char *kLanguage = "ui/language";
inline constexpr const char *kReaderFontSize = "reader/fontSize";
inline constexpr const char *kMarkEntities = "reader/markEntities";
inline constexpr const char *kWindowGeometry = "window/geometry";
inline constexpr const char *kWindowState = "window/state";
// The list above the reader (since the sidebar came; "window/splitter" held them side by side).
inline constexpr const char *kSplitterState = "window/articleSplitter";
inline constexpr const char *kSidebarSplitterState = "window/sidebarSplitter";
inline constexpr const char *kLastArchive = "archive/last";
// The archives opened last, newest first (File > Open Recent).
inline constexpr const char *kRecentArchives = "archive/recent";
// A lexicon file of the user's that extends the built-in one for the analysis of new articles.
inline constexpr const char *kUserLexicon = "analysis/userLexicon";
inline constexpr int kMaxRecentArchives = 5;

inline constexpr int kDefaultReaderFontSize = 12; // points
inline constexpr int kMinReaderFontSize = 8;
inline constexpr int kMaxReaderFontSize = 28;

QString language();
void setLanguage(const QString &code);
int readerFontSize();
void setReaderFontSize(int points);
// View > Mark People and Institutions; off by default (quotes are always marked).
bool markEntities();
void setMarkEntities(bool mark);
QString lastArchive();
void setLastArchive(const QString &path);
QStringList recentArchives();
// Puts the path first in the recent archives (at most kMaxRecentArchives are kept).
void addRecentArchive(const QString &path);
void clearRecentArchives();
QString userLexicon();
void setUserLexicon(const QString &path);

} // namespace kliping::gui::settings
