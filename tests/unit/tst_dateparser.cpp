// Unit tests of kliping::text::DateParser: every date format Indonesian news pages print, read to
// the exact UTC instant and the zone as printed, and the texts that must not be read as dates.
#include "text/dateparser.h"

#include <QTest>

#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>

using kliping::text::DateParser;
using kliping::text::ParsedDate;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

class TestDateParser : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void find_data();
    void find();
    void findNothing_data();
    void findNothing();
    void weekdayMismatch_data();
    void weekdayMismatch();
    void icuNamesAreInTheLexicon();
    void agreesWithIcuOnTheINewsHeader();
};

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("hasTime");

    // Long headers, as iNews and others print them.
    QTest::newRow("inews header") << "Sabtu, 28 November 2026 - 10:15 WIB"
                                  << utc(2026, 11, 28, 3, 15) << "WIB" << true;
    QTest::newRow("with seconds") << "Selasa, 10 Maret 2026 - 14:20:00 WIB"
                                  << utc(2026, 3, 10, 7, 20) << "WIB" << true;
    QTest::newRow("upper case") << "SABTU, 28 NOVEMBER 2026 - 10:15 WIB" << utc(2026, 11, 28, 3, 15)
                                << "WIB" << true;
    QTest::newRow("nbsp and spaces")
        << QStringLiteral("  Sabtu,\u00a028 November 2026\u00a0-\u00a010:15 WIB ")
        << utc(2026, 11, 28, 3, 15) << "WIB" << true;
    // Numeric, day first.
    QTest::newRow("d/m/y") << "28/11/2026" << utc(2026, 11, 27, 17) << "" << false;
    QTest::newRow("d-m-y") << "28-11-2026" << utc(2026, 11, 27, 17) << "" << false;
    QTest::newRow("d.m.y") << "28.11.2026" << utc(2026, 11, 27, 17) << "" << false;
    QTest::newRow("single digits") << "5/3/2026" << utc(2026, 3, 4, 17) << "" << false;
    QTest::newRow("ambiguous is d/m") << "06/05/2025" << utc(2025, 5, 5, 17) << "" << false;
    QTest::newRow("weekday in parens")
        << "Senin (27/11/2023)" << utc(2023, 11, 26, 17) << "" << false;
    QTest::newRow("weekday, numeric, time")
        << "Senin, 27/11/2023 13:05 WIB" << utc(2023, 11, 27, 6, 5) << "WIB" << true;
    QTest::newRow("numeric, time")
        << "28/11/2026, 10:15 WIB" << utc(2026, 11, 28, 3, 15) << "WIB" << true;
    // Labels in front.
    QTest::newRow("diperbarui") << "Diperbarui 17 Jun 2025, 17:00 WIB" << utc(2025, 6, 17, 10)
                                << "WIB" << true;
    QTest::newRow("kompas") << "Kompas.com - 19/06/2025, 09:12 WIB" << utc(2025, 6, 19, 2, 12)
                            << "WIB" << true;
    QTest::newRow("kompas, no space")
        << "Kompas.com- 19/06/2025, 09:12 WIB" << utc(2025, 6, 19, 2, 12) << "WIB" << true;
    QTest::newRow("dipublikasikan")
        << "Dipublikasikan: Rabu, 18 Juni 2025" << utc(2025, 6, 17, 17) << "" << false;
    QTest::newRow("diterbitkan") << "Diterbitkan 18 Juni 2025 pukul 07.30 WIB"
                                 << utc(2025, 6, 18, 0, 30) << "WIB" << true;
    QTest::newRow("terbit") << "Terbit: 18/06/2025" << utc(2025, 6, 17, 17) << "" << false;
    QTest::newRow("update") << "Update: 18 Jun 2025 09:00" << utc(2025, 6, 18, 2) << "" << true;
    QTest::newRow("publish") << "Publish 18-06-2025 09:00 WIB" << utc(2025, 6, 18, 2) << "WIB"
                             << true;
    QTest::newRow("published") << "Published June 19, 2025" << utc(2025, 6, 18, 17) << "" << false;
    // Dot between hours and minutes.
    QTest::newRow("dot time") << "19 Juni 2025 | 08.18 WIB" << utc(2025, 6, 19, 1, 18) << "WIB"
                              << true;
    QTest::newRow("pukul") << "Kamis, 19 Juni 2025 pukul 10.15 WIB" << utc(2025, 6, 19, 3, 15)
                           << "WIB" << true;
    // The three Indonesian zones.
    QTest::newRow("wita") << "Rabu, 18 Jun 2025 14:05 WITA" << utc(2025, 6, 18, 6, 5) << "WITA"
                          << true;
    QTest::newRow("wit") << "Rabu, 18 Jun 2025 14:05 WIT" << utc(2025, 6, 18, 5, 5) << "WIT"
                         << true;
    QTest::newRow("wib, no weekday")
        << "18 Jun 2025 14:05 WIB" << utc(2025, 6, 18, 7, 5) << "WIB" << true;
    QTest::newRow("lower case zone")
        << "18 Jun 2025 14:05 wita" << utc(2025, 6, 18, 6, 5) << "WITA" << true;
    // English.
    QTest::newRow("english m d, y") << "June 19, 2025" << utc(2025, 6, 18, 17) << "" << false;
    QTest::newRow("english d m y time")
        << "19 June 2025 08:18" << utc(2025, 6, 19, 1, 18) << "" << true;
    QTest::newRow("english weekday")
        << "Thursday, June 19, 2025 8:18 PM" << utc(2025, 6, 19, 13, 18) << "" << true;
    QTest::newRow("english ordinal") << "June 19th, 2025" << utc(2025, 6, 18, 17) << "" << false;
    QTest::newRow("12 am") << "June 19, 2025 12:05 am" << utc(2025, 6, 18, 17, 5) << "" << true;
    // Every month, long and abbreviated, Indonesian and English.
    const char *const months[][4] = {
        {"Januari", "January", "Jan", nullptr},   {"Februari", "February", "Feb", "Pebruari"},
        {"Maret", "March", "Mar", nullptr},       {"April", "Apr", nullptr, nullptr},
        {"Mei", "May", nullptr, nullptr},         {"Juni", "June", "Jun", nullptr},
        {"Juli", "July", "Jul", nullptr},         {"Agustus", "August", "Agu", "Ags"},
        {"September", "Sep", "Sept", nullptr},    {"Oktober", "October", "Okt", "Oct"},
        {"November", "Nov", "Nopember", nullptr}, {"Desember", "December", "Des", "Dec"},
    };
    for (int m = 0; m < 12; ++m) {
        for (const char *name : months[m]) {
            if (!name)
                continue;
            QTest::addRow("month %s", name) << QStringLiteral("3 %1 2025").arg(QLatin1String(name))
                                            << utc(2025, m + 1, 2, 17) << "" << false;
        }
    }
    QTest::newRow("aug") << "3 Aug 2025" << utc(2025, 8, 2, 17) << "" << false;
    QTest::newRow("abbrev with dot") << "3 Sept. 2025" << utc(2025, 9, 2, 17) << "" << false;
    QTest::newRow("jum'at") << "Jum'at, 20 Juni 2025" << utc(2025, 6, 19, 17) << "" << false;
    QTest::newRow("jum’at") << QStringLiteral("Jum\u2019at, 20 Juni 2025") << utc(2025, 6, 19, 17)
                            << "" << false;
    QTest::newRow("ahad") << "Ahad, 22 Juni 2025" << utc(2025, 6, 21, 17) << "" << false;
    QTest::newRow("29 feb leap year") << "29/02/2024" << utc(2024, 2, 28, 17) << "" << false;
    QTest::newRow("year 1900") << "1/1/1900" << utc(1899, 12, 31, 17) << "" << false;
    QTest::newRow("year 2100") << "31/12/2100" << utc(2100, 12, 30, 17) << "" << false;
    // ISO 8601.
    QTest::newRow("iso date") << "2025-06-19" << utc(2025, 6, 18, 17) << "" << false;
    QTest::newRow("iso minutes") << "2025-06-19T09:12" << utc(2025, 6, 19, 2, 12) << "" << true;
    QTest::newRow("iso offset") << "2025-06-19T09:12:00+07:00" << utc(2025, 6, 19, 2, 12)
                                << "+07:00" << true;
    QTest::newRow("iso offset wita")
        << "2025-06-19T10:12:00+0800" << utc(2025, 6, 19, 2, 12) << "+08:00" << true;
    QTest::newRow("iso z") << "2025-06-19T02:12:00Z" << utc(2025, 6, 19, 2, 12) << "UTC" << true;
    QTest::newRow("iso fraction") << "2025-06-19T02:12:30.250Z" << utc(2025, 6, 19, 2, 12, 30)
                                  << "UTC" << true;
    QTest::newRow("iso negative") << "2025-06-18T22:12:00-04:00" << utc(2025, 6, 19, 2, 12)
                                  << "-04:00" << true;
    QTest::newRow("iso, space, zone")
        << "2025-06-19 09:12 WIB" << utc(2025, 6, 19, 2, 12) << "WIB" << true;
    QTest::newRow("iso, space, seconds")
        << "2025-06-19 09:12:45" << utc(2025, 6, 19, 2, 12, 45) << "" << true;
    QTest::newRow("utc offset") << "19/06/2025 09:12 UTC+7" << utc(2025, 6, 19, 2, 12) << "+07:00"
                                << true;
    QTest::newRow("gmt") << "19 Jun 2025 02:12 GMT" << utc(2025, 6, 19, 2, 12) << "GMT" << true;
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(QString, zone);
    QFETCH(bool, hasTime);

    const std::optional<ParsedDate> date = DateParser::parse(text);
    QVERIFY2(date.has_value(), qPrintable(QStringLiteral("not read: \"%1\"").arg(text)));
    QCOMPARE(date->utc, expected);
    QCOMPARE(date->utc.timeSpec(), Qt::UTC);
    QCOMPARE(date->zone, zone);
    QCOMPARE(date->hasTime, hasTime);
    QVERIFY(!date->weekdayMismatch);
    // The span covers the date itself, not a label in front or spaces around it.
    QVERIFY(date->start >= 0 && date->length > 0);
    QVERIFY(date->start + date->length <= text.size());
    QVERIFY(!text.at(date->start).isSpace());
    QVERIFY(!text.at(date->start + date->length - 1).isSpace());
}

