// Reads JSON Lines exports of news articles, one object per line with the keys title, body and
// optionally url, date (or published), source, byline (or author), editor, captions. Each line is
// one article; a bad line is reported with its number and the others are still read.
#pragma once

#include "documentparser.h"

#include <QFile>

namespace kliping::ingest {

class JsonLinesReader {
public:
    // A line longer than this is refused (a runaway file, not an article).
    static constexpr qsizetype kMaxLineLength = qsizetype{4} * 1024 * 1024;

    static QList<ParseResult> read(const QString &text, const QString &origin);

    struct NumberedLine {
        QByteArray utf8; // the line as UTF-8, kept as the record's original bytes
        int number = 0;  // from 1
    };
    // The records of these lines, in order, parsed on every core.
    static QList<ParseResult> readLines(const QList<NumberedLine> &lines, const QString &origin);
};

// Reads a JSON Lines file of any size a slice of lines at a time, so that a bulk import holds
// only the records in flight, never the whole file (ArticleImporter). Lines are UTF-8 as JSON
// requires; a line that is not is read as TextDecoder reads a file. A file in UTF-16 (with its
// byte-order mark) cannot be cut at newline bytes and is read whole, within DocumentReader's
// limit.
class JsonLinesStream {
public:
    explicit JsonLinesStream(const QString &path);
    // Why the file cannot be read at all; then atEnd() is true.
    QString error() const { return m_error; }
    bool atEnd() const;
    // The records of the next lines (at most maxLines); a bad line is a failed result naming its
    // number. A file without any record ends with a failure saying so.
    QList<ParseResult> next(int maxLines);
    // How far the reading is, in bytes of the file.
    qint64 position() const;
    qint64 size() const;

private:
    QString m_path;
    QString m_error;
    QFile m_file;
    QList<ParseResult> m_whole; // a file read whole (UTF-16), handed out in slices
    int m_lineNo = 0;
    int m_records = 0;
    bool m_saidEmpty = false;
};

} // namespace kliping::ingest
