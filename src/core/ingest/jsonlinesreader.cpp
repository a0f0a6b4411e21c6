#include "jsonlinesreader.h"

#include "pagetextparser.h"
#include "text/dateparser.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kliping::ingest {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JsonLinesReader)
};

QString stringField(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().simplified();
    }
    return {};
}

ParseResult readRecord(const QJsonObject &o, const QString &origin)
{
    ParseResult result;
    result.origin = origin;
    const QString body = o.value(QLatin1String("body")).toString();
    // The body goes through the page parser for its furniture ("Baca Juga", adverts), but the
    // record says what the title is.
    PageTextParser::Options options;
    options.findTitle = false;
    QString refused;
    Article a = PageTextParser().parse(body, options, &refused);
    a.title = stringField(o, {"title", "judul"});
    if (const QString byline = stringField(o, {"byline", "author", "penulis"}); !byline.isEmpty())
        a.byline = byline;
    if (const QString editor = stringField(o, {"editor"}); !editor.isEmpty())
        a.editor = editor;
    a.url = stringField(o, {"url", "link"});
    if (const QString source = stringField(o, {"source", "sumber"}); !source.isEmpty()) {
        const PublicationEntry *p = PageLexicon::instance().publication(source);
        a.source = p ? p->name : source;
    }
    if (const QString date = stringField(o, {"published", "date", "tanggal"}); !date.isEmpty()) {
        if (const auto parsed = text::DateParser::parse(date)) {
            a.published = parsed->utc;
            a.publishedZone = parsed->zone;
        }
    }
    for (const QJsonValue &c : o.value(QLatin1String("captions")).toArray())
        a.captions << c.toString();
    a.origin = origin;
    a.originalBytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    a.mediaType = QStringLiteral("application/json");
    result.article = a;
    if (!refused.isEmpty())
        result.error = refused;
    else if (a.body.isEmpty())
        result.error = Tr::tr("The record has no article text (\"body\").");
    return result;
}

ParseResult readLine(QStringView line, int lineNo, const QString &origin)
{
    ParseResult bad;
    bad.origin = QStringLiteral("%1:%2").arg(origin).arg(lineNo);
    if (line.size() > JsonLinesReader::kMaxLineLength) {
        bad.error = Tr::tr("Line %1 is too long (%2 characters; the limit is %3).")
                        .arg(lineNo)
                        .arg(line.size())
                        .arg(JsonLinesReader::kMaxLineLength);
        return bad;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        bad.error = error.error != QJsonParseError::NoError
                        ? Tr::tr("Line %1 is not valid JSON: %2 (at character %3).")
                              .arg(lineNo)
                              .arg(error.errorString())
                              .arg(error.offset + 1)
                        : Tr::tr("Line %1 is not a JSON object.").arg(lineNo);
        return bad;
    }
    return readRecord(doc.object(), bad.origin);
}

} // namespace

QList<ParseResult> JsonLinesReader::read(const QString &text, const QString &origin)
{
    struct Line {
        QStringView text;
        int number;
    };
    QList<Line> lines;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append({line, lineNo});
    }
    // Records are independent: a file of thousands is read on every core, in order.
    QList<ParseResult> results = QtConcurrent::blockingMapped(
        lines, [&origin](const Line &line) { return readLine(line.text, line.number, origin); });
    if (results.isEmpty()) {
        ParseResult empty;
        empty.origin = origin;
        empty.error = Tr::tr("The file holds no JSON lines.");
        results << empty;
    }
    return results;
}

} // namespace kliping::ingest
