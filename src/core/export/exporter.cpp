#include "exporter.h"

#include "exporthtml.h"
#include "pdfexporter.h"
#include "textexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace kliping::exporting {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingExport)
};

// Maps a part of the work onto the 0..100 a caller sees.
ExportProgress scaled(const ExportProgress &progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](int done, int total) {
        const int value = total > 0 ? from + (to - from) * done / total : from;
        return progress(value, 100);
    };
}

int quoteCount(const QList<ExportArticle> &articles)
{
    int n = 0;
    for (const ExportArticle &a : articles)
        n += int(a.analysis.quotes.size());
    return n;
}

} // namespace

Exporter::Exporter(ExportOptions options)
    : m_options(std::move(options))
{
}

QString Exporter::refusal(const QString &path, bool overwrite)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Tr::tr("%1 is a folder. Name a file to export to.")
            .arg(QDir::toNativeSeparators(path));
    if (info.exists() && !overwrite)
        return Tr::tr("%1 already exists. Choose another name, or allow replacing it (kliping-cli: "
                      "--force).")
            .arg(QDir::toNativeSeparators(path));
    if (!info.absoluteDir().exists())
        return Tr::tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

QString Exporter::writeFile(const QString &path, const QByteArray &bytes, bool overwrite)
{
    if (const QString error = refusal(path, overwrite); !error.isEmpty())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
    }
    if (!file.commit())
        return Tr::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QByteArray Exporter::articlesBytes(const QList<ExportArticle> &articles,
                                   const ExportProgress &progress, int *pages) const
{
    switch (m_options.format) {
    case Format::Pdf: {
        const PdfExporter pdf(m_options);
        return pdf.pdf(pdf.articlesJob(articles), progress, pages);
    }
    case Format::Html: {
        const ExportHtml html(m_options, ExportHtml::Target::File);
        QString body;
        const bool single = articles.size() == 1;
        const QString title = single ? articles.constFirst().article.title
                              : m_options.title.isEmpty()
                                  ? Tr::tr("Kliping: %1 articles").arg(articles.size())
                                  : m_options.title;
        if (!single) {
            body += html.cover(Tr::tr("KLIPING"), title,
                               ExportHtml::collectionLines(articles, m_options.locale));
            QList<TocEntry> entries;
            for (qsizetype i = 0; i < articles.size(); ++i) {
                const ingest::Article &a = articles.at(i).article;
                QStringList detail;
                if (!a.source.isEmpty())
                    detail << a.source;
                const QString date =
                    ExportHtml::dateText(a.published, a.publishedZone, m_options.locale);
                if (!date.isEmpty())
                    detail << date;
                entries.append({QStringLiteral("article-%1").arg(i + 1), a.title,
                                detail.join(QStringLiteral(" · "))});
            }
            body += QStringLiteral("<nav class=\"toc\">") + html.tableOfContents(entries) +
                    QStringLiteral("</nav>\n");
        }
        for (qsizetype i = 0; i < articles.size(); ++i)
            body += html.article(articles.at(i), QStringLiteral("article-%1").arg(i + 1), false);
        return html.page(title, body).toUtf8();
    }
    case Format::Markdown:
        return articlesMarkdown(articles, m_options);
    case Format::Json:
        return articlesJson(articles, m_options);
    case Format::Csv:
        return articlesQuotesCsv(articles, m_options);
    }
    return {};
}

QByteArray Exporter::dossierBytes(const Dossier &dossier, const ExportProgress &progress,
                                  int *pages) const
{
    switch (m_options.format) {
    case Format::Pdf: {
        const PdfExporter pdf(m_options);
        return pdf.pdf(pdf.dossierJob(dossier), progress, pages);
    }
    case Format::Html: {
        const ExportHtml html(m_options, ExportHtml::Target::File);
        const QString title = Tr::tr("Dossier: %1").arg(dossier.person.name);
        const QString body = html.cover(Tr::tr("DOSSIER"), ExportHtml::dossierTitle(dossier),
                                        ExportHtml::dossierLines(dossier, m_options.locale)) +
                             html.dossierBody(dossier);
        return html.page(title, body).toUtf8();
    }
    case Format::Markdown:
        return dossierMarkdown(dossier, m_options);
    case Format::Json:
        return dossierJson(dossier, m_options);
    case Format::Csv:
        return dossierQuotesCsv(dossier, m_options);
    }
    return {};
}

ExportResult Exporter::writeArticles(const QList<ExportArticle> &articles, const QString &path,
                                     bool overwrite, const ExportProgress &progress) const
{
    ExportResult result;
    result.path = path;
    result.articles = int(articles.size());
    result.quotes = quoteCount(articles);
    if (articles.isEmpty()) {
        result.error = Tr::tr("There is nothing to export.");
        return result;
    }
    if (const QString error = refusal(path, overwrite); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray bytes = articlesBytes(articles, progress, &result.pages);
    if (bytes.isEmpty()) {
        result.cancelled = true;
        result.error = Tr::tr("The export was cancelled; no file was written.");
        return result;
    }
    result.error = writeFile(path, bytes, overwrite);
    result.ok = result.error.isEmpty();
    return result;
}

ExportResult Exporter::writeDossier(const Dossier &dossier, const QString &path, bool overwrite,
                                    const ExportProgress &progress) const
{
    ExportResult result;
    result.path = path;
    result.quotes = int(dossier.quotes.size());
    if (const QString error = refusal(path, overwrite); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray bytes = dossierBytes(dossier, progress, &result.pages);
    if (bytes.isEmpty()) {
        result.cancelled = true;
        result.error = Tr::tr("The export was cancelled; no file was written.");
        return result;
    }
    result.error = writeFile(path, bytes, overwrite);
    result.ok = result.error.isEmpty();
    return result;
}

ExportResult Exporter::exportArticles(const archive::Archive &archive, const QList<qint64> &ids,
                                      const QString &path, bool overwrite,
                                      const ExportProgress &progress) const
{
    if (const QString error = refusal(path, overwrite); !error.isEmpty()) {
        ExportResult result;
        result.path = path;
        result.error = error;
        return result;
    }
    QList<qint64> missing;
    const QList<ExportArticle> articles =
        loadArticles(archive, ids, &missing, scaled(progress, 0, 30));
    if (progress && !progress(30, 100)) {
        ExportResult result;
        result.cancelled = true;
        result.error = Tr::tr("The export was cancelled; no file was written.");
        return result;
    }
    ExportResult result = writeArticles(articles, path, overwrite, scaled(progress, 30, 100));
    result.missing = missing;
    if (articles.isEmpty() && !missing.isEmpty())
        result.error = Tr::tr("None of the articles is in the archive.");
    return result;
}

ExportResult Exporter::exportDossier(const archive::Archive &archive, qint64 personId,
                                     const QStringList &words, Period period, const QString &path,
                                     bool overwrite, const ExportProgress &progress) const
{
    const auto dossier = loadDossier(archive, personId, words, period);
    if (!dossier) {
        ExportResult result;
        result.path = path;
        result.error = Tr::tr("There is no person #%1 in the archive.").arg(personId);
        return result;
    }
    return writeDossier(*dossier, path, overwrite, scaled(progress, 10, 100));
}

} // namespace kliping::exporting
