// Unit tests of the second round of analysis rules, each on sentences written for these tests:
// where a person's name starts inside a capitalised run (a given name, a word the article uses
// alone for the speaker, a place or an office before it), people listed beside a person, a single
// name after "ROLE,", acronyms that are organisations, streets and buildings that are not people,
// a writer's signature, -nya quotes going to the subject of the narration before them, a subject
// parted from its verb by a clause, quoted titles, and cheap construction of Analyzers.
#include "analysis/analyzer.h"
#include "analysis/lexicon.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kliping;
using namespace kliping::analysis;

namespace {

Analysis analyze(const QString &body)
{
    static const Analyzer analyzer;
    ingest::Article article;
    article.body = body;
    return analyzer.analyze(article);
}

bool hasPerson(const Analysis &a, const QString &name)
{
    for (const Person &p : a.people) {
        if (p.name == name)
            return true;
    }
    return false;
}

const Quote *findQuote(const Analysis &a, const QString &start)
{
    for (const Quote &q : a.quotes) {
        if (q.text.startsWith(start))
            return &q;
    }
    return nullptr;
}

} // namespace

class TestAnalysisRules : public QObject {
    Q_OBJECT

private slots:
    void roleOnlySpeakerWithAnUnknownPlace()
    {
        // "Sukamaju" is in no place list: the title as written still names its holder.
        const Analysis a = analyze(QStringLiteral(
            "Kapolres Sukamaju Kota AKBP Darmawan Putra meresmikan pos pelayanan di terminal.\n\n"
            "\"Pos ini buka dua puluh empat jam untuk warga,\" kata Kapolres Sukamaju Kota."));
        const Quote *q = findQuote(a, QStringLiteral("Pos ini buka"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Darmawan Putra"));
        QCOMPARE(q->speakerMention, QStringLiteral("Kapolres Sukamaju Kota"));
    }

    void honorificAfterRoleCommaAndPronounStatement()
    {
        // "ROLE, Hj NAME," binds the position; "Dia berharap ..." is the subject just named,
        // not the last person quoted.
        const Analysis a = analyze(QStringLiteral(
            "\"Kami siap membantu,\" kata Kapolsek Cempaka AKP Rudi Hartawan.\n\n"
            "Wakil Bupati Lebak, Hj Ratna Sari Dewi, menyambut baik langkah tersebut. Dia "
            "berharap pos serupa dibuka di kecamatan lain."));
        const Person *ratna = nullptr;
        for (const Person &p : a.people)
            if (p.name == QLatin1String("Ratna Sari Dewi"))
                ratna = &p;
        QVERIFY(ratna);
        QVERIFY(!ratna->roles.isEmpty());
        QCOMPARE(ratna->roles.first().title, QStringLiteral("Wakil Bupati Lebak"));
        QVERIFY(ratna->titles.contains(QStringLiteral("Hj")) || ratna->titles.contains(QStringLiteral("Hj.")));
        const Quote *q = findQuote(a, QStringLiteral("pos serupa"));
        QVERIFY(q);
        QCOMPARE(q->kind, QuoteKind::Indirect);
        QCOMPARE(q->speaker, QStringLiteral("Ratna Sari Dewi"));
    }

    void nameStartsAtWordUsedAloneForSpeaker()
    {
        // "Sinarta" is an unknown organisation word; "Wirandha" is how the article calls her.
        const Analysis a = analyze(QStringLiteral(
            "Kepala Humas Sinarta Wirandha Kusumaningtyas mengatakan kegiatan kampus berjalan "
            "normal. Mahasiswa Sinarta tetap belajar dari rumah.\n\n"
            "\u201CKami memantau semua fakultas setiap hari,\u201D kata Wirandha."));
        QVERIFY(hasPerson(a, QStringLiteral("Wirandha Kusumaningtyas")));
        const Quote *q = findQuote(a, QStringLiteral("Kami memantau"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Wirandha Kusumaningtyas"));
    }

    void placeBeforeGivenNameIsNotPartOfTheName()
    {
        const Analysis a = analyze(QStringLiteral(
            "\u201CAir sudah surut sejak pagi tadi,\u201D kata Koordinator Pos SAR Boyolali Wisnu "
            "Hartaningrat kepada wartawan."));
        const Quote *q = findQuote(a, QStringLiteral("Air sudah surut"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Wisnu Hartaningrat"));
    }

    void officeNameEndsAfterItsPlace()
    {
        const Analysis a = analyze(QStringLiteral(
            "Kepala Dinas Kesehatan Provinsi Banten Tirta Puspaningrum menjelaskan, vaksin tiba "
            "pekan depan di gudang farmasi."));
        QVERIFY(hasPerson(a, QStringLiteral("Tirta Puspaningrum")));
    }

    void organisationWordsBreakAName()
    {
        const Analysis a = analyze(QStringLiteral(
            "Ekonom Sentosa Institute Harun Wiratmaja menilai harga pangan masih tinggi bulan ini."));
        QVERIFY(hasPerson(a, QStringLiteral("Harun Wiratmaja")));
        QVERIFY(!hasPerson(a, QStringLiteral("Sentosa Institute Harun Wiratmaja")));
    }

    void enumeratedPeopleBesideAPerson()
    {
        const Analysis a = analyze(QStringLiteral(
            "Rapat itu dihadiri anggota dewan, di antaranya Rimbun Sitompul, Galih Paramarta, dan "
            "Wakil Ketua DPRD Kendal Sarwo Adinegoro."));
        QVERIFY(hasPerson(a, QStringLiteral("Rimbun Sitompul")));
        QVERIFY(hasPerson(a, QStringLiteral("Galih Paramarta")));
        QVERIFY(hasPerson(a, QStringLiteral("Sarwo Adinegoro")));
    }

    void singleNameAfterRoleAndComma()
    {
        const Analysis a = analyze(QStringLiteral(
            "Peresmian pasar itu dihadiri Wali Kota Jakarta Utara, Marzuandi."));
        QVERIFY(hasPerson(a, QStringLiteral("Marzuandi")));
    }

    void acronymAfterRoleIsAnOrganisation()
    {
        const Analysis a = analyze(QStringLiteral(
            "Ketua DPP partai itu belum memberi keterangan. Anggota LSM setempat ikut hadir."));
        QVERIFY(!hasPerson(a, QStringLiteral("DPP")));
        QVERIFY(!hasPerson(a, QStringLiteral("LSM")));
    }

    void streetsAndBuildingsAreNotPeople()
    {
        const Analysis a = analyze(QStringLiteral(
            "Kebakaran terjadi di Jalan Kenanga Raya Baru, dekat Gedung Sapta Pesona, Senin malam. "
            "Pameran digelar di Taman Adiwangsa Purnama."));
        QVERIFY(!hasPerson(a, QStringLiteral("Kenanga Raya Baru")));
        QVERIFY(!hasPerson(a, QStringLiteral("Sapta Pesona")));
        QVERIFY(!hasPerson(a, QStringLiteral("Adiwangsa Purnama")));
    }

    void signatureIsNotAPerson()
    {
        const Analysis a = analyze(QStringLiteral(
            "Warga membersihkan saluran air bersama petugas kelurahan.\n\n(Dimas Prawirotaruno)"));
        QVERIFY(!hasPerson(a, QStringLiteral("Dimas Prawirotaruno")));
    }

    void nyaQuoteGoesToTheSubjectBeforeIt()
    {
        const Analysis a = analyze(QStringLiteral(
            "\u201CStok beras cukup sampai akhir tahun,\u201D kata Kepala Bulog Tirtayasa Gunadi.\n\n"
            "Direktur Eksekutif Lembaga Pangan Nusantara Sekar Ayuningtyas mengingatkan harga bisa "
            "naik saat musim hujan.\n\n"
            "\u201CPemerintah perlu menyiapkan cadangan di setiap provinsi,\u201D ujarnya."));
        const Quote *q = findQuote(a, QStringLiteral("Pemerintah perlu"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Sekar Ayuningtyas"));
    }

    void passiveSubjectDoesNotSpeak()
    {
        const Analysis a = analyze(QStringLiteral(
            "\u201CPelapor sudah kami periksa minggu lalu,\u201D kata Kasat Reskrim Polres Barru AKP "
            "Rendra Wijanarko.\n\n"
            "Terlapor Joni Sumarsana juga dipanggil untuk dimintai keterangan.\n\n"
            "\u201CKami akan gelar perkara setelah semua saksi hadir,\u201D ujarnya."));
        const Quote *q = findQuote(a, QStringLiteral("Kami akan gelar"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Rendra Wijanarko"));
    }

    void subjectPartedFromVerbByAClause()
    {
        const Analysis a = analyze(QStringLiteral(
            "Kepala Bidang Humas Polda Jawa Tengah Kombes Sutrisna Aryawan, saat ditemui di "
            "Semarang, Senin, mengatakan, patroli malam ditambah selama libur panjang."));
        bool found = false;
        for (const Quote &q : a.quotes) {
            if (q.kind == QuoteKind::Indirect && q.text.startsWith(QStringLiteral("patroli malam")))
                found = q.speaker == QStringLiteral("Sutrisna Aryawan");
        }
        QVERIFY(found);
    }

    void quotedTitleBeforeLeadInVerbIsNotSpeech()
    {
        const Analysis a = analyze(QStringLiteral(
            "Laporan berjudul \u201DPeta Usaha Kecil di Desa\u201D menyebutkan, jumlah usaha kecil naik."));
        QVERIFY(!findQuote(a, QStringLiteral("Peta Usaha Kecil")));
    }

    void lexiconKnowsGivenNamesAndSites()
    {
        const auto lexicon = Lexicon::builtIn();
        QVERIFY(lexicon->isGivenName(QStringLiteral("wisnu")));
        QVERIFY(lexicon->isSiteWord(QStringLiteral("jalan")));
        QVERIFY(lexicon->isNotName(QStringLiteral("institute")));
        const QList<QString> keys{QStringLiteral("boyolali")};
        QVERIFY(lexicon->matchPlace(keys, 0).isValid());
    }

    void secondAnalyzerIsCheap()
    {
        // The lexicon, the sentence splitter and hunspell are loaded once per process: a second
        // Analyzer shares them (this is what ArticleImporter relies on, one Analyzer per import).
        const Analyzer first;
        const Analyzer second;
        QCOMPARE(&first.lexicon(), &second.lexicon());
        QCOMPARE(&first.sentenceSplitter(), &second.sentenceSplitter());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRules)
#include "tst_analysisrules.moc"