void TestDateParser::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("31 feb") << "31/02/2025";
    QTest::newRow("29 feb, not leap") << "29/02/2025";
    QTest::newRow("31 april") << "31 April 2025";
    QTest::newRow("31 juni") << "Senin, 31 Juni 2025";
    QTest::newRow("month 13") << "12/13/2025";
    QTest::newRow("day 0") << "0/12/2025";
    QTest::newRow("m/d/y is not guessed") << "6/19/2025 08:18";
    QTest::newRow("m/d/y, christmas") << "12/25/2025";
    QTest::newRow("year 1899") << "28/11/1899";
    QTest::newRow("year 2101") << "28/11/2101";
    QTest::newRow("iso year 1899") << "1899-12-31";
    QTest::newRow("iso month 13") << "2025-13-01";
    QTest::newRow("two-digit year") << "27/11/23";
    QTest::newRow("no year") << "Senin (27/11)";
    QTest::newRow("month and year") << "Juni 2025";
    QTest::newRow("mixed separators") << "28/11-2026";
    QTest::newRow("just a number") << "2025";
    QTest::newRow("money") << "Rp 5.000";
    QTest::newRow("big money") << "Rp 12.500.000";
    QTest::newRow("phone") << "0812-3456-7890";
    QTest::newRow("a time") << "08.18 WIB";
    QTest::newRow("decimal") << "19.06";
    QTest::newRow("longer number") << "128/11/2026";
    QTest::newRow("year runs on") << "28/11/20261";
    QTest::newRow("path-like") << "28/11/2026/5";
    QTest::newRow("unknown month") << "28 Foo 2026";
    QTest::newRow("sentence around") << "Acara digelar 28/11/2026 di Jakarta";
    QTest::newRow("unknown label") << "Ditulis oleh Budi 28/11/2026";
    QTest::newRow("bad time") << "28/11/2026 25:99";
    QTest::newRow("trailing text") << "28/11/2026 WIB malam";
    QTest::newRow("unclosed parens") << "Senin (27/11/2023";
    QTest::newRow("13 pm") << "June 19, 2025 13:05 PM";
    QTest::newRow("prose with numbers")
        << "Sebanyak 1.250 personel dikerahkan, 45 di antaranya dari Polres 12";
}

