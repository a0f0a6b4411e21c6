// Turns the bytes a user gave into Unicode text: byte-order marks first, then a charset the
// document declares, then ICU's charset detection. Refuses what is not text, with the reason.
#pragma once

#include <QByteArray>
#include <QString>

namespace kliping::text {

struct DecodedText {
    QString text;
    QString encoding; // the name of the charset the bytes were read as, e.g. "UTF-8"
    QString error;    // empty when decoding worked; otherwise what went wrong, for the user
    bool ok() const { return error.isEmpty(); }
};

class TextDecoder {
public:
    // declaredCharset: what the container says (HTTP header, <meta charset>), or empty.
    static DecodedText decode(const QByteArray &bytes, const QString &declaredCharset = {});

    // True when the bytes look like a binary file (NUL bytes outside a UTF-16/32 text,
    // or many control characters).
    static bool looksBinary(const QByteArray &bytes);

    // False when the bytes say themselves how to read them (a byte-order mark, or valid UTF-8):
    // then a declared charset is not needed, and a parser may skip looking for one.
    static bool needsDeclaredCharset(const QByteArray &bytes);
    // True for valid UTF-8 without a byte-order mark: decode() would return it as it is.
    static bool isPlainUtf8(const QByteArray &bytes);
};

} // namespace kliping::text
