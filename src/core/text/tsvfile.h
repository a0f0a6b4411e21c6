// Reads the tab-separated lexicon files of resources/lexicon/ (and a user's own): one record a
// line, '#' starts a comment line, blank lines are skipped, fields are trimmed.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kliping::text {

struct TsvRecord {
    QStringList fields;
    int line = 0; // 1-based line number, for messages about a bad entry
    QString field(int i) const { return i < fields.size() ? fields.at(i) : QString(); }
};

// Returns the records of the file; sets *error (when given) and returns nothing when the file
// cannot be read. Works for Qt resource paths (":/lexicon/...") and ordinary files.
QList<TsvRecord> readTsvFile(const QString &path, QString *error = nullptr);
QList<TsvRecord> parseTsv(const QString &text);

} // namespace kliping::text
