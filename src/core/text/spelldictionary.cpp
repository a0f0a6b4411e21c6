#include "spelldictionary.h"

#include <hunspell/hunspell.hxx>

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include <atomic>

namespace kliping::text {

namespace {

std::atomic<quint64> g_dictionaries{0};

// Each thread keeps its own answers in front of the shared cache: a known word costs no lock
// (analysis workers ask for every word of every article). Bounded; tied to one dictionary.
struct ThreadAnswers {
    static constexpr qsizetype kLimit = 50000;
    quint64 dictionary = 0;
    QHash<QString, bool> answers;
};

} // namespace

struct SpellDictionary::Private {
    const quint64 serial = ++g_dictionaries;
    std::unique_ptr<Hunspell> hunspell;
    QMutex mutex;
    QHash<QString, bool> cache;
};

SpellDictionary::SpellDictionary(const QString &affPath, const QString &dicPath)
    : d(std::make_unique<Private>())
{
    QString aff = affPath;
    QString dic = dicPath;
    if (aff.isEmpty() || dic.isEmpty()) {
        const QStringList dirs = {QStringLiteral("/usr/share/hunspell"),
                                  QStringLiteral("/usr/share/myspell"),
                                  QStringLiteral("/usr/local/share/hunspell")};
        for (const QString &dir : dirs) {
            if (QFileInfo::exists(dir + QStringLiteral("/id_ID.dic"))) {
                aff = dir + QStringLiteral("/id_ID.aff");
                dic = dir + QStringLiteral("/id_ID.dic");
                break;
            }
        }
    }
    if (QFileInfo::exists(aff) && QFileInfo::exists(dic))
        d->hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                 QFile::encodeName(dic).constData());
}

SpellDictionary::~SpellDictionary() = default;

bool SpellDictionary::isValid() const
{
    return d->hunspell != nullptr;
}

quint64 SpellDictionary::serial() const
{
    return d->serial;
}

bool SpellDictionary::contains(QStringView word) const
{
    if (!d->hunspell || word.isEmpty())
        return false;
    // The Indonesian dictionary is in ISO 8859-1; a word outside it cannot be in it.
    for (QChar c : word) {
        if (c.unicode() > 0xff)
            return false;
    }
    thread_local ThreadAnswers local;
    if (local.dictionary != d->serial) {
        local.dictionary = d->serial;
        local.answers.clear();
    }
    // Looked up in place (no copy of the word); a copy is made only to remember a new answer.
    const QString view = QString::fromRawData(word.data(), word.size());
    if (const auto known = local.answers.constFind(view); known != local.answers.constEnd())
        return *known;
    const QString key = word.toString();
    const bool ok = lookUp(key);
    if (local.answers.size() >= ThreadAnswers::kLimit)
        local.answers.clear();
    local.answers.insert(key, ok);
    return ok;
}

bool SpellDictionary::lookUp(const QString &key) const
{
    QMutexLocker lock(&d->mutex);
    const auto cached = d->cache.constFind(key);
    if (cached != d->cache.constEnd())
        return *cached;
    bool ok = d->hunspell->spell(key.toLatin1().toStdString());
    if (!ok) {
        const QString lower = key.toLower();
        if (lower != key)
            ok = d->hunspell->spell(lower.toLatin1().toStdString());
    }
    if (d->cache.size() > 200000)
        d->cache.clear();
    d->cache.insert(key, ok);
    return ok;
}

} // namespace kliping::text
