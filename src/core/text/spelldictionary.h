// Whether a word is Indonesian, by hunspell with Debian's hunspell-id dictionary
// (/usr/share/hunspell/id_ID.{aff,dic}). Hunspell is not thread-safe: a call that reaches it
// takes a mutex. Answers are cached, shared and per thread (a known word costs no lock).
#pragma once

#include <QString>
#include <QStringView>

#include <memory>

namespace kliping::text {

class SpellDictionary {
public:
    // Opens affPath/dicPath; when empty, looks for id_ID in the usual hunspell folders.
    explicit SpellDictionary(const QString &affPath = {}, const QString &dicPath = {});
    ~SpellDictionary();
    SpellDictionary(const SpellDictionary &) = delete;
    SpellDictionary &operator=(const SpellDictionary &) = delete;

    bool isValid() const;
    // True when hunspell accepts the word (as written or in lower case).
    bool contains(QStringView word) const;
    // Different for every dictionary opened in this process: a key for caches of answers that
    // depend on the dictionary.
    quint64 serial() const;

private:
    bool lookUp(const QString &key) const; // the shared cache, then hunspell; takes the lock
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kliping::text
