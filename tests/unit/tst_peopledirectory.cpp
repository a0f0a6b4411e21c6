// Finding people by what a user types: names, aliases, parts, misspellings, old spellings.
#include "archive/archive.h"
#include "archive/peopledirectory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kliping;

class TestPeopleDirectory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    archive::Archive m_archive;

    void addArticle(const QString &title, const QList<analysis::Person> &people)
    {
        ingest::Article a;
        a.title = title;
        a.body = title + QStringLiteral(" isi.");
        analysis::Analysis an;
        an.people = people;
        QVERIFY(m_archive.importArticles({a}, {an}, 1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_archive.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        addArticle(QStringLiteral("Satu"), {{QStringLiteral("Sachrudin"), {QStringLiteral("H Sachrudin")}, {}, {}},
                                           {QStringLiteral("Zain Dwi Nugroho"), {QStringLiteral("Zain")}, {}, {}}});
        addArticle(QStringLiteral("Dua"), {{QStringLiteral("Budi Santoso"), {}, {}, {}},
                                          {QStringLiteral("Budi Hartono"), {}, {}, {}},
                                          {QStringLiteral("Soeharto"), {}, {}, {}}});
    }

    void exactAliasPartAndTypo_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("exact") << "Sachrudin" << "Sachrudin";
        QTest::newRow("misspelled") << "Sacrudin" << "Sachrudin";
        QTest::newRow("alias with honorific") << "H Sachrudin" << "Sachrudin";
        QTest::newRow("first name") << "Zain" << "Zain Dwi Nugroho";
        QTest::newRow("typing") << "zain dw" << "Zain Dwi Nugroho";
        QTest::newRow("new spelling") << "Suharto" << "Soeharto";
        QTest::newRow("case") << "BUDI SANTOSO" << "Budi Santoso";
    }

    void exactAliasPartAndTypo()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        const auto matches = archive::PeopleDirectory(m_archive).find(typed);
        QVERIFY2(!matches.isEmpty(), qPrintable(typed));
        QCOMPARE(matches.first().name, first);
    }

    void shortNameMeansEveryone()
    {
        const archive::PeopleDirectory directory(m_archive);
        QCOMPARE(directory.ids(QStringLiteral("Budi")).size(), 2);
        QCOMPARE(directory.ids(QStringLiteral("Budi Santoso")).size(), 1);
        QVERIFY(directory.find(QStringLiteral("Nobody Here")).isEmpty());
        QVERIFY(directory.find(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPeopleDirectory)
#include "tst_peopledirectory.moc"
