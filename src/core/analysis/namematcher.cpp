#include "namematcher.h"

#include "text/textfolding.h"

namespace kliping::analysis {

namespace {

int editDistanceAtMostOne(const QString &a, const QString &b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (qAbs(la - lb) > 1)
        return 2;
    qsizetype i = 0, j = 0;
    int edits = 0;
    while (i < la && j < lb) {
        if (a.at(i) == b.at(j)) {
            ++i;
            ++j;
            continue;
        }
        if (++edits > 1)
            return 2;
        if (la > lb)
            ++i;
        else if (lb > la)
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    edits += int((la - i) + (lb - j));
    return edits;
}

} // namespace

QString NameMatcher::normalizeWord(QStringView word)
{
    return text::compactKey(word);
}

bool NameMatcher::sameWord(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString na = oldSpelling(a), nb = oldSpelling(b);
    if (na == nb)
        return true;
    if (qMax(a.size(), b.size()) < 6 || a.isEmpty() || b.isEmpty() || a.at(0) != b.at(0))
        return false;
    return editDistanceAtMostOne(a, b) <= 1 || editDistanceAtMostOne(na, nb) <= 1;
}

QString NameMatcher::oldSpelling(QString w)
{
    static const QList<QPair<QString, QString>> old = {
        {QStringLiteral("oe"), QStringLiteral("u")},  {QStringLiteral("dj"), QStringLiteral("j")},
        {QStringLiteral("tj"), QStringLiteral("c")},  {QStringLiteral("nj"), QStringLiteral("ny")},
        {QStringLiteral("sj"), QStringLiteral("sy")}, {QStringLiteral("ch"), QStringLiteral("kh")},
    };
    // Most words have none of the old digraphs: find that out without allocating.
    bool any = false;
    for (qsizetype i = 1; i < w.size() && !any; ++i) {
        const char16_t a = w.at(i - 1).unicode();
        const char16_t b = w.at(i).unicode();
        any = (b == u'j' && (a == u'd' || a == u't' || a == u'n' || a == u's')) ||
              (a == u'o' && b == u'e') || (a == u'c' && b == u'h');
    }
    if (!any)
        return w;
    for (const auto &p : old)
        w.replace(p.first, p.second);
    return w;
}

QStringList NameMatcher::words(const QString &name)
{
    QStringList out;
    for (const QString &w : name.split(u' ', Qt::SkipEmptyParts)) {
        const QString n = normalizeWord(w);
        if (!n.isEmpty())
            out << n;
    }
    return out;
}

bool NameMatcher::isPartOf(const QStringList &part, const QStringList &whole)
{
    if (part.isEmpty() || part.size() > whole.size())
        return false;
    for (qsizetype s = 0; s + part.size() <= whole.size(); ++s) {
        bool ok = true;
        for (qsizetype k = 0; k < part.size() && ok; ++k)
            ok = sameWord(part.at(k), whole.at(s + k));
        if (ok)
            return true;
    }
    return false;
}

bool NameMatcher::sameName(const QStringList &a, const QStringList &b)
{
    return a.size() == b.size() && isPartOf(a, b);
}

} // namespace kliping::analysis
