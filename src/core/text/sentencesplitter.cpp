#include "sentencesplitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QHash>
#include <QMutex>

namespace kliping::text {

struct SentenceSplitter::Private {
    std::unique_ptr<icu::BreakIterator> prototype;
    quint64 id = 0;
};

namespace {

QAtomicInteger<quint64> s_nextId{1};

// One clone of each splitter's iterator per thread.
icu::BreakIterator *threadIterator(const icu::BreakIterator *prototype, quint64 id)
{
    thread_local QHash<quint64, std::shared_ptr<icu::BreakIterator>> clones;
    auto it = clones.find(id);
    if (it == clones.end())
        it = clones.insert(id, std::shared_ptr<icu::BreakIterator>(prototype->clone()));
    return it->get();
}

} // namespace

SentenceSplitter::SentenceSplitter(const QStringList &abbreviations)
    : d(std::make_unique<Private>())
{
    d->id = s_nextId.fetchAndAddRelaxed(1);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale("id", "ID");
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !base)
        return;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    if (U_FAILURE(status) || !builder) {
        d->prototype = std::move(base);
        return;
    }
    for (const QString &a : abbreviations) {
        const icu::UnicodeString u(reinterpret_cast<const UChar *>(a.utf16()),
                                   static_cast<int32_t>(a.size()));
        UErrorCode s = U_ZERO_ERROR;
        builder->suppressBreakAfter(u, s);
    }
    icu::BreakIterator *filtered = builder->wrapIteratorWithFilter(base.release(), status);
    d->prototype.reset(filtered);
}

SentenceSplitter::~SentenceSplitter() = default;

QStringList SentenceSplitter::defaultAbbreviations()
{
    QStringList list = {
        QStringLiteral("Pol."),  QStringLiteral("Dr."),   QStringLiteral("dr."),
        QStringLiteral("Drs."),  QStringLiteral("Dra."),  QStringLiteral("Ir."),
        QStringLiteral("H."),    QStringLiteral("Hj."),   QStringLiteral("KH."),
        QStringLiteral("K.H."),  QStringLiteral("Prof."), QStringLiteral("No."),
        QStringLiteral("Jl."),   QStringLiteral("Jln."),  QStringLiteral("dkk."),
        QStringLiteral("dll."),  QStringLiteral("Tbk."),  QStringLiteral("S.H."),
        QStringLiteral("M.Si."), QStringLiteral("M.H."),  QStringLiteral("S.I.K."),
        QStringLiteral("Kol."),  QStringLiteral("Kab."),  QStringLiteral("Kec."),
        QStringLiteral("Kel."),  QStringLiteral("Sdr."),  QStringLiteral("Ny."),
        QStringLiteral("Tn."),   QStringLiteral("Bpk."),  QStringLiteral("St."),
        QStringLiteral("Ust."),  QStringLiteral("Pdt."),  QStringLiteral("Mgr."),
        QStringLiteral("Tgk."),  QStringLiteral("Tb."),   QStringLiteral("Ph.D."),
        QStringLiteral("Rp."),   QStringLiteral("hlm."),  QStringLiteral("Yth."),
    };
    for (char c = 'A'; c <= 'Z'; ++c)
        list << QString(QChar::fromLatin1(c)) + u'.';
    return list;
}

QList<TextSpan> SentenceSplitter::split(QStringView text, qsizetype base) const
{
    QList<TextSpan> spans;
    auto push = [&](qsizetype s, qsizetype e) {
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            spans.append({base + s, base + e});
    };
    if (!d->prototype) {
        push(0, text.size());
        return spans;
    }
    icu::BreakIterator *it = threadIterator(d->prototype.get(), d->id);
    const icu::UnicodeString u(false, reinterpret_cast<const UChar *>(text.utf16()),
                               static_cast<int32_t>(text.size()));
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
        push(start, end);
    // The iterator keeps a pointer to u; detach it before u goes away.
    it->setText(icu::UnicodeString());
    return spans;
}

} // namespace kliping::text
