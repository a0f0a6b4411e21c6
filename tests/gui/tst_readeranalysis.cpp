// The reader with an article's analysis, as a user sees it: quotes on their backgrounds with the
// speaker in the tooltip, people and institutions coloured when asked (and remembered), the
// panel listing people, institutions and quotes, a click on a quote selecting it in the text,
// and find in the article.
#include "analysispanel.h"
#include "articlehtml.h"
#include "articlelistmodel.h"
#include "articlereader.h"
#include "findbar.h"
#include "guisettings.h"
#include "mainwindow.h"
#include "samplearticle.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

namespace {

// The character format of the character at a document position.
QTextCharFormat formatAt(const QTextDocument *document, int position)
{
    QTextCursor cursor(const_cast<QTextDocument *>(document));
    cursor.setPosition(position + 1);
    return cursor.charFormat();
}

QString documentText(const QTextDocument *document, int from, int to)
{
    QTextCursor cursor(const_cast<QTextDocument *>(document));
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

} // namespace

class TestReaderAnalysis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void quotesAreHighlightedWithSpeaker();
    void overlappingSpansKeepTheText();
    void markingPeopleIsAToggleRemembered();
    void panelListsPeopleInstitutionsAndQuotes();
    void clickOnQuoteSelectsItInReader();
    void emptyAnalysisSaysSo();
    void findCountsAndStepsThroughHits();

private:
    // A window on a new archive holding the sample article with its hand-made analysis.
    bool openWithSample(MainWindow &window, QTemporaryDir &dir);
    tests::SampleArticle m_sample = tests::sampleArticleWithAnalysis();
};

void TestReaderAnalysis::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_readeranalysis"));
}

void TestReaderAnalysis::init()
{
    QSettings().clear();
}

bool TestReaderAnalysis::openWithSample(MainWindow &window, QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
    {
        archive::Archive archive;
        if (!archive.open(path) ||
            !archive.importArticles({m_sample.article}, {m_sample.analysis}, 1))
            return false;
    }
    if (!window.openArchive(path))
        return false;
    window.resize(1200, 800);
    window.show();
    return window.articleListModel()->rowCount() == 1 && window.reader()->hasArticle();
}

void TestReaderAnalysis::quotesAreHighlightedWithSpeaker()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openWithSample(window, dir));
    const ArticleReader *reader = window.reader();
    const QTextDocument *document = reader->document();
    const auto colours = ArticleHtml::Colours::forPalette(reader->palette());

    for (const analysis::Quote &quote : m_sample.analysis.quotes) {
        const int from = reader->documentPosition(quote.start);
        const int to = reader->documentPosition(quote.end);
        // The offsets land on the quote's words in the rendered text.
        QCOMPARE(documentText(document, from, to), quote.text);
        const QColor expected =
            quote.kind == analysis::QuoteKind::Direct ? colours.directQuote : colours.indirectQuote;
        for (int p = from; p < to; ++p) {
            const QTextCharFormat format = formatAt(document, p);
            QCOMPARE(format.background().color(), expected);
            QVERIFY2(format.toolTip().contains(quote.speaker), qPrintable(format.toolTip()));
        }
        QVERIFY(formatAt(document, from).toolTip().contains(ArticleHtml::kindName(quote.kind)));
        // The words around it are not marked.
        QCOMPARE(formatAt(document, from - 1).background().style(), Qt::NoBrush);
        QCOMPARE(formatAt(document, to).background().style(), Qt::NoBrush);
        QVERIFY(formatAt(document, to).toolTip().isEmpty());
    }
    QVERIFY(colours.directQuote != colours.indirectQuote);
    // The text is still the article's, with its "&" escaped, not lost.
    QVERIFY(reader->toPlainText().contains(QStringLiteral("mengurus SIM & STNK,\" saat")));

    // The builder's HTML holds the quote inside the marked span.
    const QString html = ArticleHtml::build(m_sample.article, m_sample.analysis);
    QVERIFY2(html.contains(QStringLiteral("class=\"quote-direct\"")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Direct quote — Budi Santoso\">Kami ingin warga tidak "
                                         "perlu mengambil cuti untuk mengurus SIM &amp; STNK,"
                                         "</span>")));
}

