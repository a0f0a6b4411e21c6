#include "indonesianstemmer.h"

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include <array>

namespace kliping::text {

namespace {

// Bump when the chain below changes what it returns: indexes built with older stems are rebuilt.
constexpr int kAlgorithmVersion = 1;

// Words shorter than this are roots already (or particles): stemming them only adds noise.
constexpr qsizetype kMinLength = 4;
// Longer "words" are URLs, hashes, glued text: not worth a dictionary lookup.
constexpr qsizetype kMaxLength = 30;

struct DictionaryFiles {
    QString aff;
    QString dic;
};

DictionaryFiles findDictionary()
{
    for (const char *dir :
         {"/usr/share/hunspell", "/usr/share/myspell", "/usr/local/share/hunspell"}) {
        const QString base = QString::fromLatin1(dir) + QStringLiteral("/id_ID");
        if (QFileInfo::exists(base + QStringLiteral(".dic")) &&
            QFileInfo::exists(base + QStringLiteral(".aff")))
            return {base + QStringLiteral(".aff"), base + QStringLiteral(".dic")};
    }
    return {};
}

// The one hunspell instance: loading id_ID takes a while and a few megabytes, and its answers
// do not depend on who asks.
class SharedDictionary {
public:
    static SharedDictionary &instance()
    {
        static SharedDictionary dictionary;
        return dictionary;
    }

    bool isValid() const { return m_hunspell != nullptr; }
    QString fingerprint() const { return m_fingerprint; }

    // The root of a word hunspell knows, or a null string when it does not know the word.
    QString root(const QString &word)
    {
        if (!m_hunspell)
            return {};
        const std::string latin1 = word.toLatin1().toStdString();
        QMutexLocker lock(&m_mutex);
        if (!m_hunspell->spell(latin1))
            return {};
        QString best = word;
        for (const std::string &s : m_hunspell->stem(latin1)) {
            const QString candidate = QString::fromLatin1(s.data(), qsizetype(s.size())).toLower();
            // The shortest stem is the deepest root ("kebijaksanaan" -> "bijaksana", not the
            // intermediate forms); a one- or two-letter stem is an affix rule gone astray.
            if (candidate.size() >= 3 && candidate.size() < best.size())
                best = candidate;
        }
        return best;
    }

private:
    SharedDictionary()
    {
        const DictionaryFiles files = findDictionary();
        if (files.dic.isEmpty()) {
            m_fingerprint = QStringLiteral("none");
            return;
        }
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(files.aff).constData(),
                                                QFile::encodeName(files.dic).constData());
        m_fingerprint = QStringLiteral("id_ID:%1:%2")
                            .arg(QFileInfo(files.aff).size())
                            .arg(QFileInfo(files.dic).size());
    }

    QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_fingerprint;
};

// A bounded cache of stems shared by all threads: two generations, the older dropped when the
// newer is full, so words in use stay and the memory stays bounded (about 2 x kGeneration words).
class StemCache {
public:
    static StemCache &instance()
    {
        static StemCache cache;
        return cache;
    }

    bool find(const QString &word, WordStem *out)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_current.constFind(word);
        if (it != m_current.constEnd()) {
            *out = *it;
            return true;
        }
        it = m_previous.constFind(word);
        if (it == m_previous.constEnd())
            return false;
        *out = *it;
        insertLocked(word, *out);
        return true;
    }

    void insert(const QString &word, const WordStem &stem)
    {
        QMutexLocker lock(&m_mutex);
        insertLocked(word, stem);
    }

private:
    static constexpr qsizetype kGeneration = 100000;

    void insertLocked(const QString &word, const WordStem &stem)
    {
        if (m_current.size() >= kGeneration) {
            m_previous = std::move(m_current);
            m_current = {};
        }
        m_current.insert(word, stem);
    }

    QMutex m_mutex;
    QHash<QString, WordStem> m_current;
    QHash<QString, WordStem> m_previous;
};

bool stemmable(const QString &word)
{
    if (word.size() < kMinLength || word.size() > kMaxLength)
        return false;
    for (QChar c : word) {
        // The dictionary is ISO 8859-1, and Snowball's rules are for Latin letters only.
        if (c.unicode() > 0xff || !c.isLetter())
            return false;
    }
    return true;
}

} // namespace

struct IndonesianStemmer::Private {
    sb_stemmer *snowball = nullptr;
};

IndonesianStemmer::IndonesianStemmer()
    : d(std::make_unique<Private>())
{
    d->snowball = sb_stemmer_new("indonesian", "UTF_8");
}

IndonesianStemmer::~IndonesianStemmer()
{
    if (d->snowball)
        sb_stemmer_delete(d->snowball);
}

bool IndonesianStemmer::hasDictionary()
{
    return SharedDictionary::instance().isValid();
}

QString IndonesianStemmer::fingerprint()
{
    return QStringLiteral("stemmer-%1;%2")
        .arg(kAlgorithmVersion)
        .arg(SharedDictionary::instance().fingerprint());
}

WordStem IndonesianStemmer::stem(const QString &word)
{
    if (!stemmable(word))
        return {};
    // Each thread keeps the stems it used in front of the shared cache: no lock for a known word.
    thread_local QHash<QString, WordStem> local;
    if (const auto known = local.constFind(word); known != local.constEnd())
        return *known;
    const auto remember = [&word](const WordStem &stem) {
        if (local.size() >= 50000)
            local.clear();
        local.insert(word, stem);
        return stem;
    };
    WordStem result;
    StemCache &cache = StemCache::instance();
    if (cache.find(word, &result))
        return remember(result);

    SharedDictionary &dictionary = SharedDictionary::instance();
    QString root = dictionary.root(word);
    if (root.isNull()) {
        // "ujarnya", "tuturnya": hunspell-id knows the verb but not every clitic form.
        static const std::array<QLatin1String, 6> kClitics = {
            QLatin1String("nya"), QLatin1String("lah"), QLatin1String("kah"),
            QLatin1String("pun"), QLatin1String("ku"),  QLatin1String("mu")};
        for (const QLatin1String &clitic : kClitics) {
            if (word.size() - clitic.size() >= 3 && word.endsWith(clitic)) {
                root = dictionary.root(word.left(word.size() - clitic.size()));
                if (!root.isNull())
                    break;
            }
        }
    }
    if (!root.isNull()) {
        result = {root, WordStem::Source::Dictionary};
    } else if (d->snowball) {
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *s = sb_stemmer_stem(
            d->snowball, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (s)
            result = {QString::fromUtf8(reinterpret_cast<const char *>(s),
                                        sb_stemmer_length(d->snowball)),
                      WordStem::Source::Snowball};
    }
    cache.insert(word, result);
    return remember(result);
}

} // namespace kliping::text
