// The user's corrections of the analysis: merge two people, split articles off a wrongly merged
// person, rename, re-attribute a quote, mark a quote as not a quote. Each is stored apart from
// the analysis (table corrections) and applied on top of it, so it survives re-analysis; each can
// be undone, which re-analyses the articles it touched.
//
// Payloads (JSON): merge {from, into, articles[]}; split {person, newPerson, articles[]};
// rename {person, oldName, newName}; attribute {article, start, end, text, person (0 = unknown)};
// not-quote {article, start, end, text}.
#pragma once

#include "analysis/analyzer.h"
#include "archive.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kliping::archive {

struct Correction {
    qint64 id = 0;
    QString kind; // merge, split, rename, attribute, not-quote
    QJsonObject payload;
    QDateTime createdAt;
    QDateTime undoneAt; // invalid while in force
    bool inForce() const { return !undoneAt.isValid(); }
};

class Corrections {
public:
    Corrections(Archive &archive, const analysis::Analyzer &analyzer)
        : m_archive(archive)
        , m_analyzer(analyzer)
    {
    }

    // Each returns the new correction's id, or nothing with errorString() set.
    std::optional<qint64> merge(qint64 fromPerson, qint64 intoPerson);
    std::optional<qint64> split(qint64 person, const QList<qint64> &articles, const QString &newName = {});
    std::optional<qint64> rename(qint64 person, const QString &newName);
    std::optional<qint64> attribute(qint64 quoteId, qint64 person);
    std::optional<qint64> markNotQuote(qint64 quoteId);
    bool undo(qint64 correctionId);

    QList<Correction> list() const;
    QString errorString() const { return m_error; }

    // Applies the corrections in force to one article's freshly written analysis. Called by the
    // archive inside its write transaction.
    static bool applyToArticle(StatementCache &statements, qint64 articleId, QString *error);

private:
    std::optional<qint64> record(const QString &kind, const QJsonObject &payload);
    bool reanalyse(const QList<qint64> &articles);
    bool begin();
    bool commit();
    void rollback();
    bool failed(const QString &message);

    Archive &m_archive;
    const analysis::Analyzer &m_analyzer;
    QString m_error;
};

} // namespace kliping::archive
