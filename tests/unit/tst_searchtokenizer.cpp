// The FTS5 tokenizer "kliping" and the Indonesian stemmer behind it: stems found by the
// dictionary and by Snowball, colocated tokens, exact phrases, folding, byte offsets.
#include "archive/archive.h"
#include "archive/searchtokenizer.h"
#include "text/indonesianstemmer.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace kliping;
using archive::TokenizeMode;

namespace {

// "word" for a position's first token, "+word" for a colocated one.
QStringList render(const QList<archive::SearchToken> &tokens)
{
    QStringList out;
    for (const auto &t : tokens)
        out << (t.colocated ? QStringLiteral("+") : QString()) + QString::fromUtf8(t.text);
    return out;
}

QStringList tokens(const QString &text, TokenizeMode mode = TokenizeMode::Document)
{
    return render(archive::searchTokens(text, mode));
}

} // namespace

class TestSearchTokenizer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!text::IndonesianStemmer::hasDictionary())
            QSKIP("hunspell-id (/usr/share/hunspell/id_ID.dic) is not installed");
    }

    void stemmer_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("root");
        QTest::newRow("pelayanan") << "pelayanan"
                                   << "layan";
        QTest::newRow("melayani") << "melayani"
                                  << "layan";
        QTest::newRow("dilayani") << "dilayani"
                                  << "layan";
        QTest::newRow("ditegaskan") << "ditegaskan"
                                    << "tegas";
        QTest::newRow("menegaskan (Snowball alone: egas)") << "menegaskan"
                                                           << "tegas";
        QTest::newRow("kebijakan") << "kebijakan"
                                   << "bijak";
        QTest::newRow("mengatakan") << "mengatakan"
                                    << "kata";
        QTest::newRow("clitic: ujarnya") << "ujarnya"
                                         << "ujar";
        QTest::newRow("pemerintah") << "pemerintah"
                                    << "perintah";
        QTest::newRow("short word") << "yang"
                                    << "yang";
    }

    void stemmer()
    {
        QFETCH(QString, word);
        QFETCH(QString, root);
        text::IndonesianStemmer stemmer;
        const text::WordStem stem = stemmer.stem(word);
        if (word.size() < 4) {
            QCOMPARE(stem.source, text::WordStem::Source::None);
            return;
        }
        QCOMPARE(stem.root, root);
        QCOMPARE(stem.source, text::WordStem::Source::Dictionary);
        // A second call comes from the shared cache and says the same.
        QCOMPARE(stemmer.stem(word).root, root);
    }

    void snowballForUnknownWords()
    {
        text::IndonesianStemmer stemmer;
        const text::WordStem stem = stemmer.stem(QStringLiteral("megawati"));
        QCOMPARE(stem.source, text::WordStem::Source::Snowball);
        // Not a number, and not outside Latin-1.
        QCOMPARE(stemmer.stem(QStringLiteral("2025")).source, text::WordStem::Source::None);
    }

    void documentTokens()
    {
        // The root beside the word, in its own namespace; the root word itself alone.
        QCOMPARE(tokens(QStringLiteral("Pelayanan tegas")),
                 QStringList({"pelayanan", "+_layan", "tegas"}));
        // Case and diacritics folded; apostrophes dropped inside a word.
        QCOMPARE(tokens(QStringLiteral("CAFÉ Jum'at")).mid(0, 1), QStringList({"cafe"}));
        QVERIFY(tokens(QStringLiteral("CAFÉ Jum’at")).contains(QStringLiteral("jumat")));
        // Hyphenated and dotted words: their parts, and the joined form beside the first part.
        QCOMPARE(tokens(QStringLiteral("KemenPAN-RB")),
                 QStringList({"kemenpan", "rb", "+kemenpanrb"}));
        QCOMPARE(tokens(QStringLiteral("1.000")), QStringList({"1", "000", "+1000"}));
        // A capitalised word the dictionary does not know is a name: no Snowball guess.
        QCOMPARE(tokens(QStringLiteral("Megawati")), QStringList({"megawati"}));
    }

    void queryTokens()
    {
        // A derived word: its root in any word (the word itself always has it beside it), and
        // the root word as written.
        QCOMPARE(tokens(QStringLiteral("melayani"), TokenizeMode::Query),
                 QStringList({"_layan", "+layan"}));
        QCOMPARE(tokens(QStringLiteral("tegas"), TokenizeMode::Query),
                 QStringList({"tegas", "+_tegas"}));
        // Exact strings and prefixes: the words as written only.
        QCOMPARE(tokens(QChar(archive::kExactMarker) + QStringLiteral("melayani warga"),
                        TokenizeMode::Query),
                 QStringList({"melayani", "warga"}));
        QCOMPARE(tokens(QStringLiteral("pelay"), TokenizeMode::QueryPrefix),
                 QStringList({"pelay"}));
        QCOMPARE(tokens(QStringLiteral("Pelayanan publik"), TokenizeMode::Aux),
                 QStringList({"pelayanan", "publik"}));
    }

    // Tokens worked out ahead on another thread are exactly the tokenizer's, and only the text
    // they were made from is answered.
    void pretokenizedTextsReplayTheTokenizer()
    {
        const QString text = QStringLiteral(
            "Kapolres Metro Tangerang Kota menegaskan pelayanan KemenPAN-RB, Jum'at 1.000 café.");
        archive::PretokenizedTexts texts;
        QThread *worker = QThread::create([&texts, &text] { texts.add(text); });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(texts.size(), 1);
        QList<archive::SearchToken> replayed;
        const auto collect = [](void *ctx, int flags, const char *token, int length, int start,
                                int end) {
            static_cast<QList<archive::SearchToken> *>(ctx)->append(
                {QByteArray(token, length), start, end, (flags & 1) != 0}); // FTS5_TOKEN_COLOCATED
            return 0;
        };
        const QByteArray utf8 = text.toUtf8();
        bool found = false;
        QCOMPARE(texts.replay(utf8.constData(), int(utf8.size()), &replayed, collect, &found), 0);
        QVERIFY(found);
        const auto direct = archive::searchTokens(text, TokenizeMode::Document);
        QCOMPARE(replayed.size(), direct.size());
        QVERIFY(direct.size() > 12);
        for (qsizetype i = 0; i < direct.size(); ++i) {
            QCOMPARE(replayed.at(i).text, direct.at(i).text);
            QCOMPARE(replayed.at(i).start, direct.at(i).start);
            QCOMPARE(replayed.at(i).end, direct.at(i).end);
            QCOMPARE(replayed.at(i).colocated, direct.at(i).colocated);
        }
        const QByteArray other = QByteArrayLiteral("Kapolres Metro Tangerang Kota");
        replayed.clear();
        texts.replay(other.constData(), int(other.size()), &replayed, collect, &found);
        QVERIFY(!found);
        QVERIFY(replayed.isEmpty());
    }

    void byteOffsets()
    {
        const QString text = QStringLiteral("Café «baru» 😀 Jakarta");
        const QByteArray utf8 = text.toUtf8();
        const auto list = archive::searchTokens(text, TokenizeMode::Aux);
        QCOMPARE(list.size(), 3);
        QCOMPARE(utf8.mid(list.at(0).start, list.at(0).end - list.at(0).start), QByteArray("Café"));
        QCOMPARE(utf8.mid(list.at(1).start, list.at(1).end - list.at(1).start), QByteArray("baru"));
        QCOMPARE(utf8.mid(list.at(2).start, list.at(2).end - list.at(2).start),
                 QByteArray("Jakarta"));
    }

    void nothingToTokenize()
    {
        QVERIFY(tokens(QString()).isEmpty());
        QVERIFY(tokens(QStringLiteral(" ,.-!? ")).isEmpty());
        QVERIFY(tokens(QString(QChar(archive::kExactMarker)), TokenizeMode::Query).isEmpty());
    }

    // The tokenizer in a plain FTS5 table on a connection of its own.
    void registeredOnAnyConnection()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        QString error;
        QVERIFY2(archive::registerSearchTokenizer(db, &error), qPrintable(error));
        const char *sql = "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='kliping');"
                          "INSERT INTO t(rowid, x) VALUES (1, 'Petugas melayani warga.');"
                          "INSERT INTO t(rowid, x) VALUES (2, 'Warga dilayani petugas.');";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        const auto count = [&](const char *match) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &st, nullptr);
            sqlite3_bind_text(st, 1, match, -1, SQLITE_TRANSIENT);
            const int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
            sqlite3_finalize(st);
            return n;
        };
        QCOMPARE(count("pelayanan"), 2);
        QCOMPARE(count("\"\x01melayani warga\""), 1);
        QCOMPARE(count("\"warga dilayani\""), 1);
        QCOMPARE(count("layan*"), 0); // a prefix is of the words as written
        QCOMPARE(count("mela*"), 1);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
