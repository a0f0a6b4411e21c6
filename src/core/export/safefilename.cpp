#include "safefilename.h"

#include <QRegularExpression>
#include <QStringList>

namespace kliping::exporting {

namespace {

bool isReserved(QChar c)
{
    // Separators, Windows' reserved punctuation, and controls (incl. DEL and C1).
    static const QString reserved = QStringLiteral("/\\:*?\"<>|");
    return reserved.contains(c) || c.category() == QChar::Other_Control ||
           c.category() == QChar::Other_Format || c.category() == QChar::Other_NotAssigned;
}

bool isDeviceName(const QString &stem)
{
    // CON, PRN, AUX, NUL, COM1-9, LPT1-9: Windows refuses them with any extension.
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(stem).hasMatch();
}

// Cuts text to maxBytes of UTF-8 at a word boundary when one is near, never inside a
// surrogate pair.
QString cutToBytes(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    QString cut;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const int add = int(text.mid(i, width).toUtf8().size());
        if (bytes + add > maxBytes)
            break;
        cut += text.mid(i, width);
        bytes += add;
        i += width - 1;
    }
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > cut.size() * 2 / 3)
        cut.truncate(space);
    return cut;
}

} // namespace

QString safeFileName(const QString &title, const QString &extension, const QString &fallback)
{
    QString name;
    name.reserve(title.size());
    const QString nfc = title.normalized(QString::NormalizationForm_C);
    for (const QChar c : nfc) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'|')
            name += QStringLiteral(" - ");
        else if (isReserved(c) || c.isSpace())
            name += u' ';
        else
            name += c;
    }
    // One space between words, one dash between parts; no dots or spaces at either end (a
    // leading dot hides the file, a trailing one is dropped by Windows, ".." climbs).
    name = name.simplified();
    static const QRegularExpression dashes(QStringLiteral("(\\s*-\\s*){2,}"));
    name.replace(dashes, QStringLiteral(" - "));
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    name.replace(dots, QStringLiteral("."));
    auto trimEnds = [](QString &s) {
        static const QRegularExpression ends(QStringLiteral("^[\\s.\\-]+|[\\s.\\-]+$"));
        s.remove(ends);
    };
    trimEnds(name);
    name = cutToBytes(name, kMaxFileNameBytes);
    trimEnds(name);
    if (name.isEmpty() || isDeviceName(name))
        name = name.isEmpty() ? fallback : name + QStringLiteral("_");
    if (!extension.isEmpty())
        name += u'.' + extension;
    return name;
}

} // namespace kliping::exporting