void TestReaderAnalysis::overlappingSpansKeepTheText()
{
    ingest::Article article;
    article.title = QStringLiteral("Judul");
    // A character outside the BMP before the marks: offsets are UTF-16 units.
    article.body = QStringLiteral("Satu 📷 <b>dua</b> tiga.\n\nEmpat lima enam tujuh.");
    analysis::Analysis analysis;
    analysis::Quote quote;
    quote.text = QStringLiteral("dua</b> tiga.\n\nEmpat lima");
    quote.start = article.body.indexOf(QLatin1String("dua"));
    quote.end = article.body.indexOf(QLatin1String(" enam"));
    quote.speaker = QStringLiteral("<i>Budi</i>");
    analysis.quotes << quote;
    // A mention crossing the quote's start and one crossing the paragraph break inside it.
    analysis.mentions << tests::mentionOf(article.body, QStringLiteral("<b>dua"),
                                          analysis::MentionType::Person, QString())
                      << tests::mentionOf(article.body, QStringLiteral("tiga.\n\nEmpat"),
                                          analysis::MentionType::Institution, QString());
    // Spans out of range are ignored rather than breaking the text.
    analysis::Quote broken;
    broken.start = 5;
    broken.end = 9999;
    analysis.quotes << broken;

    ArticleReader reader;
    reader.setMarkEntities(true);
    reader.showArticle(article, analysis);
    QVERIFY(reader.toPlainText().contains(
        QStringLiteral("Satu 📷 <b>dua</b> tiga.\nEmpat lima enam tujuh.")));
    ArticleHtml::Options options;
    options.markEntities = true;
    const QString html = ArticleHtml::build(article, analysis, options);
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(html.contains(QStringLiteral("title=\"Direct quote — &lt;i&gt;Budi&lt;/i&gt;")));
    // The quote's part after the paragraph break is marked too.
    const QTextDocument *document = reader.document();
    const int empat = reader.documentPosition(article.body.indexOf(QLatin1String("Empat")));
    QCOMPARE(documentText(document, empat, empat + 5), QStringLiteral("Empat"));
    QVERIFY(formatAt(document, empat).background().style() != Qt::NoBrush);
    QVERIFY(formatAt(document, empat).toolTip().contains(QStringLiteral("Institution")));
    const int dua = reader.documentPosition(article.body.indexOf(QLatin1String("dua")));
    QCOMPARE(documentText(document, dua, dua + 3), QStringLiteral("dua"));
    QCOMPARE(formatAt(document, dua).foreground().color(),
             ArticleHtml::Colours::forPalette(reader.palette()).person);
    const int enam = reader.documentPosition(article.body.indexOf(QLatin1String("enam")));
    QCOMPARE(formatAt(document, enam).background().style(), Qt::NoBrush);
}

void TestReaderAnalysis::markingPeopleIsAToggleRemembered()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openWithSample(window, dir));
    QAction *mark = window.markEntitiesAction();
    QVERIFY(mark->isCheckable());
    QVERIFY(!mark->isChecked());
    const ArticleReader *reader = window.reader();
    const auto colours = ArticleHtml::Colours::forPalette(reader->palette());
    const qsizetype budi = m_sample.article.body.indexOf(QLatin1String("Budi Santoso"));
    const qsizetype polres = m_sample.article.body.indexOf(QLatin1String("Polres Contoh Kota"));
    QVERIFY(formatAt(reader->document(), reader->documentPosition(budi)).foreground().color() !=
            colours.person);

    mark->trigger();
    const QTextCharFormat person = formatAt(reader->document(), reader->documentPosition(budi));
    QCOMPARE(person.foreground().color(), colours.person);
    QVERIFY(person.toolTip().contains(QStringLiteral("Person: Budi Santoso")));
    QCOMPARE(formatAt(reader->document(), reader->documentPosition(polres)).foreground().color(),
             colours.institution);
    // A mention inside a quote keeps the quote's background and gets its own colour.
    const qsizetype pemkot = m_sample.article.body.indexOf(QLatin1String("pemerintah kota"));
    const QTextCharFormat inside = formatAt(reader->document(), reader->documentPosition(pemkot));
    QCOMPARE(inside.foreground().color(), colours.institution);
    QCOMPARE(inside.background().color(), colours.indirectQuote);
    QVERIFY(inside.toolTip().contains(QStringLiteral("Sachrudin")));
    QCOMPARE(QSettings().value(QLatin1String(settings::kMarkEntities)).toBool(), true);

    // A new window starts with the user's choice.
    MainWindow again;
    QVERIFY(again.markEntitiesAction()->isChecked());
    QVERIFY(again.reader()->markEntities());
}

