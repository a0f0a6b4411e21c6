// The panel beside the reader listing what the analysis found in the article shown: its people
// (with ranks, honorifics and positions "title — institution"), its institutions (with
// acronyms) and its quotes (first words, speaker, kind). Choosing a quote asks the reader to
// show it; a click on a person or an institution the archive knows opens its page; an empty group
// says so rather than staying blank.
#pragma once

#include "analysis/analysis.h"
#include "articlehtml.h"

#include <QTreeWidget>

namespace kliping::gui {

class AnalysisPanel : public QTreeWidget {
    Q_OBJECT
public:
    enum Group { PeopleGroup, InstitutionsGroup, QuotesGroup };
    // Item data: the quote's body offsets.
    enum Role { QuoteStartRole = Qt::UserRole + 1, QuoteEndRole, PersonIdRole, InstitutionIdRole };

    static constexpr int kFirstWords = 10;

    explicit AnalysisPanel(QWidget *parent = nullptr);

    // links names the archive ids of the people and institutions (their items become links).
    void showAnalysis(const analysis::Analysis &analysis, const ArticleLinks &links = {});
    // No article is shown.
    void showNothing();
    // The swatches of the quote kinds match the reader's marks.
    void setColours(const ArticleHtml::Colours &colours);

    QTreeWidgetItem *groupItem(Group group) const;
    // The words of a quote as listed: the first kFirstWords words, with an ellipsis if cut.
    static QString firstWords(const QString &text);

signals:
    // A quote was chosen (clicked or moved to with the keys): [start, end) in the body.
    void quoteChosen(qsizetype start, qsizetype end);
    void personChosen(qint64 personId);
    void institutionChosen(qint64 institutionId);

private:
    void emitQuote(QTreeWidgetItem *item);
    void emitEntity(QTreeWidgetItem *item);
    QTreeWidgetItem *addGroup(const QString &title, qsizetype count, const QString &emptyText);
    QIcon swatch(const QColor &colour) const;

    ArticleHtml::Colours m_colours;
    analysis::Analysis m_analysis;
    ArticleLinks m_links;
    bool m_hasArticle = false;
};

} // namespace kliping::gui
