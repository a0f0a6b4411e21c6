#include "quotesearchmodel.h"

#include "articledate.h"
#include "hittext.h"

namespace kliping::gui {

namespace {

QString plain(const QString &marked)
{
    return archive::Search::withMarkers(marked, {}, {});
}

// The span held on the day, else the last one begun before it, else the first known.
QString titleOn(const QList<archive::PositionSpan> &spans, const QDateTime &when)
{
    if (spans.isEmpty())
        return {};
    if (!when.isValid())
        return spans.constLast().title;
    const QDate day = when.date();
    const archive::PositionSpan *before = nullptr;
    for (const archive::PositionSpan &span : spans) {
        const QDate first = span.firstSeen.date();
        const QDate last = span.lastSeen.date();
        if (first.isValid() && first <= day && (!last.isValid() || day <= last))
            return span.title;
        if (first.isValid() && first <= day)
            before = &span;
    }
    return before ? before->title : spans.constFirst().title;
}

} // namespace

QuoteSearchModel::QuoteSearchModel(const archive::Archive &archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{
}

void QuoteSearchModel::setHits(const QList<archive::QuoteHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_positions.clear();
    // One profile per official, however many of their quotes were found.
    QHash<qint64, QList<archive::PositionSpan>> spans;
    const archive::PeopleDirectory people(m_archive);
    for (const archive::QuoteHit &hit : std::as_const(m_hits)) {
        QString position;
        if (hit.speakerId) {
            if (!spans.contains(hit.speakerId)) {
                const auto profile = people.profile(hit.speakerId);
                spans.insert(hit.speakerId,
                             profile ? profile->positions : QList<archive::PositionSpan>());
            }
            position = titleOn(spans.value(hit.speakerId), hit.published);
        }
        if (position.isEmpty() && hit.speakerMention != hit.speakerName)
            position = hit.speakerMention;
        m_positions << position;
    }
    endResetModel();
}

const archive::QuoteHit *QuoteSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

QString QuoteSearchModel::positionAt(int row) const
{
    return m_positions.value(row);
}

QString QuoteSearchModel::citation(int row, const QString &url) const
{
    const archive::QuoteHit *hit = hitAt(row);
    if (!hit)
        return {};
    QString text = plain(hit->text).simplified();
    // The quote's own closing comma or stop stays; otherwise the citation adds the comma.
    static const QString kClosing = QStringLiteral(",.!?");
    if (!text.isEmpty() && !kClosing.contains(text.back()))
        text += u',';
    // Indonesian citation whatever the interface language: the quotes are Indonesian.
    QString who = hit->speakerName.isEmpty() ? hit->speakerMention : hit->speakerName;
    const QString position = positionAt(row);
    if (!position.isEmpty() && position != who)
        who += QStringLiteral(" (%1)").arg(position);
    QStringList parts{QStringLiteral("“%1” kata %2").arg(text, who)};
    if (!hit->source.isEmpty())
        parts << hit->source;
    if (hit->published.isValid())
        parts << ArticleDate::dayText(hit->published, QLocale(QLocale::Indonesian));
    if (!url.isEmpty())
        parts << url;
    return parts.join(QStringLiteral(", "));
}

int QuoteSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int QuoteSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const archive::QuoteHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return hit.published.isValid() ? ArticleDate::dayText(hit.published)
                                           : QStringLiteral("–");
        case SpeakerColumn:
            return hit.speakerName.isEmpty() ? tr("Speaker unknown") : hit.speakerName;
        case PositionColumn:
            return m_positions.value(index.row());
        case QuoteColumn:
            return plain(hit.text).simplified();
        case ArticleColumn:
            return hit.articleTitle;
        }
        break;
    case HtmlRole:
        if (index.column() == QuoteColumn)
            return archive::Search::toHtml(hittext::fromFirstHit(hit.text.simplified()));
        break;
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn)
            return QStringLiteral("“%1”").arg(plain(hit.text));
        if (index.column() == ArticleColumn)
            return hit.source.isEmpty()
                       ? hit.articleTitle
                       : QStringLiteral("%1 — %2").arg(hit.source, hit.articleTitle);
        break;
    }
    return {};
}

QVariant QuoteSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Official");
    case PositionColumn:
        return tr("Position then");
    case QuoteColumn:
        return tr("Quote");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

} // namespace kliping::gui
