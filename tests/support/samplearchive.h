// A small archive for GUI tests and screenshots: four articles from three publications with
// hand-made analyses. Budi Santoso (Kapolres Contoh Kota) is quoted three times in two articles,
// Bambang Wijaya (Wakapolda Contoh) and Sachrudin (Wali Kota Contoh) once each; the police units
// form the hierarchy Polri > Polda Contoh > Polres Contoh Kota > Polsek Contoh Barat.
#pragma once

#include "archive/archive.h"
#include "samplearticle.h"

#include <QTimeZone>

namespace kliping::tests {

struct ArticleBuilder {
    ingest::Article article;
    analysis::Analysis analysis;

    ArticleBuilder(const QString &title, const QString &source, QDate date, const QString &body)
    {
        article.title = title;
        article.source = source;
        article.published = QDateTime(date, QTime(3, 0), QTimeZone::utc());
        article.publishedZone = QStringLiteral("WIB");
        article.body = body;
    }
    ArticleBuilder &person(const QString &name, const QString &title = {},
                           const QString &institution = {}, const QString &rank = {})
    {
        analysis::Person p;
        p.name = name;
        if (!rank.isEmpty())
            p.titles << rank;
        if (!title.isEmpty())
            p.roles << analysis::Role{title, institution};
        analysis.people << p;
        if (article.body.contains(name))
            analysis.mentions << mentionOf(article.body, name, analysis::MentionType::Person, name);
        return *this;
    }
    ArticleBuilder &institution(const QString &name, const QString &acronym = {},
                                const QString &parent = {})
    {
        analysis::Institution i;
        i.name = name;
        i.acronym = acronym;
        i.kind = QStringLiteral("police");
        i.parent = parent;
        analysis.institutions << i;
        if (article.body.contains(name))
            analysis.mentions << mentionOf(article.body, name, analysis::MentionType::Institution,
                                           name);
        return *this;
    }
    ArticleBuilder &quote(const QString &text, const QString &speaker,
                          analysis::QuoteKind kind = analysis::QuoteKind::Direct)
    {
        analysis::Quote q;
        q.text = text;
        q.start = article.body.indexOf(text);
        q.end = q.start + text.size();
        q.kind = kind;
        q.speaker = speaker;
        q.speakerMention = speaker;
        q.confidence = 0.9;
        analysis.quotes << q;
        return *this;
    }
};

inline QList<ArticleBuilder> sampleArchiveArticles()
{
    QList<ArticleBuilder> list;
    const SampleArticle first = sampleArticleWithAnalysis();
    ArticleBuilder one(first.article.title, first.article.source, first.article.published.date(),
                       first.article.body);
    one.article = first.article;
    one.analysis = first.analysis;
    // The Polres belongs to the Polda, which belongs to Polri.
    one.analysis.institutions[0].parent = QStringLiteral("Polda Contoh");
    list << one;

    ArticleBuilder two(
        QStringLiteral("Polsek Contoh Barat Tangkap Dua Pelaku Curanmor"),
        QStringLiteral("Tribun Contoh"), QDate(2026, 4, 2),
        QStringLiteral("Polsek Contoh Barat menangkap dua pelaku pencurian sepeda motor di "
                       "Pasar Baru, Rabu malam.\n\n"
                       "Kapolres Contoh Kota AKBP Budi Santoso mengatakan, \"Kedua pelaku sudah "
                       "kami tahan dan barang bukti kami amankan,\" kepada wartawan.\n\n"
                       "Ia menambahkan patroli malam di pasar akan ditambah selama bulan puasa."));
    two.person(QStringLiteral("Budi Santoso"), QStringLiteral("Kapolres Contoh Kota"),
               QStringLiteral("Polres Contoh Kota"), QStringLiteral("AKBP"))
        .institution(QStringLiteral("Polsek Contoh Barat"), QStringLiteral("Polsek"),
                     QStringLiteral("Polres Contoh Kota"))
        .institution(QStringLiteral("Polres Contoh Kota"), QStringLiteral("Polresta"),
                     QStringLiteral("Polda Contoh"))
        .quote(QStringLiteral("Kedua pelaku sudah kami tahan dan barang bukti kami amankan,"),
               QStringLiteral("Budi Santoso"))
        .quote(QStringLiteral("patroli malam di pasar akan ditambah selama bulan puasa"),
               QStringLiteral("Budi Santoso"), analysis::QuoteKind::Indirect);
    list << two;

    ArticleBuilder three(
        QStringLiteral("Wakapolda Contoh Ajak Warga Jaga Kamtibmas Jelang Pilkada"),
        QStringLiteral("Kabar Contoh"), QDate(2026, 9, 15),
        QStringLiteral("Polda Contoh menggelar apel siaga menjelang pilkada di lapangan "
                       "Mapolda.\n\n"
                       "Wakapolda Contoh Kombes Bambang Wijaya berkata, \"Jangan mudah percaya "
                       "kabar bohong yang beredar di media sosial,\" usai apel.\n\n"
                       "Sebanyak 1.200 personel disiagakan di seluruh tempat pemungutan suara."));
    three
        .person(QStringLiteral("Bambang Wijaya"), QStringLiteral("Wakapolda Contoh"),
                QStringLiteral("Polda Contoh"), QStringLiteral("Kombes"))
        .institution(QStringLiteral("Polda Contoh"), QStringLiteral("Polda"),
                     QStringLiteral("Polri"))
        .quote(QStringLiteral("Jangan mudah percaya kabar bohong yang beredar di media sosial,"),
               QStringLiteral("Bambang Wijaya"));
    list << three;

    ArticleBuilder four(
        QStringLiteral("Pemkot Contoh Siapkan Lahan Parkir untuk Layanan SIM Keliling"),
        QStringLiteral("Tribun Contoh"), QDate(2026, 3, 12),
        QStringLiteral("Pemerintah Kota Contoh menyiapkan lahan parkir di Taman Kota untuk "
                       "mobil layanan SIM keliling.\n\n"
                       "Wali Kota Contoh Sachrudin mengatakan, \"Warga harus merasa dilayani, "
                       "bukan dipersulit,\" di Balai Kota."));
    four.person(QStringLiteral("Sachrudin"), QStringLiteral("Wali Kota Contoh"),
                QStringLiteral("Pemerintah Kota Contoh"), QStringLiteral("H."))
        .institution(QStringLiteral("Pemerintah Kota Contoh"), QStringLiteral("Pemkot"))
        .quote(QStringLiteral("Warga harus merasa dilayani, bukan dipersulit,"),
               QStringLiteral("Sachrudin"));
    four.analysis.institutions.last().kind = QStringLiteral("government");
    list << four;
    return list;
}

// Stores the sample articles in the archive; false when the archive refused them.
inline bool fillSampleArchive(archive::Archive &archive)
{
    QList<ingest::Article> articles;
    QList<analysis::Analysis> analyses;
    for (const ArticleBuilder &b : sampleArchiveArticles()) {
        articles << b.article;
        analyses << b.analysis;
    }
    return archive.importArticles(articles, analyses, 1).has_value();
}

} // namespace kliping::tests
