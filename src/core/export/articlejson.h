// The JSON form of an article and its analysis: the contract of `kliping-cli analyze --json`
// (../shared/eval/FORMAT.md), also used by the JSON export. Offsets are written in Unicode code
// points, as the contract asks, though Kliping keeps UTF-16 offsets inside.
#pragma once

#include "analysis/analysis.h"
#include "ingest/article.h"

#include <QJsonObject>

namespace kliping::exporting {

QJsonObject articleJson(const QString &input, const ingest::Article &article,
                        const analysis::Analysis &analysis);
QJsonObject errorJson(const QString &input, const QString &error);

// UTF-16 offset in text -> code point offset.
qsizetype codePointOffset(const QString &text, qsizetype utf16Offset);

} // namespace kliping::exporting
