// Per-site knowledge for saved web pages, read from resources/lexicon/sites.tsv: where a site
// keeps its article text and which of its boxes are never article text. It only refines the
// generic extractor of HtmlPageParser, which works on sites it has never seen.
#pragma once

#include "htmldocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kliping::ingest {

// A simple selector: an optional tag followed by any of .class, #id and [attribute=value]
// ("div.detail-text", "#content", "[itemprop=articleBody]"). No combinators: this is not CSS.
class SimpleSelector {
public:
    static SimpleSelector parse(const QString &text); // invalid when the text is not one
    bool isValid() const { return m_valid; }
    bool matches(const HtmlDocument &document, int index) const;
    QString text() const { return m_text; }
    QStringList attributeNames() const; // of its [attribute=value] parts

private:
    QString m_text;
    QString m_tag;
    QStringList m_classes;
    QString m_id;
    QList<QPair<QString, QString>> m_attributes;
    bool m_valid = false;
};

struct SiteRule {
    enum class Kind { Body, Drop };
    QString domain; // "detik.com" also covers "news.detik.com"
    Kind kind = Kind::Body;
    SimpleSelector selector;
};

class SiteRules {
public:
    static const SiteRules &instance();

    // Loads the built-in sites.tsv, then userFile (same format) when given.
    explicit SiteRules(const QString &userFile = {});

    // The rules for a host name ("www.news.detik.com"), most specific domain first.
    QList<SiteRule> rulesFor(const QString &host) const;
    QStringList errors() const { return m_errors; }
    // The attributes the rules' selectors look at, besides id and class ("itemprop").
    QStringList attributeNames() const;

private:
    void load(const QString &path, bool reportMissing);

    QList<SiteRule> m_rules;
    QStringList m_errors;
};

} // namespace kliping::ingest
