#include "tsvfile.h"

#include <QCoreApplication>
#include <QFile>

namespace kliping::text {

QList<TsvRecord> parseTsv(const QString &text)
{
    QList<TsvRecord> records;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        TsvRecord record;
        record.line = lineNo;
        for (QStringView field : line.split(u'\t'))
            record.fields << field.trimmed().toString();
        records << record;
    }
    return records;
}

QList<TsvRecord> readTsvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Lexicon", "Cannot read %1: %2")
                         .arg(path, file.errorString());
        return {};
    }
    return parseTsv(QString::fromUtf8(file.readAll()));
}

} // namespace kliping::text
