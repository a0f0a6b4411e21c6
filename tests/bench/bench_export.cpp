// Export speed: 100 real articles (../shared/corpus, imported into a temporary archive at run
// time) laid out as one PDF (cover, contents, one article per section) and written as HTML,
// Markdown, JSON and CSV. Prints ms per article and pages per second; when a Chromium is
// installed, prints the same articles' HTML export to PDF with headless Chromium in the same
// run, for comparison. Measures, asserts nothing.
//   bench_export [N]   (N articles, 100 by default; reads KLIPING_SHARED_DIR or the path compiled
//   in)
#include "archive/archive.h"
#include "archive/articleimporter.h"
#include "export/exporter.h"
#include "export/pdfexporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

using namespace kliping;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString chromium()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const QByteArray env = qgetenv("KLIPING_SHARED_DIR");
    const QString shared =
        env.isEmpty() ? QStringLiteral(KLIPING_SHARED_DIR) : QString::fromLocal8Bit(env);
    QFile corpus(QDir(shared).filePath(
        QStringLiteral("corpus/articles/multisource_2025-06_gikirima.jsonl")));
    if (!corpus.open(QIODevice::ReadOnly)) {
        out() << "The corpus is not here (" << corpus.fileName() << "); nothing to measure.\n";
        return 0;
    }
    QTemporaryDir dir;
    const QString lines = dir.filePath(QStringLiteral("articles.jsonl"));
    QFile slice(lines);
    slice.open(QIODevice::WriteOnly);
    for (int i = 0; i < wanted && !corpus.atEnd(); ++i)
        slice.write(corpus.readLine());
    slice.close();

    archive::Archive archive;
    archive.open(dir.filePath(QStringLiteral("bench.sqlite")));
    archive::ArticleImporter importer(archive);
    QList<qint64> ids;
    for (const auto &item : importer.importPaths({lines}).items) {
        if (item.articleId)
            ids << item.articleId;
    }
    const int n = int(ids.size());
    out() << "Articles: " << n << "\n";

    exporting::PdfExporter::ensureFonts();
    QElapsedTimer timer;
    timer.start();
    const QList<exporting::ExportArticle> articles = exporting::loadArticles(archive, ids);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    out() << QStringLiteral("Read from the archive: %1 ms (%2 ms per article)\n")
                 .arg(loadMs, 0, 'f', 1)
                 .arg(loadMs / n, 0, 'f', 2);

    // PDF: best of three runs (the first also warms the font caches).
    exporting::ExportOptions options;
    double best = 1e18;
    int pages = 0;
    qsizetype bytes = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const exporting::PdfExporter pdf(options);
        const QByteArray data = pdf.pdf(pdf.articlesJob(articles), {}, &pages);
        best = qMin(best, double(timer.nsecsElapsed()) / 1e6);
        bytes = data.size();
        if (run == 0)
            exporting::Exporter::writeFile(dir.filePath(QStringLiteral("kliping.pdf")), data, true);
    }
    out() << QStringLiteral(
                 "PDF (Qt): %1 ms, %2 pages, %3 KiB: %4 ms per article, %5 pages per second\n")
                 .arg(best, 0, 'f', 0)
                 .arg(pages)
                 .arg(bytes / 1024)
                 .arg(best / n, 0, 'f', 2)
                 .arg(pages / (best / 1000), 0, 'f', 1);

    for (const auto format : {exporting::Format::Html, exporting::Format::Markdown,
                              exporting::Format::Json, exporting::Format::Csv}) {
        options.format = format;
        timer.restart();
        const QByteArray data = exporting::Exporter(options).articlesBytes(articles);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        out() << QStringLiteral("%1: %2 ms (%3 ms per article), %4 KiB\n")
                     .arg(exporting::extensionOf(format).toUpper())
                     .arg(ms, 0, 'f', 1)
                     .arg(ms / n, 0, 'f', 3)
                     .arg(data.size() / 1024);
        if (format == exporting::Format::Html)
            exporting::Exporter::writeFile(dir.filePath(QStringLiteral("kliping.html")), data,
                                           true);
    }

    const QString browser = chromium();
    if (browser.isEmpty()) {
        out() << "Chromium: not installed, no comparison.\n";
        return 0;
    }
    const QString chromePdf = dir.filePath(QStringLiteral("chromium.pdf"));
    timer.restart();
    QProcess p;
    p.start(browser,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--no-pdf-header-footer"),
             QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("chrome")),
             QStringLiteral("--print-to-pdf=") + chromePdf,
             QUrl::fromLocalFile(dir.filePath(QStringLiteral("kliping.html"))).toString()});
    p.waitForFinished(300000);
    const double chromeMs = double(timer.nsecsElapsed()) / 1e6;
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {chromePdf});
    info.waitForFinished();
    int chromePages = 0;
    for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            chromePages = line.mid(6).trimmed().toInt();
    }
    out() << QStringLiteral("PDF (headless Chromium, same articles' HTML, process start included): "
                            "%1 ms, %2 pages, %3 KiB: %4 ms per article, %5 pages per second\n")
                 .arg(chromeMs, 0, 'f', 0)
                 .arg(chromePages)
                 .arg(QFileInfo(chromePdf).size() / 1024)
                 .arg(chromeMs / n, 0, 'f', 2)
                 .arg(chromePages / (chromeMs / 1000), 0, 'f', 1);
    return 0;
}
