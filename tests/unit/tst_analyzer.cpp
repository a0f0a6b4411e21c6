// Unit tests of the analysis rules on a short article written for these tests: role-only
// speakers resolved through the office-holder map, apposition, a misspelt name, an institution
// alias, a glued word, a quoted term that is not a quote, Kompas-style marks, -nya attribution
// and a quote over two paragraphs.
#include "analysis/analyzer.h"
#include "analysis/lexicon.h"

#include <QTemporaryFile>
#include <QTest>

using namespace kliping;
using namespace kliping::analysis;

namespace {

const QString body = QStringLiteral(
    "Kapolres Metro Tangerang Kota Kombes Rudi Hartono Saputra menyatakan program Wilayah Bebas "
    "Korupsi merupakan arahan dari Menpan RB.\n\n"
    "\u201CKami tidak dapat berjalan sendirian, kami butuh dukungan semua warga,\u201D kata "
    "Kapolres Metro Tangerang Kota.\n\n"
    "Sementara itu, H Sachrudin, Wakil Walikota Tangerang, menyatakan mendukung program itu di "
    "Polrestro Tangerang Kota.\n\n"
    "\u201CSaya sangat mendukung langkah ini demi pelayanan yang lebih baik,\u201D ujar Wakil "
    "Wali Kota Tangerang.\n\n"
    "Sacrudin juga menegaskantidak ada pungutan liar dalam pelayanan tersebut.\n\n"
    "Para pegawai menyebut program itu \u201CZona Integritas\u201D sejak awal tahun.\n\n"
    "\u201DKami akan terus memperbaiki layanan untuk warga kota,\u201D ujarnya.\n\n"
    "\u201CPelayanan harus cepat dan ramah kepada semua orang yang datang.\n\n"
    "\u201CTidak boleh ada lagi keluhan soal antrean panjang di loket,\u201D kata Rudi.");

const Quote *findQuote(const Analysis &a, const QString &start)
{
    for (const Quote &q : a.quotes) {
        if (q.text.startsWith(start))
            return &q;
    }
    return nullptr;
}

const Person *findPerson(const Analysis &a, const QString &name)
{
    for (const Person &p : a.people) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestAnalyzer : public QObject {
    Q_OBJECT

private:
    Analysis m_analysis;

private slots:
    void initTestCase()
    {
        const Analyzer analyzer;
        ingest::Article article;
        article.body = body;
        article.byline = QStringLiteral("Andi Wijaya");
        m_analysis = analyzer.analyze(article);
    }

    void roleOnlySpeakerResolvesThroughOfficeHolder()
    {
        const Quote *q = findQuote(m_analysis, QStringLiteral("Kami tidak dapat"));
        QVERIFY(q);
        QCOMPARE(q->kind, QuoteKind::Direct);
        QCOMPARE(q->speaker, QStringLiteral("Rudi Hartono Saputra"));
        QCOMPARE(q->speakerMention, QStringLiteral("Kapolres Metro Tangerang Kota"));
        QVERIFY(q->confidence > 0.5);
    }

    void offsetsSliceTheBody()
    {
        for (const Quote &q : m_analysis.quotes) {
            if (!q.text.contains(u'\n') && !body.mid(q.start, q.end - q.start).contains(u'\n'))
                QCOMPARE(body.mid(q.start, q.end - q.start), q.text);
        }
    }

    void appositionBindsNameAndRole()
    {
        const Person *p = findPerson(m_analysis, QStringLiteral("Sachrudin"));
        QVERIFY(p);
        QVERIFY(p->titles.contains(QStringLiteral("H")));
        QVERIFY(!p->roles.isEmpty());
        QCOMPARE(p->roles.first().title, QStringLiteral("Wakil Walikota Tangerang"));
        const Quote *q = findQuote(m_analysis, QStringLiteral("Saya sangat mendukung"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Sachrudin"));
    }

    void misspeltNameAndGluedWord()
    {
        const Person *p = findPerson(m_analysis, QStringLiteral("Sachrudin"));
        QVERIFY(p);
        QVERIFY(p->aliases.contains(QStringLiteral("Sacrudin")));
        const Quote *q = findQuote(m_analysis, QStringLiteral("tidak ada pungutan liar"));
        QVERIFY(q);
        QCOMPARE(q->kind, QuoteKind::Indirect);
        QCOMPARE(q->speaker, QStringLiteral("Sachrudin"));
        QVERIFY(body.mid(q->start, q->end - q->start).startsWith(QStringLiteral("tidak ada")));
    }

    void indirectStatementWithRoleAndRank()
    {
        const Quote *q = findQuote(m_analysis, QStringLiteral("program Wilayah Bebas Korupsi"));
        QVERIFY(q);
        QCOMPARE(q->kind, QuoteKind::Indirect);
        QCOMPARE(q->speaker, QStringLiteral("Rudi Hartono Saputra"));
        const Person *p = findPerson(m_analysis, QStringLiteral("Rudi Hartono Saputra"));
        QVERIFY(p);
        QVERIFY(p->titles.contains(QStringLiteral("Kombes")));
        QCOMPARE(p->roles.first().institution, QStringLiteral("Polres Metro Tangerang Kota"));
    }

    void institutionAliases()
    {
        const Institution *polres = nullptr;
        const Institution *ministry = nullptr;
        for (const Institution &i : m_analysis.institutions) {
            if (i.name == QLatin1String("Polres Metro Tangerang Kota"))
                polres = &i;
            if (i.acronym == QLatin1String("KemenPAN-RB"))
                ministry = &i;
        }
        QVERIFY(polres);
        QVERIFY(polres->aliases.contains(QStringLiteral("Polrestro Tangerang Kota")));
        QCOMPARE(polres->kind, QStringLiteral("police"));
        QCOMPARE(polres->parent, QStringLiteral("Polda"));
        QVERIFY(ministry);
        QCOMPARE(ministry->kind, QStringLiteral("ministry"));
    }

    void quotedTermIsNotAQuote()
    {
        QVERIFY(!findQuote(m_analysis, QStringLiteral("Zona Integritas")));
    }

    void kompasMarksAndNyaForm()
    {
        const Quote *q = findQuote(m_analysis, QStringLiteral("Kami akan terus"));
        QVERIFY(q);
        QCOMPARE(q->speaker, QStringLiteral("Sachrudin"));
        QCOMPARE(q->speakerMention, QStringLiteral("ujarnya"));
    }

    void quoteOverTwoParagraphs()
    {
        const Quote *q = findQuote(m_analysis, QStringLiteral("Pelayanan harus cepat"));
        QVERIFY(q);
        QVERIFY(q->text.endsWith(QStringLiteral("di loket")));
        QCOMPARE(q->speaker, QStringLiteral("Rudi Hartono Saputra"));
    }

    void writerIsNotAPerson()
    {
        ingest::Article article;
        article.body = QStringLiteral("Laporan ini ditulis oleh Andi Wijaya untuk pembaca.");
        article.byline = QStringLiteral("Andi Wijaya");
        const Analysis a = Analyzer().analyze(article);
        QVERIFY(!findPerson(a, QStringLiteral("Andi Wijaya")));
    }

    void outletInTheDatelineIsNotAPerson()
    {
        // The dateline names the outlet where a name would stand: two capitalised words.
        ingest::Article article;
        article.body = QStringLiteral(
            "SUKAMAJU, Tribun Sukamaju - Pemerintah Kota Sukamaju mulai membangun kolam retensi.\n\n"
            "Wali Kota Sukamaju Hj. Siti Rahmawati mengatakan kolam itu menampung air hujan.");
        article.source = QStringLiteral("Tribun Sukamaju");
        const Analysis a = Analyzer().analyze(article);
        QVERIFY(!findPerson(a, QStringLiteral("Tribun Sukamaju")));
        QVERIFY(findPerson(a, QStringLiteral("Siti Rahmawati")));
    }

    void unresolvedSpeakerStaysEmpty()
    {
        ingest::Article article;
        article.body = QStringLiteral("Warga berkumpul sejak pagi.\n\n"
                                      "\u201CKami menunggu jawaban yang jelas dari kantor,\u201D kata seorang warga.");
        const Analysis a = Analyzer().analyze(article);
        QCOMPARE(a.quotes.size(), 1);
        QVERIFY(a.quotes.first().speaker.isEmpty());
    }

    void userLexiconAddsEntries()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("ranks\tKomandan Regu\tDanru\tpolice\n"
                   "institutions\tBadan Contoh Nasional\tBCN\tagency\t\t\n");
        file.close();
        const Lexicon lexicon(file.fileName());
        QVERIFY(lexicon.errors().isEmpty());
        const QList<QString> keys{QStringLiteral("komandan"), QStringLiteral("regu")};
        QVERIFY(lexicon.matchRank(keys, 0).isValid());
        QVERIFY(lexicon.institutionIndex(QStringLiteral("bcn")) >= 0);
        PositionInfo info;
        QVERIFY(lexicon.composeRole(QStringLiteral("kapolres"), &info));
        QCOMPARE(info.heads, QStringLiteral("Polres"));
        QVERIFY(lexicon.composeRole(QStringLiteral("dandim"), &info));
        QCOMPARE(info.heads, QStringLiteral("Kodim"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
