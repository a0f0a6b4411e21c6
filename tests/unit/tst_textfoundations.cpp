// Unit tests of the text foundations: words, sentences, folding, the dictionary and the repair
// of glued words. The sentences are written for these tests.
#include "text/gluedwordsplitter.h"
#include "text/sentencesplitter.h"
#include "text/spelldictionary.h"
#include "text/textfolding.h"
#include "text/wordsegmenter.h"

#include <QTest>

using namespace kliping::text;

class TestTextFoundations : public QObject {
    Q_OBJECT

private:
    static QStringList words(const QString &s)
    {
        QStringList out;
        for (const WordToken &t : WordSegmenter::segment(s))
            out << s.mid(t.start, t.end - t.start);
        return out;
    }
    static QStringList sentences(const SentenceSplitter &splitter, const QString &s)
    {
        QStringList out;
        for (const TextSpan &span : splitter.split(s))
            out << s.mid(span.start, span.end - span.start);
        return out;
    }

private slots:
    void wordsKeepHyphensApostrophesAndDegrees()
    {
        QCOMPARE(words(QStringLiteral("KemenPAN-RB dan Asy'ari, S.H. menerima Rp1.500")),
                 (QStringList{QStringLiteral("KemenPAN-RB"), QStringLiteral("dan"),
                              QStringLiteral("Asy'ari"), QStringLiteral(","), QStringLiteral("S.H"),
                              QStringLiteral("."), QStringLiteral("menerima"), QStringLiteral("Rp1.500")}));
    }

    void wordOffsetsAreShiftedByBase()
    {
        const QList<WordToken> t = WordSegmenter::segment(u"ab cd", 10);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t.at(1).start, 13);
        QCOMPARE(t.at(1).end, 15);
    }

    void sentencesDoNotBreakAfterTitles()
    {
        const SentenceSplitter splitter;
        const QString text = QStringLiteral(
            "Acara dibuka Kombes Pol. Budi Santoso di aula. Hadir pula Drs. H. Amir Nasution dari "
            "Jl. Merdeka No. 5 kemarin. Semua senang.");
        QCOMPARE(sentences(splitter, text),
                 (QStringList{QStringLiteral("Acara dibuka Kombes Pol. Budi Santoso di aula."),
                              QStringLiteral("Hadir pula Drs. H. Amir Nasution dari Jl. Merdeka No. 5 kemarin."),
                              QStringLiteral("Semua senang.")}));
    }

    void foldingRemovesCaseAndDiacritics()
    {
        QCOMPARE(fold(u"Café NAÏVE"), QStringLiteral("cafe naive"));
        QCOMPARE(compactKey(u"KemenPAN-RB"), compactKey(u"Kemenpan RB"));
        QCOMPARE(fold(u"Jum\u2019at"), QStringLiteral("jum'at"));
    }

    void dictionaryKnowsIndonesian()
    {
        const SpellDictionary dictionary;
        if (!dictionary.isValid())
            QSKIP("hunspell-id is not installed");
        QVERIFY(dictionary.contains(u"menegaskan"));
        QVERIFY(dictionary.contains(u"tidak"));
        QVERIFY(!dictionary.contains(u"menegaskantidak"));
    }

    void gluedWordsAreSplitOnlyWhenUnambiguous()
    {
        const SpellDictionary dictionary;
        if (!dictionary.isValid())
            QSKIP("hunspell-id is not installed");
        const GluedWordSplitter splitter(dictionary);
        QCOMPARE(splitter.splitPoint(u"menegaskantidak"), 10);
        QCOMPARE(splitter.splitPoint(u"mengatakan"), -1);          // a word as it is
        QCOMPARE(splitter.splitPoint(u"Kapolres"), -1);            // capitalised: not glued text
        const auto protectedWord = [](QStringView w) { return w == u"walikota"; };
        QCOMPARE(splitter.splitPoint(u"walikota", protectedWord), -1); // a lexicon word
        QCOMPARE(splitter.nameTailSplitPoint(u"Hartonomengatakan"), 7);
    }
};

QTEST_GUILESS_MAIN(TestTextFoundations)
#include "tst_textfoundations.moc"
