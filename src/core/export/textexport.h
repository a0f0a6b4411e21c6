// The text formats of an export: Markdown for notes and wikis, JSON for programs (the same
// object per article as `kliping-cli analyze --json`, see articlejson.h), and CSV of quotes for
// spreadsheets (RFC 4180: CRLF, fields quoted when they hold a comma, quote or line break;
// UTF-8 with a byte order mark so that spreadsheet programs read Indonesian text right).
#pragma once

#include "exportcontent.h"
#include "exportoptions.h"

#include <QByteArray>

namespace kliping::exporting {

QByteArray articlesMarkdown(const QList<ExportArticle> &articles, const ExportOptions &options);
QByteArray dossierMarkdown(const Dossier &dossier, const ExportOptions &options);
QByteArray articlesJson(const QList<ExportArticle> &articles, const ExportOptions &options);
QByteArray dossierJson(const Dossier &dossier, const ExportOptions &options);
QByteArray articlesQuotesCsv(const QList<ExportArticle> &articles, const ExportOptions &options);
QByteArray dossierQuotesCsv(const Dossier &dossier, const ExportOptions &options);

// One CSV field, quoted when it must be.
QString csvField(const QString &value);

} // namespace kliping::exporting
