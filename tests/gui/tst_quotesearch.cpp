// Quote search as a user reaches it (View ▸ Search Quotes, Ctrl+Shift+F): the quotes of an
// official typed with a misspelling, with the position they held at the time; the filters
// (words, institution, period, kind); double-click opens the article at the quote; the context
// menu's copy with citation, "not a quote" and re-attribution go through the undo stack.
#include "archive/peopledirectory.h"
#include "articlereader.h"
#include "mainwindow.h"
#include "personpicker.h"
#include "quotesearchmodel.h"
#include "quotesearchpage.h"
#include "samplearchive.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kliping;
using namespace kliping::gui;

class TestQuoteSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quotesOfAnOfficialOpenTheArticleAtTheQuote();
    void filtersNarrowTheQuotes();
    void copyWithCitation();
    void notAQuoteAndReattributeUndo();
    void largeArchiveSearchesOnAWorkerAndDropsStaleResults();

private:
    QuoteSearchPage *openPage();
    int rowOf(const QString &quoteStart) const;
    QString cell(int row, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QuoteSearchPage *m_page = nullptr;
};

void TestQuoteSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quotesearch"));
}

void TestQuoteSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("archive.sqlite"));
    {
        archive::Archive archive;
        QVERIFY(archive.open(path));
        QVERIFY(tests::fillSampleArchive(archive));
        // Two years earlier Sachrudin was the deputy mayor: his position at the time differs.
        tests::ArticleBuilder earlier(
            QStringLiteral("Wakil Wali Kota Contoh Tinjau Revitalisasi Pasar Lama"),
            QStringLiteral("Kabar Contoh"), QDate(2024, 5, 20),
            QStringLiteral("Wakil Wali Kota Contoh Sachrudin meninjau revitalisasi Pasar Lama, "
                           "Senin.\n\n"
                           "Wakil Wali Kota Contoh Sachrudin mengatakan, \"Pembangunan pasar "
                           "harus selesai tahun ini,\" kepada pedagang."));
        earlier.article.url = QStringLiteral("https://kabarcontoh.example/berita/pasar-lama");
        earlier
            .person(QStringLiteral("Sachrudin"), QStringLiteral("Wakil Wali Kota Contoh"),
                    QStringLiteral("Pemerintah Kota Contoh"))
            .quote(QStringLiteral("Pembangunan pasar harus selesai tahun ini,"),
                   QStringLiteral("Sachrudin"));
        QVERIFY(archive.importArticles({earlier.article}, {earlier.analysis}, 1).has_value());
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openArchive(path));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = openPage();
    QVERIFY(m_page);
}

void TestQuoteSearch::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_dir.reset();
}

QuoteSearchPage *TestQuoteSearch::openPage()
{
    // The shortcut of View ▸ Search Quotes.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *page = qobject_cast<QuoteSearchPage *>(m_window->pageTabs()->currentWidget());
    if (!page) // the offscreen platform may not deliver the shortcut to an inactive window
        page = m_window->openQuoteSearch();
    return page;
}

int TestQuoteSearch::rowOf(const QString &quoteStart) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (cell(row, QuoteSearchModel::QuoteColumn).startsWith(quoteStart))
            return row;
    }
    return -1;
}

QString TestQuoteSearch::cell(int row, int column) const
{
    return m_page->model()->index(row, column).data().toString();
}

void TestQuoteSearch::quotesOfAnOfficialOpenTheArticleAtTheQuote()
{
    // With no filter at all every quote is listed.
    QCOMPARE(m_page->model()->rowCount(), 7);
    QCOMPARE(m_window->pageTabs()->tabText(m_window->pageTabs()->currentIndex()),
             QStringLiteral("Quotes"));

    // A misspelling, as a user types it: the completion offers Sachrudin.
    m_page->officialEdit()->setFocus();
    QTest::keyClicks(m_page->officialEdit(), QStringLiteral("Sacrudin"));
    QAbstractItemModel *completions = m_page->officialCompleter()->model();
    QVERIFY(completions->rowCount() >= 1);
    QCOMPARE(completions->index(0, 0).data(PersonMatchModel::NameRole).toString(),
             QStringLiteral("Sachrudin"));
    QTest::keyClick(m_page->officialEdit(), Qt::Key_Return);

    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(cell(row, QuoteSearchModel::SpeakerColumn), QStringLiteral("Sachrudin"));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("Sachrudin")));
    // Newest first, each with the position held when the article appeared.
    QCOMPARE(cell(0, QuoteSearchModel::DateColumn), QStringLiteral("12 Mar 2026"));
    QCOMPARE(cell(0, QuoteSearchModel::PositionColumn), QStringLiteral("Wali Kota Contoh"));
    QCOMPARE(cell(2, QuoteSearchModel::DateColumn), QStringLiteral("20 May 2024"));
    QCOMPARE(cell(2, QuoteSearchModel::PositionColumn), QStringLiteral("Wakil Wali Kota Contoh"));
    QCOMPARE(cell(2, QuoteSearchModel::ArticleColumn),
             QStringLiteral("Wakil Wali Kota Contoh Tinjau Revitalisasi Pasar Lama"));

    // Double-click opens the article with the quote selected in the reader.
    const int row = rowOf(QStringLiteral("Warga harus merasa dilayani"));
    QVERIFY(row >= 0);
    QTableView *table = m_page->table();
    const QRect rect =
        table->visualRect(m_page->model()->index(row, QuoteSearchModel::QuoteColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->pageTabs()->currentIndex(), 0);
    QVERIFY(m_window->shownArticle() > 0);
    QCOMPARE(m_window->reader()->textCursor().selectedText(),
             QStringLiteral("Warga harus merasa dilayani, bukan dipersulit,"));
    QVERIFY(m_window->reader()->toPlainText().contains(
        QStringLiteral("Pemkot Contoh Siapkan Lahan Parkir")));
}

