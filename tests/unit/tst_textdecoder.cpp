// Unit tests of kliping::text::TextDecoder: the fixtures of tests/fixtures/encodings (one
// Indonesian paragraph in each charset, made by make_fixtures.py) decode to exactly the text
// that was written, and binary data is refused with its reason.
#include "text/textdecoder.h"

#include "shareddata.h"

#include <QFile>
#include <QTest>

using kliping::tests::fixturePath;
using kliping::text::DecodedText;
using kliping::text::TextDecoder;

namespace {

// Keep in step with PARAGRAPH and LATIN1_PARAGRAPH of make_fixtures.py.
const QString kParagraph = QStringLiteral(
    "BOGOR \u2013 \u201cKami buka setiap hari, dari pagi sampai malam\u2026\u201d kata Ratna, "
    "pemilik Caf\u00e9 Senja di Jalan Merdeka. Secangkir kopi tubruk dijual Rp 5.000, "
    "sedangkan roti bakar Rp 12.000.\n"
    "Menurut warga, kafe itu ramai sejak dibuka pada awal bulan \u2013 terutama saat akhir "
    "pekan.\n");
const QString kLatin1Paragraph = QStringLiteral(
    "BOGOR - \u00abKami buka setiap hari, dari pagi sampai malam\u00bb, kata Ratna, "
    "pemilik Caf\u00e9 Senja di Jalan Merdeka. Secangkir kopi tubruk dijual Rp 5.000, "
    "sedangkan roti bakar Rp 12.000; suhu ruangan dijaga 24\u00b0C.\n"
    "Menurut warga, kaf\u00e9 itu ramai sejak dibuka pada awal bulan, terutama saat akhir "
    "pekan.\n");

QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(QStringLiteral("encodings/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestTextDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodesFixtures_data();
    void decodesFixtures();
    void declaredCharset_data();
    void declaredCharset();
    void refusesBinary_data();
    void refusesBinary();
    void textIsNotBinary();
    void emptyBytes();
    void mojibakeIsNotUtf8();
};

void TestTextDecoder::decodesFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << "paragraph.utf-8.txt" << kParagraph << "UTF-8";
    QTest::newRow("utf-8 with bom") << "paragraph.utf-8-bom.txt" << kParagraph << "UTF-8";
    QTest::newRow("windows-1252") << "paragraph.windows-1252.txt" << kParagraph << "windows-1252";
    // Latin-1 is read as its superset Windows-1252 (same characters outside the C1 range).
    QTest::newRow("iso-8859-1") << "paragraph.iso-8859-1.txt" << kLatin1Paragraph << "windows-1252";
    QTest::newRow("utf-16le with bom") << "paragraph.utf-16le-bom.txt" << kParagraph << "UTF-16LE";
    QTest::newRow("utf-16be with bom") << "paragraph.utf-16be-bom.txt" << kParagraph << "UTF-16BE";
}

void TestTextDecoder::decodesFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);

    const QByteArray bytes = readFixture(file);
    QVERIFY(!TextDecoder::looksBinary(bytes));
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, expected); // no byte-order mark left, no replacement characters
    QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoder::declaredCharset_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");

    const QString cp1252 = QStringLiteral("paragraph.windows-1252.txt");
    const QString windows1252 = QStringLiteral("windows-1252");
    QTest::newRow("windows-1252 declared") << cp1252 << windows1252 << kParagraph << windows1252;
    // Pages labelled Latin-1 or ASCII are written in Windows-1252 in practice.
    QTest::newRow("labelled iso-8859-1") << cp1252 << "ISO-8859-1" << kParagraph << windows1252;
    QTest::newRow("labelled latin1") << cp1252 << "latin1" << kParagraph << windows1252;
    QTest::newRow("labelled us-ascii") << cp1252 << "us-ascii" << kParagraph << windows1252;
    // A wrong UTF-8 label on Windows-1252 bytes: the label is ignored.
    QTest::newRow("wrongly labelled utf-8") << cp1252 << "UTF-8" << kParagraph << windows1252;
    // A label ICU does not know: read as Windows-1252, and say so.
    QTest::newRow("unknown label") << cp1252 << "x-no-such-charset" << kParagraph << windows1252;
    // Valid UTF-8 wins over a label that says otherwise.
    QTest::newRow("utf-8 labelled windows-1252")
        << "paragraph.utf-8.txt" << windows1252 << kParagraph << "UTF-8";
    // A byte-order mark wins over any label.
    QTest::newRow("bom over label") << "paragraph.utf-16le-bom.txt"
                                    << "ISO-8859-1" << kParagraph << "UTF-16LE";
}

void TestTextDecoder::declaredCharset()
{
    QFETCH(QString, file);
    QFETCH(QString, declared);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);

    const DecodedText decoded = TextDecoder::decode(readFixture(file), declared);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, expected);
    QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoder::refusesBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("png") << readFixture(QStringLiteral("image.png"));
    QTest::newRow("nul in text") << QByteArray("Polres Bogor\0\0\0\x01\x02 meresmikan", 29);
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls += char(i % 2 ? 'a' : '\x03');
    QTest::newRow("control characters") << controls;
}

void TestTextDecoder::refusesBinary()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(TextDecoder::looksBinary(bytes));
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(QLatin1String("binary"), Qt::CaseInsensitive),
             qPrintable(decoded.error));
    QVERIFY(decoded.text.isEmpty());
}

void TestTextDecoder::textIsNotBinary()
{
    // Tabs, form feeds and CR LF line ends are ordinary in text files.
    QVERIFY(!TextDecoder::looksBinary("Judul\r\n\tParagraf satu.\f\r\nParagraf dua.\r\n"));
    // A UTF-16 text is full of NUL bytes, but its byte-order mark says what it is.
    QVERIFY(!TextDecoder::looksBinary(readFixture(QStringLiteral("paragraph.utf-16be-bom.txt"))));
    QVERIFY(!TextDecoder::looksBinary(QByteArray()));
}

void TestTextDecoder::emptyBytes()
{
    // Refusing an empty file is the reader's job; the decoder just returns no text.
    const DecodedText decoded = TextDecoder::decode(QByteArray());
    QVERIFY(decoded.ok());
    QVERIFY(decoded.text.isEmpty());
    const DecodedText bomOnly = TextDecoder::decode(QByteArray("\xEF\xBB\xBF"));
    QVERIFY(bomOnly.ok());
    QVERIFY(bomOnly.text.isEmpty());
}

void TestTextDecoder::mojibakeIsNotUtf8()
{
    // UTF-8 read once as Windows-1252 and saved again ("â€œ" for a curly quote) is valid UTF-8:
    // it is kept as it is, not "repaired" behind the user's back.
    const QString mojibake = QString::fromLatin1(kParagraph.toUtf8());
    const DecodedText decoded = TextDecoder::decode(mojibake.toUtf8());
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.text, mojibake);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
