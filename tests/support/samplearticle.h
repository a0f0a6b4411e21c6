// An article with a hand-made analysis for GUI tests and screenshots, while the analyser is not
// yet there: two quotes (direct, indirect), people with positions, institutions, and mentions
// inside and across quotes. Offsets are found in the body, so the text can change freely.
#pragma once

#include "analysis/analysis.h"
#include "ingest/article.h"

#include <QTimeZone>

namespace kliping::tests {

struct SampleArticle {
    ingest::Article article;
    analysis::Analysis analysis;
};

inline analysis::Mention mentionOf(const QString &body, const QString &text,
                                   analysis::MentionType type, const QString &entity)
{
    analysis::Mention m;
    m.type = type;
    m.start = body.indexOf(text);
    m.end = m.start + text.size();
    m.text = text;
    m.entity = entity;
    return m;
}

inline SampleArticle sampleArticleWithAnalysis()
{
    SampleArticle s;
    ingest::Article &a = s.article;
    a.title = QStringLiteral("Polres Contoh Kota Buka Layanan SIM Keliling di Taman Kota");
    a.source = QStringLiteral("Humas Polres Contoh");
    a.byline = QStringLiteral("Rina Wulandari");
    a.published = QDateTime(QDate(2026, 3, 10), QTime(7, 20), QTimeZone::utc());
    a.publishedZone = QStringLiteral("WIB");
    a.captions << QStringLiteral("Kapolres Contoh Kota AKBP Budi Santoso meninjau mobil SIM "
                                 "keliling, Selasa (10/3/2026).");
    a.body = QStringLiteral(
        "TANGERANG – Polres Contoh Kota membuka layanan SIM keliling di Taman Kota setiap akhir "
        "pekan mulai Sabtu.\n\n"
        "Kapolres Contoh Kota AKBP Budi Santoso mengatakan, \"Kami ingin warga tidak perlu "
        "mengambil cuti untuk mengurus SIM & STNK,\" saat meninjau lokasi.\n\n"
        "Wali Kota Contoh H. Sachrudin menyatakan pemerintah kota siap mendukung dengan "
        "menyediakan tempat dan petugas tambahan bagi warga.\n\n"
        "Layanan dibuka pukul 08.00 hingga 14.00 WIB. Warga cukup membawa KTP dan SIM lama.");

    const QString &body = a.body;
    using analysis::MentionType;
    analysis::Analysis &an = s.analysis;
    analysis::Person budi;
    budi.name = QStringLiteral("Budi Santoso");
    budi.titles << QStringLiteral("AKBP");
    budi.roles << analysis::Role{QStringLiteral("Kapolres Contoh Kota"),
                                 QStringLiteral("Polres Contoh Kota")};
    analysis::Person sachrudin;
    sachrudin.name = QStringLiteral("Sachrudin");
    sachrudin.titles << QStringLiteral("H.");
    sachrudin.roles << analysis::Role{QStringLiteral("Wali Kota Contoh"),
                                      QStringLiteral("Pemerintah Kota Contoh")};
    an.people << budi << sachrudin;
    analysis::Institution polres;
    polres.name = QStringLiteral("Polres Contoh Kota");
    polres.acronym = QStringLiteral("Polresta");
    polres.kind = QStringLiteral("police");
    analysis::Institution pemkot;
    pemkot.name = QStringLiteral("Pemerintah Kota Contoh");
    pemkot.acronym = QStringLiteral("Pemkot");
    pemkot.kind = QStringLiteral("government");
    an.institutions << polres << pemkot;

    analysis::Quote direct;
    direct.text =
        QStringLiteral("Kami ingin warga tidak perlu mengambil cuti untuk mengurus SIM & STNK,");
    direct.start = body.indexOf(direct.text);
    direct.end = direct.start + direct.text.size();
    direct.kind = analysis::QuoteKind::Direct;
    direct.speaker = QStringLiteral("Budi Santoso");
    direct.speakerMention = QStringLiteral("Kapolres Contoh Kota AKBP Budi Santoso");
    analysis::Quote indirect;
    indirect.text = QStringLiteral("pemerintah kota siap mendukung dengan menyediakan tempat dan "
                                   "petugas tambahan bagi warga");
    indirect.start = body.indexOf(indirect.text);
    indirect.end = indirect.start + indirect.text.size();
    indirect.kind = analysis::QuoteKind::Indirect;
    indirect.speaker = QStringLiteral("Sachrudin");
    indirect.speakerMention = QStringLiteral("Wali Kota Contoh H. Sachrudin");
    an.quotes << direct << indirect;

    an.mentions << mentionOf(body, QStringLiteral("Polres Contoh Kota"), MentionType::Institution,
                             QStringLiteral("Polres Contoh Kota"))
                << mentionOf(body, QStringLiteral("Budi Santoso"), MentionType::Person,
                             QStringLiteral("Budi Santoso"))
                << mentionOf(body, QStringLiteral("Sachrudin"), MentionType::Person,
                             QStringLiteral("Sachrudin"))
                // Inside the indirect quote.
                << mentionOf(body, QStringLiteral("pemerintah kota"), MentionType::Institution,
                             QStringLiteral("Pemerintah Kota Contoh"))
                << mentionOf(body, QStringLiteral("Taman Kota"), MentionType::Place,
                             QStringLiteral("Taman Kota"));
    return s;
}

} // namespace kliping::tests
