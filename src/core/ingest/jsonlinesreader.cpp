#include "jsonlinesreader.h"

#include "documentreader.h"
#include "pagetextparser.h"
#include "text/dateparser.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

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

ParseResult readRecord(const QJsonObject &o, const QString &origin, const QByteArray &line)
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
    a.originalBytes = line;
    a.mediaType = QStringLiteral("application/json");
    result.article = a;
    if (!refused.isEmpty())
        result.error = refused;
    else if (a.body.isEmpty())
        result.error = Tr::tr("The record has no article text (\"body\").");
    return result;
}

ParseResult readLine(const QByteArray &line, int lineNo, const QString &origin)
{
    ParseResult bad;
    bad.origin = QStringLiteral("%1:%2").arg(origin).arg(lineNo);
    // Characters are never more than UTF-8 bytes: only a long line needs counting.
    const qsizetype characters =
        line.size() > JsonLinesReader::kMaxLineLength ? QString::fromUtf8(line).size() : 0;
    if (characters > JsonLinesReader::kMaxLineLength) {
        bad.error = Tr::tr("Line %1 is too long (%2 characters; the limit is %3).")
                        .arg(lineNo)
                        .arg(characters)
                        .arg(JsonLinesReader::kMaxLineLength);
        return bad;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        bad.error = error.error != QJsonParseError::NoError
                        ? Tr::tr("Line %1 is not valid JSON: %2 (at character %3).")
                              .arg(lineNo)
                              .arg(error.errorString())
                              .arg(error.offset + 1)
                        : Tr::tr("Line %1 is not a JSON object.").arg(lineNo);
        return bad;
    }
    return readRecord(doc.object(), bad.origin, line);
}

} // namespace

QList<ParseResult> JsonLinesReader::readLines(const QList<NumberedLine> &lines,
                                              const QString &origin)
{
    // Records are independent: thousands of them are read on every core, in order. On threads of
    // their own: Qt's blocking map waits without lending a hand, so a caller that is itself a
    // thread of the pool it maps on (an import running on the global pool) could wait for
    // threads that are all waiting.
    static QThreadPool parsers;
    return QtConcurrent::blockingMapped(&parsers, lines, [&origin](const NumberedLine &line) {
        return readLine(line.utf8, line.number, origin);
    });
}

QList<ParseResult> JsonLinesReader::read(const QString &text, const QString &origin)
{
    QList<NumberedLine> lines;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append({line.toUtf8(), lineNo});
    }
    QList<ParseResult> results = readLines(lines, origin);
    if (results.isEmpty()) {
        ParseResult empty;
        empty.origin = origin;
        empty.error = Tr::tr("The file holds no JSON lines.");
        results << empty;
    }
    return results;
}

namespace {

// A head this long is checked (empty, binary, byte-order mark) before the file is streamed.
constexpr qint64 kHeadBytes = 64 * 1024;
// A line of more bytes than this has more characters than kMaxLineLength: it is skipped unread.
constexpr qint64 kMaxLineBytes = 3 * JsonLinesReader::kMaxLineLength;

// One line (with its '\n'), read a piece at a time: asking QIODevice::readLine() for up to
// maxBytes would allocate (and the system map, then unmap) that much for every line. A line of
// more than maxBytes is read to its end without being held, and comes back empty with *tooLong
// set.
QByteArray readBoundedLine(QIODevice &device, qint64 maxBytes, bool *tooLong)
{
    constexpr qint64 kPiece = 64 * 1024;
    QByteArray line;
    *tooLong = false;
    while (!device.atEnd()) {
        const QByteArray piece = device.readLine(kPiece);
        if (piece.isEmpty())
            break;
        if (!*tooLong) {
            line += piece;
            if (line.size() - (piece.endsWith('\n') ? 1 : 0) > maxBytes) {
                *tooLong = true;
                line.clear();
            }
        }
        if (piece.endsWith('\n'))
            break;
    }
    return line;
}

bool startsWithUtf16Bom(const QByteArray &head)
{
    return head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
}

} // namespace

