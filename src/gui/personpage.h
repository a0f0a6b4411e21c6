// A person's page, opened in a tab of the main window: the name, aliases, ranks and honorifics,
// the positions held over time (title, institution, first and last seen, articles), the
// institutions, every quote (sortable, filterable as you type; double-click opens the article at
// the quote) and the articles naming them. The user corrects the archive here: rename, merge with
// another person, split articles off, and from the quote table's context menu re-attribute a
// quote or mark it as not a quote. Every correction is an undo command on the window's stack.
#pragma once

#include "pagecontext.h"

#include "archive/peopledirectory.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTreeWidget;
class QUndoCommand;

namespace kliping::gui {

class ArticlesView;
class QuotesView;

class PersonPage : public QWidget {
    Q_OBJECT
public:
    PersonPage(const PageContext &context, qint64 personId, QWidget *parent = nullptr);

    qint64 personId() const { return m_personId; }
    QString personName() const { return m_profile ? m_profile->name : QString(); }
    bool exists() const { return m_profile.has_value(); }

    // Reads the person again (after a correction); a person merged into another becomes that one.
    void reload();

    // The corrections, without their dialogs (the actions ask, then call these).
    void rename(const QString &newName);
    void mergeWith(qint64 otherPerson, const QString &otherName);
    void splitOff(const QList<qint64> &articles, const QString &newName);
    void attributeQuote(int shownRow, qint64 person, const QString &personName);
    void markNotQuote(int shownRow);

    // The parts a user sees, for tests.
    QLabel *nameLabel() const { return m_name; }
    QLabel *detailsLabel() const { return m_details; }
    QTreeWidget *positionsView() const { return m_positions; }
    QuotesView *quotesView() const { return m_quotes; }
    ArticlesView *articlesView() const { return m_articles; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *splitAction() const { return m_splitAction; }

signals:
    void articleRequested(qint64 articleId, qsizetype start, qsizetype end);
    void institutionRequested(qint64 institutionId);
    void personRequested(qint64 personId);
    // The name shown changed (rename, merge): the tab follows.
    void titleChanged(const QString &title);

private:
    void askRename();
    void askMerge();
    void askSplit();
    void showQuoteMenu(const QPoint &pos);
    void push(QUndoCommand *command);

    PageContext m_context;
    qint64 m_personId;
    std::optional<archive::PersonProfile> m_profile;

    QLabel *m_name;
    QLabel *m_details;
    QTreeWidget *m_positions;
    QTabWidget *m_tabs;
    QuotesView *m_quotes;
    ArticlesView *m_articles;
    QAction *m_renameAction;
    QAction *m_mergeAction;
    QAction *m_splitAction;
};

} // namespace kliping::gui
