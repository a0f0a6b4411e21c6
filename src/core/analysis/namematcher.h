// Whether two written names are the same person's within one article: case and diacritics
// folded, old spellings equal to new ones (oe/u, dj/j, tj/c, nj/ny, sj/sy, ch/kh: Soeharto =
// Suharto), one typing slip allowed in words of six letters or more (Sacrudin = Sachrudin), and
// a short form equal to part of the full name (Farhan = Muhammad Farhan).
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kliping::analysis {

class NameMatcher {
public:
    // Folded form of one name word (letters and digits only).
    static QString normalizeWord(QStringView word);
    // The new spelling of a folded word: "soeharto" -> "suharto", "djoko" -> "joko".
    static QString oldSpelling(QString word);
    static bool sameWord(const QString &normalizedA, const QString &normalizedB);
    // Normalised words of a name ("H. Sachrudin" gives {"sakhrudin"} only when titles were
    // removed by the caller).
    static QStringList words(const QString &name);
    // True when part's words appear, in order and contiguous, among whole's words.
    static bool isPartOf(const QStringList &part, const QStringList &whole);
    static bool sameName(const QStringList &a, const QStringList &b);
};

} // namespace kliping::analysis
