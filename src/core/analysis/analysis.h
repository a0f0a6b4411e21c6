// What the analysis finds in one article: mentions of people, institutions and places, the
// people and institutions they resolve to within the article, and the quotes with their speakers.
// Every span is a pair of offsets into Article::body (UTF-16 code units, end exclusive).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kliping::analysis {

struct Role {
    QString title;       // e.g. "Kapolres Metro Tangerang Kota"
    QString institution; // canonical institution name, e.g. "Polres Metro Tangerang Kota"
};

struct Person {
    QString name;        // canonical name without titles, e.g. "Zain Dwi Nugroho"
    QStringList aliases; // other forms seen in this article
    QStringList titles;  // ranks and honorifics, e.g. "Kombes", "H."
    QList<Role> roles;
};

struct Institution {
    QString name;
    QString acronym;
    QStringList aliases;
    QString kind;   // police, military, government, ministry, legislature, judiciary, prosecution,
                    // agency, company, party, ngo, media, education, corrections; or empty
    QString parent; // the institution (or type) one level up when known: Polres -> Polda -> Polri
};

enum class QuoteKind { Direct, Indirect };

struct Quote {
    QString text;           // the words said, without quotation marks
    QString speaker;        // canonical person name, or empty when unknown
    QString speakerMention; // the words that named the speaker here
    QuoteKind kind = QuoteKind::Direct;
    qsizetype start = 0;
    qsizetype end = 0;
    double confidence = 0.0; // 0..1: how sure the attribution is (0 when no speaker)
    QString rule;            // which rule attributed it, e.g. "trailing-cue", "nya", "lead-in"
};

enum class MentionType { Person, Institution, Place };

struct Mention {
    MentionType type = MentionType::Person;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString entity; // canonical name, or empty
};

struct Analysis {
    QList<Person> people;
    QList<Institution> institutions;
    QList<Quote> quotes;
    QList<Mention> mentions;
    // Why the article was not analysed (a body longer than Analyzer::kMaxBodyLength), for the
    // user; empty when it was. The article itself is still kept.
    QString error;
};

} // namespace kliping::analysis
