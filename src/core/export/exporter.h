// Writes an export to a file: articles (one, a selection, a search result) or an official's
// dossier, in any format of ExportOptions. The file appears whole or not at all: the bytes go
// to a temporary file beside it (QSaveFile) that replaces the target only when complete, and an
// existing file is replaced only when the caller says so (kliping-cli --force, the GUI's yes).
// Used by kliping-cli export and, on a worker thread, by the GUI.
#pragma once

#include "exportcontent.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kliping::exporting {

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    QString error; // what went wrong and what to do, for the user
    QString path;  // the file written
    int articles = 0;
    int quotes = 0;
    int pages = 0;         // PDF only
    QList<qint64> missing; // ids not in the archive (left out)
};

class Exporter {
public:
    explicit Exporter(ExportOptions options);

    // progress gets (done, 100) and returns false to cancel.
    ExportResult exportArticles(const archive::Archive &archive, const QList<qint64> &ids,
                                const QString &path, bool overwrite,
                                const ExportProgress &progress = {}) const;
    ExportResult exportDossier(const archive::Archive &archive, qint64 personId,
                               const QStringList &words, Period period, const QString &path,
                               bool overwrite, const ExportProgress &progress = {}) const;

    ExportResult writeArticles(const QList<ExportArticle> &articles, const QString &path,
                               bool overwrite, const ExportProgress &progress = {}) const;
    ExportResult writeDossier(const Dossier &dossier, const QString &path, bool overwrite,
                              const ExportProgress &progress = {}) const;

    // The bytes of the file (empty when cancelled).
    QByteArray articlesBytes(const QList<ExportArticle> &articles,
                             const ExportProgress &progress = {}, int *pages = nullptr) const;
    QByteArray dossierBytes(const Dossier &dossier, const ExportProgress &progress = {},
                            int *pages = nullptr) const;

    // Writes bytes through a temporary file; refuses to replace an existing file unless
    // overwrite. Returns an empty string or the error for the user.
    static QString writeFile(const QString &path, const QByteArray &bytes, bool overwrite);
    // The error for a target that exists and may not be replaced, or empty.
    static QString refusal(const QString &path, bool overwrite);

private:
    ExportOptions m_options;
};

} // namespace kliping::exporting
