// The quotes a quote search found: date, the official who said it, the position they held at the
// time (from the archive's positions by date; the article's own words for a speaker the archive
// does not know), the quote with the words searched for in bold (HtmlRole), and the article.
#pragma once

#include "archive/peopledirectory.h"
#include "archive/search.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kliping::gui {

class QuoteSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        SpeakerColumn,
        PositionColumn,
        QuoteColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role { HtmlRole = Qt::UserRole + 1 };

    // The archive is the window's reader connection; it must outlive the model.
    explicit QuoteSearchModel(const archive::Archive &archive, QObject *parent = nullptr);

    void setHits(const QList<archive::QuoteHit> &hits);
    const archive::QuoteHit *hitAt(int row) const;
    // The title the speaker held when the article appeared ("Wali Kota Contoh"), else how the
    // article named them; empty when neither is known.
    QString positionAt(int row) const;
    // The quote with its citation, for the clipboard:
    // “…,” kata X (Jabatan), Sumber, 10 Mar 2026, https://…
    QString citation(int row, const QString &url) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const archive::Archive &m_archive;
    QList<archive::QuoteHit> m_hits;
    QList<QString> m_positions; // per row, found once when the hits come
};

} // namespace kliping::gui
