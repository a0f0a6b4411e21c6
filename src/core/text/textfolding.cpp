#include "textfolding.h"

namespace kliping::text {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString fold(QStringView text)
{
    if (isAscii(text))
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'\u2019' || c == u'\u2018' || c == u'`')
            c = u'\'';
        out.append(c);
    }
    return out.toCaseFolded();
}

QString compactKey(QStringView text)
{
    if (isAscii(text)) {
        // Most words: one pass, one allocation (the same as folding, then keeping [a-z0-9]).
        QString out(text.size(), Qt::Uninitialized);
        QChar *to = out.data();
        qsizetype n = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z')
                to[n++] = QChar(char16_t(u + (u'a' - u'A')));
            else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                to[n++] = c;
        }
        out.truncate(n);
        return out;
    }
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace kliping::text