void TestReaderAnalysis::panelListsPeopleInstitutionsAndQuotes()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openWithSample(window, dir));
    QVERIFY(window.analysisDock()->isVisible());
    const AnalysisPanel *panel = window.analysisPanel();

    QTreeWidgetItem *people = panel->groupItem(AnalysisPanel::PeopleGroup);
    QCOMPARE(people->text(0), QStringLiteral("People (2)"));
    QCOMPARE(people->child(0)->text(0), QStringLiteral("Budi Santoso"));
    QCOMPARE(people->child(0)->text(1), QStringLiteral("AKBP"));
    QCOMPARE(people->child(0)->child(0)->text(0),
             QStringLiteral("Kapolres Contoh Kota — Polres Contoh Kota"));
    QCOMPARE(people->child(1)->text(0), QStringLiteral("Sachrudin"));
    QCOMPARE(people->child(1)->child(0)->text(0),
             QStringLiteral("Wali Kota Contoh — Pemerintah Kota Contoh"));

    QTreeWidgetItem *institutions = panel->groupItem(AnalysisPanel::InstitutionsGroup);
    QCOMPARE(institutions->text(0), QStringLiteral("Institutions (2)"));
    QStringList listed;
    for (int i = 0; i < institutions->childCount(); ++i)
        listed << institutions->child(i)->text(0) + u'|' + institutions->child(i)->text(1);
    listed.sort();
    QCOMPARE(listed, QStringList({QStringLiteral("Pemerintah Kota Contoh|Pemkot"),
                                  QStringLiteral("Polres Contoh Kota|Polresta")}));

    QTreeWidgetItem *quotes = panel->groupItem(AnalysisPanel::QuotesGroup);
    QCOMPARE(quotes->text(0), QStringLiteral("Quotes (2)"));
    const QString first = quotes->child(0)->text(0);
    QVERIFY2(first.startsWith(QStringLiteral("“Kami ingin warga tidak perlu mengambil cuti untuk "
                                             "mengurus SIM…”")),
             qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("Budi Santoso · Direct quote")));
    const QString second = quotes->child(1)->text(0);
    QVERIFY2(second.contains(QStringLiteral("“pemerintah kota siap mendukung dengan menyediakan "
                                            "tempat dan petugas tambahan…”")),
             qPrintable(second));
    QVERIFY(second.contains(QStringLiteral("Sachrudin · Indirect quote")));
}

void TestReaderAnalysis::clickOnQuoteSelectsItInReader()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openWithSample(window, dir));
    AnalysisPanel *panel = window.analysisPanel();
    QTreeWidgetItem *quotes = panel->groupItem(AnalysisPanel::QuotesGroup);
    QVERIFY(!window.reader()->textCursor().hasSelection());

    for (int i : {1, 0}) {
        QTreeWidgetItem *item = quotes->child(i);
        panel->scrollToItem(item);
        const QRect rect = panel->visualItemRect(item);
        QVERIFY(rect.isValid());
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(panel->currentItem(), item);
        const QTextCursor cursor = window.reader()->textCursor();
        QCOMPARE(cursor.selectedText(), m_sample.analysis.quotes.at(i).text);
    }
    // Clicking a group or a person moves nothing.
    const QTextCursor before = window.reader()->textCursor();
    QTreeWidgetItem *person = panel->groupItem(AnalysisPanel::PeopleGroup)->child(0);
    QTest::mouseClick(panel->viewport(), Qt::LeftButton, {},
                      panel->visualItemRect(person).center());
    QCOMPARE(window.reader()->textCursor().selectionStart(), before.selectionStart());
}

void TestReaderAnalysis::emptyAnalysisSaysSo()
{
    AnalysisPanel panel;
    QCOMPARE(panel.topLevelItemCount(), 1);
    QCOMPARE(panel.topLevelItem(0)->text(0), QStringLiteral("No article is shown."));
    panel.showAnalysis({});
    QCOMPARE(panel.groupItem(AnalysisPanel::PeopleGroup)->text(0), QStringLiteral("People (0)"));
    QCOMPARE(panel.groupItem(AnalysisPanel::PeopleGroup)->child(0)->text(0),
             QStringLiteral("No people found"));
    QCOMPARE(panel.groupItem(AnalysisPanel::InstitutionsGroup)->child(0)->text(0),
             QStringLiteral("No institutions found"));
    QCOMPARE(panel.groupItem(AnalysisPanel::QuotesGroup)->child(0)->text(0),
             QStringLiteral("No quotes found"));
}

void TestReaderAnalysis::findCountsAndStepsThroughHits()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(openWithSample(window, dir));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    FindBar *bar = window.findBar();
    QVERIFY(!bar->isVisible());

    window.articleView()->setFocus();
    QTest::keyClick(window.articleView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("warga"));
    // "warga" is in the direct quote, the indirect quote and the last paragraph.
    QCOMPARE(bar->hitCount(), 3);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    QCOMPARE(window.reader()->extraSelections().size(), 3);
    QCOMPARE(window.reader()->textCursor().selectedText(), QStringLiteral("warga"));

    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->statusText(), QStringLiteral("2 of 3"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3);
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3);
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 3"));
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), QStringLiteral("3 of 3"));

    bar->lineEdit()->setText(QStringLiteral("banjir"));
    QCOMPARE(bar->hitCount(), 0);
    QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
    QVERIFY(window.reader()->extraSelections().isEmpty());

    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(window.reader()->extraSelections().isEmpty());

    // Ctrl+L is the list's filter.
    QTest::keyClick(window.reader(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.filterEdit()->hasFocus());
}

QTEST_MAIN(TestReaderAnalysis)
#include "tst_readeranalysis.moc"
