// What a user types in a search box, read without their knowing FTS5 (docs/search.md):
//   kata lain            every word must be there (stemmed: "pelayanan" also finds "melayani")
//   "frasa persis"       exactly these words in this order, as written
//   -kata  -"frasa"      without it
//   a OR b, a ATAU b     either (binds tighter than the implicit AND: a OR b c = (a|b) c)
//   awal*                a word that starts so (three letters at least)
//   oleh:/by:            a person (PeopleDirectory: aliases, misspellings)
//   lembaga:/institution: an institution by name, acronym or alias (and the units under it)
//   sumber:/source:      a publication; sejak:/since:, sampai:/until: dates; judul:/title: title
// Anything may be typed: user text never reaches FTS5 as syntax (every term is a quoted string,
// FTS5 operators are just words) nor SQL (filters are bound parameters). A query that cannot be
// run has an errorString() for the user; one that was partly ignored has warnings().
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace kliping::archive {

class Archive;

enum class SearchTarget { Articles, Quotes };

// A piece of SQL for a WHERE clause, with ? placeholders for values, in order. Aliases: a is
// articles; for quotes, q is quotes.
struct SqlFilter {
    QString clause; // empty when nothing is filtered
    QVariantList values;
};

// A period [start, end) in UTC.
struct DateRange {
    QDateTime start;
    QDateTime end;
};

class SearchQuery {
public:
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QStringList warnings() const { return m_warnings; }

    // The words as a safe FTS5 expression; empty when no word must be there. column restricts it
    // to one column of the index ("text" for who said it); judul: terms keep their column
    // "title" for articles and lose it for quotes.
    QString matchExpression(SearchTarget target = SearchTarget::Articles,
                            const QString &column = {}) const;
    // When nothing must be there but something must not: the excluded words, to subtract.
    QString excludeExpression() const;
    bool hasTerms() const { return !m_groups.isEmpty(); }
    bool hasExcludes() const { return !m_excludes.isEmpty(); }
    bool isEmpty() const { return !hasTerms() && !hasExcludes() && !hasFilters(); }
    bool hasFilters() const;

    // The filters as SQL over the aliases above.
    SqlFilter sqlFilter(SearchTarget target) const;

    // The filters as typed and as resolved (empty text: no such filter).
    QString personText;
    QList<qint64> personIds;
    QString institutionText;
    QList<qint64> institutionIds;
    QStringList sources;
    std::optional<DateRange> since; // from since->start
    std::optional<DateRange> until; // up to until->end (exclusive)

private:
    friend class QueryParser;
    struct Term {
        QString text;
        bool phrase = false;
        bool prefix = false;
        bool titleOnly = false;
    };
    static QString termExpression(const Term &term, bool keepColumn);

    QList<QList<Term>> m_groups; // AND of ORs
    QList<Term> m_excludes;
    QString m_error;
    QStringList m_warnings;
};

class QueryParser {
public:
    // Longer input is cut (a paste of a whole page is not a query); more words are ignored.
    static constexpr int kMaxLength = 1000;
    static constexpr int kMaxTerms = 32;
    // A prefix shorter than this matches too much to be useful: it is searched as a word.
    static constexpr int kMinPrefix = 3;

    // With an archive, oleh: and lembaga: are resolved to ids; without, only read.
    explicit QueryParser(const Archive *archive = nullptr)
        : m_archive(archive)
    {
    }

    SearchQuery parse(const QString &text) const;

    // A date as typed (2025-06-19, 19/6/2025, "19 Juni 2025", 2023-06, Juni 2025, 2023) as the
    // period it names, days starting at midnight WIB. Nothing when it is not a date.
    static std::optional<DateRange> dateRange(const QString &text);

private:
    void resolve(SearchQuery &query) const;
    const Archive *m_archive;
};

} // namespace kliping::archive