void TestQuoteSearch::filtersNarrowTheQuotes()
{
    // Words: the match is bold in the quote.
    QTest::keyClicks(m_page->wordsEdit(), QStringLiteral("dilayani"));
    QTest::keyClick(m_page->wordsEdit(), Qt::Key_Return);
    QCOMPARE(m_page->model()->rowCount(), 1);
    const QModelIndex quote = m_page->model()->index(0, QuoteSearchModel::QuoteColumn);
    QVERIFY2(quote.data(QuoteSearchModel::HtmlRole)
                 .toString()
                 .contains(QStringLiteral("<b>dilayani</b>")),
             qPrintable(quote.data(QuoteSearchModel::HtmlRole).toString()));
    QCOMPARE(quote.data().toString(),
             QStringLiteral("Warga harus merasa dilayani, bukan dipersulit,"));
    m_page->wordsEdit()->clear();

    // Kind: Sachrudin's only indirect quote.
    m_page->officialEdit()->setText(QStringLiteral("Sachrudin"));
    m_page->kindBox()->setCurrentIndex(
        m_page->kindBox()->findData(int(archive::QuoteKindFilter::Indirect)));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(cell(0, QuoteSearchModel::QuoteColumn).startsWith(QStringLiteral("pemerintah kota")));
    m_page->kindBox()->setCurrentIndex(0);

    // Period: from 2026 on, then up to the end of 2025; "any" is the field's empty state.
    QCOMPARE(m_page->fromEdit()->text(), QStringLiteral("any"));
    m_page->fromEdit()->setDate(QDate(2026, 1, 1));
    m_page->search();
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_page->fromEdit()->setDate(m_page->fromEdit()->minimumDate());
    m_page->toEdit()->setDate(QDate(2025, 12, 31));
    m_page->search();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(cell(0, QuoteSearchModel::DateColumn), QStringLiteral("20 May 2024"));
    m_page->toEdit()->setDate(m_page->toEdit()->minimumDate());

    // Institution: the quotes of articles about the Polda (not the city's).
    m_page->officialEdit()->clear();
    m_page->institutionEdit()->setText(QStringLiteral("Polda Contoh"));
    m_page->search();
    QVERIFY(rowOf(QStringLiteral("Jangan mudah percaya")) >= 0);
    QCOMPARE(rowOf(QStringLiteral("Pembangunan pasar")), -1);
    m_page->institutionEdit()->clear();

    // Nobody of that name: said plainly, no rows.
    m_page->officialEdit()->setText(QStringLiteral("Zulkarnaen Xyz"));
    m_page->search();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("No one in the archive")));
}

void TestQuoteSearch::copyWithCitation()
{
    m_page->officialEdit()->setText(QStringLiteral("Sachrudin"));
    m_page->search();
    const int row = rowOf(QStringLiteral("Pembangunan pasar"));
    QVERIFY(row >= 0);
    m_page->copyQuote(row);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("“Pembangunan pasar harus selesai tahun ini,” kata Sachrudin (Wakil "
                            "Wali Kota Contoh), Kabar Contoh, 20 Mei 2024, "
                            "https://kabarcontoh.example/berita/pasar-lama"));
}

void TestQuoteSearch::notAQuoteAndReattributeUndo()
{
    m_page->officialEdit()->setText(QStringLiteral("Sachrudin"));
    m_page->search();
    QCOMPARE(m_page->model()->rowCount(), 3);
    QUndoStack *undo = m_window->undoStack();

    m_page->markNotQuote(rowOf(QStringLiteral("Pembangunan pasar")));
    QCOMPARE(undo->count(), 1);
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    // Undo analyses the article again: the quote is back (with the speaker the analyser finds).
    undo->undo();
    m_page->officialEdit()->clear();
    QTRY_VERIFY(rowOf(QStringLiteral("Pembangunan pasar")) >= 0);
    m_page->officialEdit()->setText(QStringLiteral("Sachrudin"));
    m_page->search();

    qint64 budi = 0;
    {
        archive::Archive reader;
        QVERIFY(reader.open(m_window->archivePath()));
        budi = archive::PeopleDirectory(reader).find(QStringLiteral("Budi Santoso"), 1).value(0).id;
    }
    QVERIFY(budi > 0);
    m_page->attributeQuote(rowOf(QStringLiteral("Warga harus")), budi,
                           QStringLiteral("Budi Santoso"));
    QTRY_VERIFY(rowOf(QStringLiteral("Warga harus")) < 0);
    m_page->officialEdit()->setText(QStringLiteral("Budi Santoso"));
    m_page->search();
    QVERIFY(rowOf(QStringLiteral("Warga harus")) >= 0);
    undo->undo();
    QTRY_VERIFY(rowOf(QStringLiteral("Warga harus")) < 0);
}

void TestQuoteSearch::largeArchiveSearchesOnAWorkerAndDropsStaleResults()
{
    // As on a large archive: every search runs on a worker.
    m_page->setBackgroundFrom(0);
    m_page->wordsEdit()->setText(QStringLiteral("dilayani"));
    m_page->search();
    QVERIFY(m_page->isSearching());
    QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Searching…"));
    // The user typed on before the first search came back: only the last one is shown.
    m_page->wordsEdit()->setText(QStringLiteral("bohong"));
    m_page->search();
    QTRY_VERIFY(!m_page->isSearching());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(cell(0, QuoteSearchModel::QuoteColumn).startsWith(QStringLiteral("Jangan mudah")));
    QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Quotes found: 1"));
}

QTEST_MAIN(TestQuoteSearch)
#include "tst_quotesearch.moc"
