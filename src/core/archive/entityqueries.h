// Read-only queries behind the desktop program's sidebar and its person and institution pages:
// publications with their article counts, the institutions with their hierarchy, a person's or an
// institution's articles and quotes, and which archive ids the names of one article stand for.
// Counting is done by SQL, so a sidebar over 100,000 articles costs a few indexed queries.
#pragma once

#include "analysis/analysis.h"
#include "archive.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace kliping::archive {

struct SourceCount {
    qint64 id = 0;
    QString name;
    qint64 articles = 0;
};

struct InstitutionNode {
    qint64 id = 0;
    QString name;
    QString acronym;
    QString kind;
    qint64 parentId = 0; // 0 at the top of the hierarchy
    qint64 articles = 0;
};

struct QuoteEntry {
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleTitle;
    QString source;
    QDateTime published; // the article's date; invalid when unknown
    QString text;
    analysis::QuoteKind kind = analysis::QuoteKind::Direct;
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 speakerId = 0;
    QString speaker;
};

// The archive ids of the people and institutions of one article, by canonical name (the names
// Archive::analysisOf gives).
struct ArticleEntities {
    QHash<QString, qint64> people;
    QHash<QString, qint64> institutions;
};

class EntityQueries {
public:
    explicit EntityQueries(const Archive &archive)
        : m_archive(archive)
    {
    }

    // Publications, the largest first.
    QList<SourceCount> sources() const;
    // Every institution with its parent and article count, by name.
    QList<InstitutionNode> institutions() const;

    // The institution with exactly this canonical name, or 0.
    qint64 institutionNamed(const QString &name) const;
    // The person a merged person became (or the person itself); 0 when there is no such person.
    qint64 currentPerson(qint64 personId) const;

    QList<QuoteEntry> quotesBy(qint64 personId) const;
    // Quotes of the people who held a position at the institution.
    QList<QuoteEntry> quotesByOfficialsOf(qint64 institutionId) const;
    QList<ArticleSummary> articlesOfPerson(qint64 personId) const;
    QList<ArticleSummary> articlesOfInstitution(qint64 institutionId) const;

    ArticleEntities entitiesOf(qint64 articleId) const;
    // The id of the quote with exactly this span in the article, or 0. Quote ids change when an
    // article is analysed again; the span does not.
    qint64 quoteAt(qint64 articleId, qsizetype start, qsizetype end) const;

private:
    QList<QuoteEntry> quotes(const char *where, qint64 id) const;
    QList<ArticleSummary> articles(const char *where, qint64 id) const;

    const Archive &m_archive;
};

} // namespace kliping::archive
