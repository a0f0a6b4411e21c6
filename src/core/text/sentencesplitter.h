// Splits text into sentences with ICU's sentence iterator, without breaking after title
// abbreviations ("Kombes Pol. Zain", "Drs. H. Sachrudin", "No. 5"): ICU has no Indonesian
// suppression data, so the abbreviations are given (from the lexicon). Thread-safe: every
// thread gets its own clone of the iterator.
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace kliping::text {

struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

class SentenceSplitter {
public:
    // abbreviations: forms with their final period, e.g. "Pol.", "Dr.", "S.H."
    explicit SentenceSplitter(const QStringList &abbreviations = defaultAbbreviations());
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter &) = delete;
    SentenceSplitter &operator=(const SentenceSplitter &) = delete;

    // Sentence spans of text (trailing spaces excluded), shifted by base.
    QList<TextSpan> split(QStringView text, qsizetype base = 0) const;

    static QStringList defaultAbbreviations();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kliping::text