void TestDateParser::rejects()
{
    QFETCH(QString, text);
    const std::optional<ParsedDate> date = DateParser::parse(text);
    QVERIFY2(!date.has_value(),
             qPrintable(QStringLiteral("\"%1\" read as %2")
                            .arg(text, date ? date->utc.toString(Qt::ISODate) : QString())));
}

void TestDateParser::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // the text the span covers
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("zone");

    QTest::newRow("event date in a sentence")
        << "Kapolres meninjau lokasi pada Senin (27/11/2023) siang."
        << "Senin (27/11/2023)" << utc(2023, 11, 26, 17) << "";
    QTest::newRow("dateline") << "Kompas.com - 19/06/2025, 09:12 WIB - Polisi menangkap dua orang."
                              << "19/06/2025, 09:12 WIB" << utc(2025, 6, 19, 2, 12) << "WIB";
    QTest::newRow("prose date and pukul")
        << "Rapat digelar pada 27 November 2023 pukul 10.15 WIB di Mapolres."
        << "27 November 2023 pukul 10.15 WIB" << utc(2023, 11, 27, 3, 15) << "WIB";
    QTest::newRow("money is not a time") << "Pada 19 Juni 2025, 12.000 warga hadir."
                                         << "19 Juni 2025" << utc(2025, 6, 18, 17) << "";
    QTest::newRow("skips an impossible date") << "Tertulis 31/02/2025, padahal 28/02/2025."
                                              << "28/02/2025" << utc(2025, 2, 27, 17) << "";
    QTest::newRow("skips numbers first")
        << "Sebanyak 1.250 personel, Rp 5.000, lalu 2025-06-19T09:12:00+07:00."
        << "2025-06-19T09:12:00+07:00" << utc(2025, 6, 19, 2, 12) << "+07:00";
    QTest::newRow("first of two") << "Rabu (18/6/2025) dan Kamis (19/6/2025)"
                                  << "Rabu (18/6/2025)" << utc(2025, 6, 17, 17) << "";
    QTest::newRow("wita in text") << "Makassar, Rabu, 18 Jun 2025 14:05 WITA."
                                  << "Rabu, 18 Jun 2025 14:05 WITA" << utc(2025, 6, 18, 6, 5)
                                  << "WITA";
}

