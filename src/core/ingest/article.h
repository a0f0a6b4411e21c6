// An article as Kliping keeps it: the metadata read from the page and the body text with site
// furniture removed. The body never changes after import; analysis results point into it by
// offsets, so it is stored exactly as built here.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kliping::ingest {

struct Article {
    QString title;
    QString byline;        // writer or reporter
    QString editor;
    QString source;        // publication, e.g. "iNews.id"
    QString url;
    QDateTime published;   // UTC instant; invalid when the page gives no date
    QString publishedZone; // zone as printed, e.g. "WIB"; empty when unknown
    QStringList captions;  // photo captions, kept apart from the body
    QString body;          // paragraphs separated by one blank line ("\n\n")
    bool partial = false;  // only a summary was available (e.g. a feed item offline), or the
                           // page was one of several (continuedOnNextPage): the archive keeps
                           // both cases in its `partial` column
    bool continuedOnNextPage = false; // a saved page links to page 2 of the same article

    // Where it came from and what it was, kept so a better parser can run again later.
    QByteArray originalBytes;
    QString mediaType;     // e.g. "text/plain; charset=UTF-8"
    QString origin;        // file path or URL the user gave

    QStringList paragraphs() const { return body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts); }
};

} // namespace kliping::ingest
