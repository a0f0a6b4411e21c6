// Export and print from the window, as a user does it: File > Export… runs on the worker with
// progress and writes the selected articles; an existing file is replaced only with the user's
// yes; the dialog offers the article being read, the selection and the people of the article;
// printing uses the same layout as the PDF (checked through a PDF printer).
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "articlelistmodel.h"
#include "export/exporter.h"
#include "export/pdfexporter.h"
#include "exportdialog.h"
#include "importcontroller.h"
#include "mainwindow.h"

#include "pdftext.h"
#include "shareddata.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace kliping;
using namespace kliping::gui;

class TestExportGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportSelectionOnWorker();
    void dialogChoices();
    void printerGetsTheSameLayout();
    void printOnWorker();

private:
    QTemporaryDir m_dir;
    QString m_archive;
};

void TestExportGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportgui"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_archive = m_dir.filePath(QStringLiteral("archive.sqlite"));
    archive::Archive archive;
    QVERIFY(archive.open(m_archive));
    archive::ArticleImporter importer(archive);
    QCOMPARE(importer.importPaths({tests::fixturePath(QStringLiteral("export/articles.jsonl"))})
                 .items.size(),
             5);
}

void TestExportGui::exportSelectionOnWorker()
{
    MainWindow window;
    QVERIFY(window.openArchive(m_archive));
    window.show();
    QTreeView *view = window.articleView();
    view->selectionModel()->select(window.articleListModel()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(window.articleListModel()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedArticleIds().size(), 2);

    ExportRequest request;
    request.what = ExportRequest::What::Selection;
    const QString file = m_dir.filePath(QStringLiteral("pilihan.pdf"));
    QSignalSpy done(window.importController(), &ImportController::exported);
    QVERIFY(window.exportTo(request, file, false));
    // One job at a time: the export action waits while the worker runs.
    QVERIFY(!window.exportAction()->isEnabled());
    QVERIFY(done.wait(60000));
    auto result = done.takeFirst().at(0).value<exporting::ExportResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.articles, 2);
    QVERIFY(window.exportAction()->isEnabled());
    QVERIFY(QFile::exists(file));

    // Without the user's yes an existing file stays.
    const qint64 size = QFileInfo(file).size();
    QVERIFY(window.exportTo(request, file, false));
    QVERIFY(done.wait(60000));
    result = done.takeFirst().at(0).value<exporting::ExportResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QStringLiteral("already exists")));
    QCOMPARE(QFileInfo(file).size(), size);

    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    QCOMPARE(tests::pdfInfo(file, QStringLiteral("Author")), QStringLiteral("Kliping"));
    QVERIFY(tests::pdfText(file).contains(QStringLiteral("Contents")));
}

void TestExportGui::dialogChoices()
{
    ExportDialog dialog(true, 3, {{QStringLiteral("Siti Rahmawati"), 7}});
    QCOMPARE(dialog.request().what, ExportRequest::What::Selection);
    dialog.setWhat(ExportRequest::What::Person, 7);
    dialog.setFormat(exporting::Format::Csv);
    const ExportRequest r = dialog.request();
    QCOMPARE(r.what, ExportRequest::What::Person);
    QCOMPARE(r.personId, 7);
    QCOMPARE(r.options.format, exporting::Format::Csv);

    ExportDialog single(true, 1, {});
    QCOMPARE(single.request().what, ExportRequest::What::Current);
}

void TestExportGui::printerGetsTheSameLayout()
{
    archive::Archive archive;
    QVERIFY(archive.open(m_archive));
    const auto articles = exporting::loadArticles(archive, {1, 2, 3});
    exporting::ExportOptions options;
    const exporting::PdfExporter exporter(options);
    const exporting::PrintJob job = exporter.articlesJob(articles);
    const QString file = m_dir.filePath(QStringLiteral("printer.pdf"));
    int pages = 0;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        printer.setFullPage(true);
        printer.setPageSize(QPageSize(QPageSize::A4));
        pages = exporter.paint(&printer, job);
    }
    int pdfPages = 0;
    exporter.pdf(job, {}, &pdfPages);
    QCOMPARE(pages, pdfPages);
    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    QCOMPARE(tests::pdfPages(file), pages);
    QVERIFY(tests::pdfText(file).contains(articles.at(1).article.title.left(30)));
}

void TestExportGui::printOnWorker()
{
    MainWindow window;
    QVERIFY(window.openArchive(m_archive));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    const QString file = m_dir.filePath(QStringLiteral("dicetak.pdf"));
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(file);
    printer->setFullPage(true);
    QSignalSpy done(window.importController(), &ImportController::exported);
    QVERIFY(window.importController()->printArticles(printer, {2}, exporting::ExportOptions()));
    QVERIFY(done.wait(60000));
    const auto result = done.takeFirst().at(0).value<exporting::ExportResult>();
    QVERIFY(result.ok);
    QVERIFY(result.pages >= 1);
    printer.reset(); // the file is complete once the printer is gone
    if (!tests::hasPoppler())
        QSKIP("poppler-utils is not installed");
    QCOMPARE(tests::pdfPages(file), result.pages);
    QVERIFY(tests::pdfText(file).contains(QStringLiteral("Tidak Ada Pungli")));
}

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
