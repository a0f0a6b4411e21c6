#include "pagelexicon.h"

#include "text/tsvfile.h"

#include <QCoreApplication>

#include <algorithm>

namespace kliping::ingest {

namespace {

const QString kFurniture = QStringLiteral(":/lexicon/furniture.tsv");
const QString kMarkers = QStringLiteral(":/lexicon/page-markers.tsv");
const QString kSources = QStringLiteral(":/lexicon/sources.tsv");

} // namespace

const PageLexicon &PageLexicon::instance()
{
    static const PageLexicon lexicon; // thread-safe initialisation (C++11 magic statics)
    return lexicon;
}

QString PageLexicon::key(const QString &line)
{
    QString k = line.simplified().toCaseFolded();
    while (!k.isEmpty() && (k.back() == u':' || k.back() == u'.' || k.back() == u'!'))
        k.chop(1);
    return k.trimmed();
}

PageLexicon::PageLexicon(const QString &userFile)
{
    loadFurniture(kFurniture);
    loadMarkers(kMarkers);
    loadSources(kSources);
    if (!userFile.isEmpty()) {
        // A user file mixes the three kinds; its first field says which.
        QString error;
        const auto records = text::readTsvFile(userFile, &error);
        if (!error.isEmpty())
            m_errors << error;
        for (const auto &r : records) {
            const QString kind = r.field(0).toLower();
            QStringList rest = r.fields.mid(1);
            const QString line = rest.join(u'\t');
            const auto parsed = text::parseTsv(line);
            if (parsed.isEmpty())
                continue;
            text::TsvRecord sub = parsed.first();
            if (kind == QLatin1String("furniture") && sub.fields.size() >= 2) {
                const QString rule = sub.field(0), text = sub.field(1);
                if (rule == QLatin1String("line"))
                    m_lines.insert(key(text), LineKind::Furniture);
                else
                    m_prefixes.append({text.toCaseFolded(), rule == QLatin1String("end")
                                                                ? LineKind::EndOfArticle
                                                                : LineKind::Furniture});
            } else if (kind == QLatin1String("marker") && sub.fields.size() >= 2) {
                if (sub.field(0) == QLatin1String("caption"))
                    m_captionLabels << sub.field(1);
                else
                    m_labels.insert(sub.field(1).toCaseFolded(),
                                    {sub.field(0), sub.field(2) == QLatin1String("end")});
            } else if (kind == QLatin1String("source") && !sub.field(0).isEmpty()) {
                m_publications.append(
                    {sub.field(0), sub.field(1), sub.field(2).split(u'|', Qt::SkipEmptyParts)});
            } else {
                m_errors << QCoreApplication::translate("Lexicon", "%1, line %2: not understood")
                                .arg(userFile)
                                .arg(r.line);
            }
        }
    }
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        m_longestLine = std::max(m_longestLine, it.key().size());
    for (const auto &[prefix, kind] : std::as_const(m_prefixes))
        m_longestPrefix = std::max(m_longestPrefix, prefix.size());
    for (const QString &label : std::as_const(m_leadBylineLabels))
        m_longestLeadLabel = std::max(m_longestLeadLabel, label.size());
    buildPatterns();
}

void PageLexicon::loadFurniture(const QString &path)
{
    for (const auto &r : text::readTsvFile(path, nullptr)) {
        const QString rule = r.field(0), text = r.field(1);
        if (text.isEmpty())
            continue;
        if (rule == QLatin1String("line"))
            m_lines.insert(key(text), LineKind::Furniture);
        else if (rule == QLatin1String("prefix"))
            m_prefixes.append({text.toCaseFolded(), LineKind::Furniture});
        else if (rule == QLatin1String("end"))
            m_prefixes.append({text.toCaseFolded(), LineKind::EndOfArticle});
        else if (rule == QLatin1String("list"))
            m_lines.insert(key(text), LineKind::ListHeading);
    }
}

void PageLexicon::loadMarkers(const QString &path)
{
    for (const auto &r : text::readTsvFile(path, nullptr)) {
        if (r.field(0) == QLatin1String("caption"))
            m_captionLabels << r.field(1);
        else if (r.field(0) == QLatin1String("lead-byline"))
            m_leadBylineLabels << r.field(1).toCaseFolded();
        else if (!r.field(1).isEmpty())
            m_labels.insert(r.field(1).toCaseFolded(),
                            {r.field(0), r.field(2) == QLatin1String("end")});
    }
}

void PageLexicon::loadSources(const QString &path)
{
    for (const auto &r : text::readTsvFile(path, nullptr)) {
        if (!r.field(0).isEmpty())
            m_publications.append(
                {r.field(0), r.field(1), r.field(2).split(u'|', Qt::SkipEmptyParts)});
    }
}

void PageLexicon::buildPatterns()
{

    QStringList labels;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        labels << QRegularExpression::escape(it.key());
    // Longest first, so that "Redaktur Pelaksana" would win over "Redaktur".
    std::sort(labels.begin(), labels.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_markerPattern = QRegularExpression(
        QStringLiteral("^\\s*(%1)\\s*[:：]\\s*(.+?)\\s*$").arg(labels.join(u'|')),
        QRegularExpression::CaseInsensitiveOption);

    QStringList captions;
    for (const QString &c : std::as_const(m_captionLabels))
        captions << QRegularExpression::escape(c);
    const QString alt = captions.join(u'|');
    // "(Foto: Ist)", "(FOTO/ANTARA)", "(Dok. Humas)" at the end, or "Foto: ..." at the start.
    m_captionPattern = QRegularExpression(
        QStringLiteral("(\\((?:%1)\\b[^()]{0,80}\\)\\s*$)|(^(?:%1)\\s*[:/]\\s*\\S)").arg(alt),
        QRegularExpression::CaseInsensitiveOption);

    for (int i = 0; i < m_publications.size(); ++i) {
        const PublicationEntry &p = m_publications.at(i);
        m_publicationIndex.insert(p.name.toCaseFolded(), i);
        if (!p.domain.isEmpty())
            m_publicationIndex.insert(p.domain.toCaseFolded(), i);
        for (const QString &a : p.aliases)
            m_publicationIndex.insert(a.toCaseFolded(), i);
    }
}

PageLexicon::LineKind PageLexicon::classify(const QString &line) const
{
    const QString simplified = line.simplified();
    // The line's key is the simplified line, folded, without its closing ":", "." and "!": only
    // a line that short can be one of the furniture lines.
    qsizetype keyLength = simplified.size();
    while (keyLength > 0 &&
           (simplified.at(keyLength - 1) == u':' || simplified.at(keyLength - 1) == u'.' ||
            simplified.at(keyLength - 1) == u'!'))
        --keyLength;
    if (keyLength == 0 || simplified.left(keyLength).trimmed().isEmpty())
        return LineKind::Furniture;
    if (keyLength <= m_longestLine + 1) {
        const auto it = m_lines.constFind(key(line));
        if (it != m_lines.cend())
            return it.value();
    }
    // Folding keeps each character's place (or widens it), so the folded head of the line
    // starts the way the whole folded line does.
    const QString folded = simplified.left(m_longestPrefix + 1).toCaseFolded();
    for (const auto &[prefix, kind] : m_prefixes) {
        if (folded.startsWith(prefix))
            return kind;
    }
    return LineKind::Content;
}

QList<PageLexicon::Marker> PageLexicon::markers(const QString &line) const
{
    QList<Marker> found;
    if (line.size() > 200)
        return found; // a paragraph, not a metadata line
    if (!line.contains(u':') && !line.contains(QChar(0xFF1A)))
        return found; // every marker has its colon: most lines are out at once
    static const QRegularExpression separator(QStringLiteral("\\s[|/]\\s"));
    const QStringList parts = line.split(separator);
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = m_markerPattern.match(part);
        if (!m.hasMatch())
            return {}; // every part must be a marker, or the line is text
        const auto label = m_labels.value(m.captured(1).toCaseFolded());
        found.append({label.first, m.captured(2), label.second});
    }
    return found;
}

QString PageLexicon::leadingByline(const QString &line, QString *rest) const
{
    const QString folded = line.left(m_longestLeadLabel + 1).toCaseFolded();
    for (const QString &label : m_leadBylineLabels) {
        if (!folded.startsWith(label + u' '))
            continue;
        // label, the outlet (one token), a comma, then the name: capitalised words that are not
        // all capitals (the glued dateline, "TRIBUNNEWS.COM, BOGOR --", is in capitals).
        QStringList words = line.mid(label.size()).split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2 || !words.first().endsWith(u','))
            return {};
        QStringList name;
        qsizetype used = 1;
        for (qsizetype i = 1; i < words.size() && name.size() < 5; ++i) {
            const QString &w = words.at(i);
            const bool capitalised = w.at(0).isUpper();
            const bool allCaps = w.size() > 1 && w.toUpper() == w;
            if (!capitalised || allCaps)
                break;
            name << w;
            used = i + 1;
        }
        if (name.isEmpty())
            return {};
        if (rest)
            *rest = words.mid(used).join(u' ');
        QString result = name.join(u' ');
        if (result.endsWith(u','))
            result.chop(1);
        return result;
    }
    return {};
}

bool PageLexicon::isCaption(const QString &line) const
{
    return m_captionPattern.match(line).hasMatch();
}

const PublicationEntry *PageLexicon::publication(const QString &nameOrDomain) const
{
    QString k = nameOrDomain.trimmed().toCaseFolded();
    if (k.isEmpty())
        return nullptr;
    // A host name matches its registered domain: news.detik.com and jambi.antaranews.com too.
    for (;;) {
        const auto it = m_publicationIndex.constFind(k);
        if (it != m_publicationIndex.cend())
            return &m_publications.at(it.value());
        const qsizetype dot = k.indexOf(u'.');
        if (k.contains(u' ') || dot < 0 || k.indexOf(u'.', dot + 1) < 0)
            return nullptr;
        k = k.mid(dot + 1);
    }
}

} // namespace kliping::ingest
