// Replays every input a fuzz target once failed on (tests/fuzz/regressions/<target>/) and every
// hand-written seed (tests/fuzz/seeds/<target>/) through the same calls as the fuzzers
// (tests/fuzz/fuzzentries.h), so that a fixed crash stays fixed in every build, sanitized or not.
// What each finding was and how it was fixed: docs/reliability.md, "Fuzzing".
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kliping;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &kind : {QStringLiteral("regressions"), QStringLiteral("seeds")}) {
            for (const QString &target : fuzz::targetNames()) {
                const QDir dir(QStringLiteral(KLIPING_FUZZ_DIR "/%1/%2").arg(kind, target));
                for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                    const QString tag = QStringLiteral("%1/%2/%3").arg(kind, target, name);
                    QTest::newRow(qPrintable(tag)) << target << dir.filePath(name);
                }
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        if (target == QLatin1String("html"))
            fuzz::html(bytes);
        else if (target == QLatin1String("pagetext"))
            fuzz::pageText(bytes);
        else if (target == QLatin1String("feed"))
            fuzz::feed(bytes);
        else if (target == QLatin1String("jsonl"))
            fuzz::jsonLines(bytes);
        else if (target == QLatin1String("date"))
            fuzz::date(bytes);
        else if (target == QLatin1String("query"))
            fuzz::query(bytes);
        else if (target == QLatin1String("quotes"))
            fuzz::quotes(analyzer(), bytes);
        else
            QFAIL(qPrintable(QStringLiteral("unknown fuzz target %1").arg(target)));
    }

private:
    const analysis::Analyzer &analyzer()
    {
        if (!m_analyzer)
            m_analyzer = std::make_unique<analysis::Analyzer>();
        return *m_analyzer;
    }
    std::unique_ptr<analysis::Analyzer> m_analyzer;
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