void TestDateParser::find()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(QDateTime, expected);
    QFETCH(QString, zone);

    const std::optional<ParsedDate> date = DateParser::find(text);
    QVERIFY(date.has_value());
    QCOMPARE(text.mid(date->start, date->length), found);
    QCOMPARE(date->utc, expected);
    QCOMPARE(date->zone, zone);
    QVERIFY(!date->weekdayMismatch);
}

void TestDateParser::findNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("numbers only")
        << "Sebanyak 1.250 personel, Rp 5.000.000, nomor 0812-3456-7890, pukul 08.18 WIB.";
    QTest::newRow("m/d/y") << "Dokumen bertanggal 6/19/2025 beredar.";
    QTest::newRow("impossible") << "Tanggal 31/02/2025 tidak ada.";
    QTest::newRow("article number") << "Pasal 12/2025 dan UU 11/2020.";
}

void TestDateParser::findNothing()
{
    QFETCH(QString, text);
    QVERIFY(!DateParser::find(text).has_value());
}

void TestDateParser::weekdayMismatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QDateTime>("expected");

    // 28 Nov 2023 is a Tuesday.
    QTest::newRow("numeric") << "Senin, 28/11/2023"
                             << "Senin, 28/11/2023" << utc(2023, 11, 27, 17);
    // 28 Nov 2026 is a Saturday.
    QTest::newRow("long header") << "Jumat, 28 November 2026 - 10:15 WIB"
                                 << "Jumat, 28 November 2026 - 10:15 WIB"
                                 << utc(2026, 11, 28, 3, 15);
    // A year typo: 20 Oct 2025 is the Monday the writer meant.
    QTest::newRow("in a sentence") << "Rapat digelar Senin (20/10/2026) di Mapolres."
                                   << "Senin (20/10/2026)" << utc(2026, 10, 19, 17);
}

