// Main-text extraction on the saved pages of ../shared/corpus/html that come with expected text:
// prints one JSON line per page with the extracted title and body and the time per page
// (averaged over repeated runs). tests/bench/readability/compare.mjs scores these against the
// expected text next to Mozilla Readability on the same pages.
//   bench_html [REPEATS]
#include "ingest/documentparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace kliping;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int repeats = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    const QByteArray env = qgetenv("KLIPING_SHARED_DIR");
    const QDir html(QDir(env.isEmpty() ? QStringLiteral(KLIPING_SHARED_DIR)
                                       : QString::fromLocal8Bit(env))
                        .filePath(QStringLiteral("corpus/html")));
    QFile manifest(html.filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::ReadOnly)) {
        out << "No ../shared/corpus/html here: nothing to measure.\n";
        return 0;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(manifest.readAll()).array()) {
        const QJsonObject page = v.toObject();
        if (page.value(QLatin1String("expected_text")).toString().isEmpty())
            continue;
        const QString file = page.value(QLatin1String("file")).toString();
        QFile f(html.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ingest::RawDocument doc;
        doc.origin = f.fileName();
        doc.bytes = f.readAll();
        doc.mediaType = QStringLiteral("text/html");
        ingest::ParseResult result;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < repeats; ++i)
            result = ingest::DocumentParser::parse(doc);
        const double ms = timer.nsecsElapsed() / 1e6 / repeats;
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                         {QStringLiteral("ms"), ms},
                                         {QStringLiteral("title"), result.article.title},
                                         {QStringLiteral("body"), result.article.body},
                                         {QStringLiteral("error"), result.error}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
    }
    return 0;
}
