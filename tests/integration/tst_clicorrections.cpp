// The user's corrections through kliping-cli, as a user types them: attribute, not-quote, rename,
// merge, split, corrections and undo, each with its message, its exit code and its effect on what
// quotes --by and person then show; and the usage errors a slip of the keyboard gets.
#include "clirun.h"
#include "shareddata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kliping::tests;

class TestCliCorrections : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive;
    qint64 m_budi = 0;
    qint64 m_siti = 0;

    CliRun run(QStringList args)
    {
        args.prepend(m_archive);
        args.prepend(QStringLiteral("--archive"));
        return runCli(args);
    }
    QJsonDocument json(const QStringList &args)
    {
        const CliRun r = run(args + QStringList{QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8());
    }
    // The ids of the quotes of a person (by name, as typed), newest first.
    QList<qint64> quotesOf(const QString &name, const QString &words = {})
    {
        QStringList args{QStringLiteral("quotes"), QStringLiteral("--by"), name};
        if (!words.isEmpty())
            args << words;
        QList<qint64> ids;
        for (const QJsonValue &hit : json(args).object().value(QLatin1String("hits")).toArray())
            ids << hit.toObject().value(QLatin1String("id")).toInteger();
        return ids;
    }
    qint64 quoteSaying(const QString &words)
    {
        const QJsonArray hits =
            json({QStringLiteral("quotes"), words}).object().value(QLatin1String("hits")).toArray();
        return hits.isEmpty() ? 0 : hits.first().toObject().value(QLatin1String("id")).toInteger();
    }

private slots:
    void initTestCase()
    {
        m_archive = m_dir.filePath(QStringLiteral("a.sqlite"));
        const CliRun imported = run({QStringLiteral("import"),
                                     fixturePath(QStringLiteral("pages/portal_copied_page.txt")),
                                     QStringLiteral("--offline")});
        QCOMPARE(imported.exitCode, 0);
        for (const QJsonValue &p : json({QStringLiteral("people")}).array()) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1String("name")).toString() == QLatin1String("Budi Santoso"))
                m_budi = o.value(QLatin1String("id")).toInteger();
            if (o.value(QLatin1String("name")).toString() == QLatin1String("Siti Aminah"))
                m_siti = o.value(QLatin1String("id")).toInteger();
        }
        QVERIFY(m_budi > 0 && m_siti > 0);
    }

    void attributeAndUndo()
    {
        const qint64 quote = quoteSaying(QStringLiteral("\"petugas tambahan\""));
        QVERIFY(quote > 0);
        QVERIFY(quotesOf(QStringLiteral("Siti Aminah")).contains(quote));
        const CliRun r = run({QStringLiteral("attribute"), QString::number(quote),
                              QString::number(m_budi)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Quote #%1 attributed to person #%2.")
                                    .arg(quote)
                                    .arg(m_budi)),
                 qPrintable(r.out));
        QVERIFY(quotesOf(QStringLiteral("Budi Santoso"), QStringLiteral("petugas")).contains(quote));
        QVERIFY(!quotesOf(QStringLiteral("Siti Aminah")).contains(quote));
        // The message says how to undo it; doing so gives the quote back.
        const QString undoId = r.out.section(QLatin1String("kliping-cli undo "), 1).section(u')', 0, 0);
        const CliRun undone = run({QStringLiteral("undo"), undoId});
        QCOMPARE(undone.exitCode, 0);
        QVERIFY(undone.out.contains(QStringLiteral("Correction #%1 undone.").arg(undoId)));
        QVERIFY(quotesOf(QStringLiteral("Siti Aminah")).contains(quote));
        // Once only.
        QCOMPARE(run({QStringLiteral("undo"), undoId}).exitCode, 1);
    }

    void renameShowsInPersonAndQuotes()
    {
        const CliRun r = run({QStringLiteral("rename"), QString::number(m_siti),
                              QStringLiteral("Siti"), QStringLiteral("Aminah"),
                              QStringLiteral("Rahma")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("is now called Siti Aminah Rahma.")));
        const QJsonObject person = json({QStringLiteral("person"), QString::number(m_siti)}).object();
        QCOMPARE(person.value(QLatin1String("name")).toString(), QStringLiteral("Siti Aminah Rahma"));
        QCOMPARE(quotesOf(QStringLiteral("Siti Aminah Rahma")).size(), 2);
    }

    void notQuoteTakesItOut()
    {
        const qint64 quote = quoteSaying(QStringLiteral("\"mengambil cuti\""));
        QVERIFY(quote > 0);
        const int before = int(quotesOf(QStringLiteral("Budi Santoso")).size());
        const CliRun r = run({QStringLiteral("not-quote"), QString::number(quote)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Quote #%1 is marked as not a quote.").arg(quote)));
        QCOMPARE(quotesOf(QStringLiteral("Budi Santoso")).size(), before - 1);
        QCOMPARE(quoteSaying(QStringLiteral("\"mengambil cuti\"")), 0);
    }

    void mergeAndSplit()
    {
        const CliRun merged = run({QStringLiteral("merge"), QString::number(m_siti),
                                   QString::number(m_budi)});
        QCOMPARE(merged.exitCode, 0);
        QVERIFY(merged.out.contains(
            QStringLiteral("Person #%1 merged into #%2.").arg(m_siti).arg(m_budi)));
        // The corrections in force, newest last.
        const QJsonArray list = json({QStringLiteral("corrections")}).array();
        QStringList inForce;
        for (const QJsonValue &c : list)
            if (c.toObject().value(QLatin1String("undone")).isNull())
                inForce << c.toObject().value(QLatin1String("kind")).toString();
        QCOMPARE(inForce, QStringList({QStringLiteral("rename"), QStringLiteral("not-quote"),
                                       QStringLiteral("merge")}));
        const CliRun split = run({QStringLiteral("split"), QString::number(m_budi),
                                  QStringLiteral("1"), QStringLiteral("--name"),
                                  QStringLiteral("Budi Lain")});
        QCOMPARE(split.exitCode, 0);
        QVERIFY2(split.out.contains(QStringLiteral("1 article(s) split off person #%1.").arg(m_budi)),
                 qPrintable(split.out + split.err));
    }

    void slipsOfTheKeyboard()
    {
        const CliRun word = run({QStringLiteral("attribute"), QStringLiteral("abc"),
                                 QString::number(m_budi)});
        QCOMPARE(word.exitCode, 2);
        QVERIFY(word.err.contains(QStringLiteral("QUOTE must be a number")));
        QCOMPARE(run({QStringLiteral("merge"), QString::number(m_budi)}).exitCode, 2);
        const CliRun self = run({QStringLiteral("merge"), QString::number(m_budi),
                                 QString::number(m_budi)});
        QCOMPARE(self.exitCode, 1);
        QVERIFY(!self.err.trimmed().isEmpty());
        const CliRun missing = run({QStringLiteral("not-quote"), QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_clicorrections.moc"
