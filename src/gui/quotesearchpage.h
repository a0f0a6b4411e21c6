// Quote search, a tab of the main window (View ▸ Search Quotes, Ctrl+Shift+F): who said what,
// narrowed by the official (a name field completing from the archive's people, misspellings
// too), words in the query language, an institution, a period and the kind of quote. The results
// table shows the date, the official, their position at the time, the quote with the words found
// in bold and the article; double-click opens the article at the quote. Its context menu
// re-attributes a quote or marks it as not one (undo commands on the window's stack) and copies
// the quote with its citation.
//
// On a small archive a search runs at once on the window's reader connection (milliseconds);
// on a large one it runs on a worker with a read-only connection of its own, and the results of
// a search overtaken by a newer one (the user typed on) are dropped.
#pragma once

#include "pagecontext.h"

#include "archive/search.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kliping::gui {

class PersonMatchModel;
class QuoteSearchModel;

class QuoteSearchPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kLimit = 200;
    // From this many articles on, searches run on a worker.
    static constexpr qint64 kBackgroundFrom = 20000;

    explicit QuoteSearchPage(const PageContext &context, QWidget *parent = nullptr);

    // Runs the search of the form now (typing runs it after a short pause); on a large archive
    // the results come later (isSearching()).
    void search();
    bool isSearching() const { return m_pending > 0; }
    // Archives of at least this many articles are searched on a worker (tests lower it).
    void setBackgroundFrom(qint64 articles) { m_backgroundFrom = articles; }
    // The archive changed (a correction): the same search again.
    void reload() { search(); }
    // No corrections on a read-only archive.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Puts the cursor in the official's field.
    void focusOfficial();

    // The corrections and the copy of the context menu, without the menu.
    void attributeQuote(int row, qint64 person, const QString &personName);
    void markNotQuote(int row);
    void copyQuote(int row);

    // The parts a user sees, for tests.
    QLineEdit *officialEdit() const { return m_official; }
    QCompleter *officialCompleter() const { return m_completer; }
    QLineEdit *wordsEdit() const { return m_words; }
    QLineEdit *institutionEdit() const { return m_institution; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *kindBox() const { return m_kind; }
    QTableView *table() const { return m_table; }
    QuoteSearchModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void articleRequested(qint64 articleId, qsizetype start, qsizetype end);

private:
    void showMenu(const QPoint &pos);
    void showResults(const archive::SearchResults<archive::QuoteHit> &results,
                     const QString &official, qint64 officialId);
    void openRow(int row);
    // The ids the official's field means: the one chosen from the completions, else everyone
    // the text may name (aliases, misspellings).
    QList<qint64> officialIds() const;

    PageContext m_context;
    bool m_readOnly = false;
    PersonMatchModel *m_people;
    QuoteSearchModel *m_model;
    QLineEdit *m_official;
    QCompleter *m_completer;
    QLineEdit *m_words;
    QLineEdit *m_institution;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_kind;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_delay;
    qint64 m_backgroundFrom = kBackgroundFrom;
    int m_generation = 0; // of the latest search: older results are dropped
    int m_pending = 0;    // searches still running on a worker
    qint64 m_chosen = 0;  // the official picked from the completions
    QString m_chosenName;
};

} // namespace kliping::gui
