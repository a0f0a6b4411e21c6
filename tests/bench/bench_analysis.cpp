// Benchmark of the analysis: reads the articles of ../shared/corpus/articles/*.jsonl (fields
// title and body), analyses each one on one thread, and prints articles per second per core next
// to the cost of merely reading and sentence-splitting the same articles in the same run.
// Usage: bench_analysis [FOLDER] [--limit N]
#include "analysis/analyzer.h"
#include "ingest/article.h"
#include "text/sentencesplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace kliping;

namespace {

QList<ingest::Article> readArticles(const QString &folder, int limit)
{
    QList<ingest::Article> articles;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd() && (limit <= 0 || articles.size() < limit)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.isEmpty())
                continue;
            ingest::Article a;
            a.title = o.value(QStringLiteral("title")).toString();
            // Paragraphs as the page parser builds them: separated by one blank line.
            QStringList paragraphs;
            for (const QString &p : o.value(QStringLiteral("body")).toString().split(u'\n')) {
                if (!p.trimmed().isEmpty())
                    paragraphs << p.trimmed();
            }
            a.body = paragraphs.join(QStringLiteral("\n\n"));
            articles << a;
        }
    }
    return articles;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString folder = QStringLiteral(KLIPING_SHARED_DIR "/corpus/articles");
    int limit = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--limit") && i + 1 < args.size())
            limit = args.at(++i).toInt();
        else
            folder = args.at(i);
    }
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const QList<ingest::Article> articles = readArticles(folder, limit);
    const qint64 readMs = timer.elapsed();
    if (articles.isEmpty()) {
        out << "No articles in " << folder << "\n";
        return 1;
    }

    // Construction: the first Analyzer loads the lexicon, ICU and hunspell; later ones (one per
    // import) must be cheap.
    timer.restart();
    { const analysis::Analyzer first; }
    const qint64 firstMs = timer.elapsed();
    timer.restart();
    const analysis::Analyzer analyzer;
    const qint64 secondMs = timer.elapsed();
    out << "construct Analyzer:     first " << firstMs << " ms, second " << secondMs << " ms\n";
    timer.restart();
    qsizetype sentences = 0;
    for (const ingest::Article &a : articles) {
        for (const QString &p : a.paragraphs())
            sentences += analyzer.sentenceSplitter().split(p).size();
    }
    const qint64 splitMs = timer.elapsed();

    timer.restart();
    qsizetype quotes = 0, people = 0, institutions = 0;
    for (const ingest::Article &a : articles) {
        const analysis::Analysis r = analyzer.analyze(a);
        quotes += r.quotes.size();
        people += r.people.size();
        institutions += r.institutions.size();
    }
    const qint64 analyzeMs = qMax<qint64>(1, timer.elapsed());

    const double n = articles.size();
    const double baseMs = qMax<qint64>(1, readMs + splitMs);
    out << "articles:               " << articles.size() << "\n";
    out << "read (JSON):            " << readMs << " ms\n";
    out << "sentence split:         " << splitMs << " ms (" << sentences << " sentences)\n";
    out << "read + split:           " << n * 1000.0 / baseMs << " articles/s/core\n";
    out << "analyze:                " << analyzeMs << " ms, " << n * 1000.0 / analyzeMs
        << " articles/s/core\n";
    out << "analyze / (read+split): " << analyzeMs / baseMs << "x\n";
    out << "found: " << quotes << " quotes, " << people << " people, " << institutions
        << " institutions\n";
    return 0;
}