// A weekday that contradicts the date is reported; the date is kept as printed, because in real
// pages the typo is as often in the day or the year as in the weekday.
void TestDateParser::weekdayMismatch()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(QDateTime, expected);

    const auto date = DateParser::find(text);
    QVERIFY(date.has_value());
    QCOMPARE(text.mid(date->start, date->length), found);
    QCOMPARE(date->utc, expected);
    QVERIFY(date->weekdayMismatch);
    if (text == found) {
        const auto parsed = DateParser::parse(text);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->weekdayMismatch);
        QCOMPARE(parsed->utc, expected);
    }
}

// The lexicon's names must cover what ICU knows for id_ID, so that pages generated with ICU or
// CLDR data (as many CMSs are) read back.
void TestDateParser::icuNamesAreInTheLexicon()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icu::Locale("id", "ID"), status);
    QVERIFY(U_SUCCESS(status));
    int32_t count = 0;
    const icu::UnicodeString *months = symbols.getMonths(count);
    QCOMPARE(count, 12);
    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("3 %1 2025").arg(fromIcu(months[i]));
        const auto date = DateParser::parse(text);
        QVERIFY2(date && date->utc == utc(2025, i + 1, 2, 17), qPrintable(text));
    }
    const icu::UnicodeString *shortMonths = symbols.getShortMonths(count);
    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("3 %1 2025").arg(fromIcu(shortMonths[i]));
        const auto date = DateParser::parse(text);
        QVERIFY2(date && date->utc == utc(2025, i + 1, 2, 17), qPrintable(text));
    }
    // ICU numbers weekdays 1 = Sunday; 1-7 June 2025 runs Sunday to Saturday.
    const icu::UnicodeString *weekdays = symbols.getWeekdays(count);
    QCOMPARE(count, 8);
    for (int i = 1; i < count; ++i) {
        const QString text = QStringLiteral("%1, %2/06/2025").arg(fromIcu(weekdays[i])).arg(i);
        const auto date = DateParser::parse(text);
        QVERIFY2(date && !date->weekdayMismatch, qPrintable(text));
    }
}

// The research notes parse the iNews header with ICU; both must agree on the instant.
void TestDateParser::agreesWithIcuOnTheINewsHeader()
{
    const QString header = QStringLiteral("Sabtu, 28 November 2026 - 10:15 WIB");
    UErrorCode status = U_ZERO_ERROR;
    icu::SimpleDateFormat format(icu::UnicodeString(u"EEEE, d MMMM yyyy - HH:mm"),
                                 icu::Locale("id", "ID"), status);
    QVERIFY(U_SUCCESS(status));
    format.adoptTimeZone(icu::TimeZone::createTimeZone(icu::UnicodeString(u"Asia/Jakarta")));
    const QString withoutZone = header.left(header.lastIndexOf(u' '));
    const UDate icuMillis =
        format.parse(icu::UnicodeString(reinterpret_cast<const char16_t *>(withoutZone.utf16()),
                                        int32_t(withoutZone.size())),
                     status);
    QVERIFY(U_SUCCESS(status));
    const auto date = DateParser::parse(header);
    QVERIFY(date.has_value());
    QCOMPARE(date->utc.toMSecsSinceEpoch(), qint64(icuMillis));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
