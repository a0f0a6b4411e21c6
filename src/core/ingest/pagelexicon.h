// What Kliping knows about the layout of news pages, read from resources/lexicon/: site
// furniture lines, metadata labels ("Editor :"), caption labels and publications. Loaded once,
// then shared read-only between threads.
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace kliping::ingest {

struct PublicationEntry {
    QString name;
    QString domain;
    QStringList aliases;
};

class PageLexicon {
public:
    // ListHeading: a line such as "Baca Juga" alone, above a list of other articles' headlines.
    enum class LineKind { Content, Furniture, EndOfArticle, ListHeading };

    struct Marker {
        QString field; // byline, editor, source
        QString value;
        bool endsArticle = false;
    };

    static const PageLexicon &instance();

    // Loads the built-in files, then userFile (same format, any of the three kinds, with a
    // first field naming the kind: furniture / marker / source) when it is given.
    explicit PageLexicon(const QString &userFile = {});

    LineKind classify(const QString &line) const;
    // "Editor : M Mahfud" -> {editor, "M Mahfud"}; several markers may share a line ("A | B").
    QList<Marker> markers(const QString &line) const;
    bool isCaption(const QString &line) const;
    // "Laporan Wartawan Tribunnews.com, Nama Wartawan TRIBUNNEWS.COM, BOGOR -- ...": the name,
    // and in *rest what follows it on the line (the article text, when the lines were glued).
    QString leadingByline(const QString &line, QString *rest) const;
    // The publication a name, alias or domain refers to, or nullptr.
    const PublicationEntry *publication(const QString &nameOrDomain) const;

    QStringList errors() const { return m_errors; }

private:
    void loadFurniture(const QString &path);
    void loadMarkers(const QString &path);
    void loadSources(const QString &path);
    void buildPatterns();
    static QString key(const QString &line);

    QHash<QString, LineKind> m_lines;              // key(line) -> kind
    QList<QPair<QString, LineKind>> m_prefixes;    // casefolded prefix -> kind
    QHash<QString, QPair<QString, bool>> m_labels; // casefolded label -> (field, ends)
    QStringList m_captionLabels;
    QStringList m_leadBylineLabels;
    QRegularExpression m_markerPattern;
    QRegularExpression m_captionPattern;
    QList<PublicationEntry> m_publications;
    QHash<QString, int> m_publicationIndex; // casefolded alias/domain -> index
    QStringList m_errors;
    // The longest exact furniture line, prefix and lead-in label: how much of a paragraph the
    // checks need to fold (a paragraph is hundreds of characters; these are a few words).
    qsizetype m_longestLine = 0;
    qsizetype m_longestPrefix = 0;
    qsizetype m_longestLeadLabel = 0;
};

} // namespace kliping::ingest