JsonLinesStream::JsonLinesStream(const QString &path)
    : m_path(path)
{
    const RawDocument head = DocumentReader::readHead(path, kHeadBytes);
    if (!head.ok()) {
        m_error = head.error;
        return;
    }
    if (startsWithUtf16Bom(head.bytes)) {
        RawDocument whole = DocumentReader::readFile(path);
        whole.mediaType = QStringLiteral("application/jsonl");
        if (!whole.ok())
            m_error = whole.error;
        else
            m_whole = DocumentParser::parseAll(whole);
        return;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        m_error = Tr::tr("The file cannot be read: %1").arg(m_file.errorString());
}

bool JsonLinesStream::atEnd() const
{
    if (!m_error.isEmpty())
        return true;
    if (!m_file.isOpen())
        return m_whole.isEmpty();
    return m_file.atEnd() && (m_records > 0 || m_saidEmpty);
}

qint64 JsonLinesStream::position() const
{
    return m_file.isOpen() ? m_file.pos() : (m_whole.isEmpty() ? size() : 0);
}

qint64 JsonLinesStream::size() const
{
    return m_file.isOpen() ? m_file.size() : QFileInfo(m_path).size();
}

QList<ParseResult> JsonLinesStream::next(int maxLines)
{
    if (!m_error.isEmpty())
        return {};
    if (!m_file.isOpen()) {
        const QList<ParseResult> slice = m_whole.mid(0, maxLines);
        m_whole.remove(0, slice.size());
        return slice;
    }
    QList<JsonLinesReader::NumberedLine> lines;
    QList<ParseResult> unread; // lines too long or undecodable, merged in order below
    while (lines.size() + unread.size() < maxLines && !m_file.atEnd()) {
        bool tooLong = false;
        QByteArray bytes = readBoundedLine(m_file, kMaxLineBytes, &tooLong);
        ++m_lineNo;
        if (tooLong) {
            ParseResult bad;
            bad.origin = QStringLiteral("%1:%2").arg(m_path).arg(m_lineNo);
            bad.error = Tr::tr("Line %1 is too long (more than %2 characters).")
                            .arg(m_lineNo)
                            .arg(JsonLinesReader::kMaxLineLength);
            unread << bad;
            continue;
        }
        if (m_lineNo == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        bytes = bytes.trimmed();
        if (bytes.isEmpty())
            continue;
        // UTF-8 (nearly every file) is parsed as it is; another encoding is decoded first.
        if (text::TextDecoder::isPlainUtf8(bytes) && !text::TextDecoder::looksBinary(bytes)) {
            lines.append({bytes, m_lineNo});
            continue;
        }
        const text::DecodedText decoded = text::TextDecoder::decode(bytes);
        if (!decoded.ok()) {
            ParseResult bad;
            bad.origin = QStringLiteral("%1:%2").arg(m_path).arg(m_lineNo);
            bad.error = Tr::tr("Line %1 cannot be read: %2").arg(m_lineNo).arg(decoded.error);
            unread << bad;
            continue;
        }
        lines.append({decoded.text.toUtf8(), m_lineNo});
    }
    QList<ParseResult> results = JsonLinesReader::readLines(lines, m_path);
    if (!unread.isEmpty()) {
        results += unread;
        // Back in the order of the file: origins end in ":line".
        std::stable_sort(
            results.begin(), results.end(), [](const ParseResult &a, const ParseResult &b) {
                return a.origin.section(u':', -1).toInt() < b.origin.section(u':', -1).toInt();
            });
    }
    m_records += int(results.size());
    if (m_file.atEnd() && m_records == 0 && !m_saidEmpty) {
        m_saidEmpty = true;
        ParseResult empty;
        empty.origin = m_path;
        empty.error = Tr::tr("The file holds no JSON lines.");
        results << empty;
    }
    return results;
}

} // namespace kliping::ingest
