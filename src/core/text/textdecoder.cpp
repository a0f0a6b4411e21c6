#include "textdecoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace kliping::text {

namespace {

struct Bom {
    const char *bytes;
    int length;
    const char *charset;
};

// Longest first: the UTF-32LE mark starts with the UTF-16LE one.
constexpr Bom kBoms[] = {
    {"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
    {"\xEF\xBB\xBF", 3, "UTF-8"},        {"\xFF\xFE", 2, "UTF-16LE"},
    {"\xFE\xFF", 2, "UTF-16BE"},
};

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Eight ASCII bytes at a time: most of a page is.
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        int extra = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

// Converts with ICU; returns false when the charset is unknown to ICU.
bool convert(const QByteArray &bytes, const char *charset, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status),
                                                            &ucnv_close);
    if (U_FAILURE(status) || !conv)
        return false;
    // Usually no more code units than bytes; a few charsets map one byte to two, so a too small
    // buffer is retried with the length ICU asks for.
    QString result(bytes.size() + 2, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    int32_t n =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()), int32_t(result.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = QString(n + 1, Qt::Uninitialized);
        status = U_ZERO_ERROR;
        ucnv_resetToUnicode(conv.get());
        n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()),
                          int32_t(result.size()), bytes.constData(), int32_t(bytes.size()),
                          &status);
    }
    if (U_FAILURE(status))
        return false;
    result.truncate(n);
    *out = result;
    return true;
}

// The name a user and a MIME header know ("windows-1252", "ISO-8859-1"), not ICU's internal
// one ("ibm-5348_P100-1997"), which is what ucnv_getCanonicalName returns.
QString displayName(const char *charset)
{
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(charset, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(charset);
}

// ICU's detector tells the Latin single-byte charsets apart by the language of the text, and
// Indonesian is not one it knows: Indonesian text comes back as Turkish (ISO-8859-9,
// windows-1254) or Central European. For Latin-script text windows-1252 is the better guess.
bool isLatinSingleByte(const QString &charset)
{
    static const QStringList kLatin = {
        QStringLiteral("ISO-8859-1"),   QStringLiteral("ISO-8859-2"),
        QStringLiteral("ISO-8859-9"),   QStringLiteral("ISO-8859-15"),
        QStringLiteral("windows-1250"), QStringLiteral("windows-1252"),
        QStringLiteral("windows-1254")};
    return kLatin.contains(charset, Qt::CaseInsensitive);
}

// Labels that in practice mean windows-1252 (as the WHATWG Encoding standard also reads them):
// its C1 range holds the curly quotes and dashes that Latin-1 and ASCII would turn into
// invisible control characters or replacement characters.
bool meansWindows1252(const QString &charset)
{
    static const QStringList kLabels = {
        QStringLiteral("ISO-8859-1"), QStringLiteral("ISO8859-1"), QStringLiteral("ISO_8859-1"),
        QStringLiteral("latin1"),     QStringLiteral("l1"),        QStringLiteral("us-ascii"),
        QStringLiteral("ascii"),      QStringLiteral("cp1252"),    QStringLiteral("x-cp1252")};
    return kLabels.contains(charset, Qt::CaseInsensitive);
}

QString detectWithIcu(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                   &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(det.get(), bytes.constData(), int32_t(bytes.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    const char *name = ucsdet_getName(match, &status);
    return U_SUCCESS(status) && name ? QString::fromLatin1(name) : QString();
}

bool hasC1Bytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 && u <= 0x9F)
            return true;
    }
    return false;
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.length)))
            return false;
    }
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto u = static_cast<unsigned char>(bytes.at(i));
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1B)
            ++controls;
    }
    return controls * 100 > sample; // more than 1 % control characters
}

bool TextDecoder::needsDeclaredCharset(const QByteArray &bytes)
{
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.length)))
            return false;
    }
    return !isValidUtf8(bytes);
}

bool TextDecoder::isPlainUtf8(const QByteArray &bytes)
{
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.length)))
            return false;
    }
    return isValidUtf8(bytes);
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &declaredCharset)
{
    DecodedText result;
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.length))) {
            if (!convert(bytes.mid(bom.length), bom.charset, &result.text)) {
                result.error = QCoreApplication::translate(
                                   "TextDecoder", "The file starts with a %1 byte-order mark "
                                                  "but its bytes are not valid %1.")
                                   .arg(QLatin1String(bom.charset));
                return result;
            }
            result.encoding = QLatin1String(bom.charset);
            return result;
        }
    }
    if (looksBinary(bytes)) {
        result.error = QCoreApplication::translate("TextDecoder",
                                                   "The file is not text (it holds binary data).");
        return result;
    }
    // Valid UTF-8 is almost never an accident in another charset: trust it first.
    if (isValidUtf8(bytes)) {
        result.text = QString::fromUtf8(bytes);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    QString charset = declaredCharset.trimmed();
    if (charset.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ||
        charset.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0)
        charset.clear(); // declared UTF-8 but is not: the declaration is wrong, detect instead
    if (charset.isEmpty()) {
        charset = detectWithIcu(bytes);
        if (isLatinSingleByte(charset))
            charset.clear();
    }
    if (charset.isEmpty() || meansWindows1252(charset) ||
        (charset.startsWith(QLatin1String("UTF-"), Qt::CaseInsensitive) && hasC1Bytes(bytes)))
        charset = QStringLiteral("windows-1252");
    QByteArray name = charset.toLatin1();
    if (!convert(bytes, name.constData(), &result.text)) {
        // A label ICU does not know ("x-no-such-charset"): fall back rather than fail.
        name = "windows-1252";
        if (!convert(bytes, name.constData(), &result.text)) {
            result.error = QCoreApplication::translate(
                "TextDecoder", "The text encoding could not be recognised.");
            return result;
        }
    }
    result.encoding = displayName(name.constData());
    return result;
}

} // namespace kliping::text
