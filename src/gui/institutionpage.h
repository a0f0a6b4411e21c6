// An institution's page, opened in a tab of the main window: its name and acronym, its kind, the
// unit above it and the units below it (each opens its own page), the people who held positions
// there and when (each opens their page), its articles, and the quotes of its officials.
#pragma once

#include "pagecontext.h"

#include "archive/institutiondirectory.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace kliping::gui {

class ArticlesView;
class QuotesView;

class InstitutionPage : public QWidget {
    Q_OBJECT
public:
    InstitutionPage(const PageContext &context, qint64 institutionId, QWidget *parent = nullptr);

    qint64 institutionId() const { return m_id; }
    QString institutionName() const { return m_profile ? m_profile->institution.name : QString(); }
    void reload();

    QLabel *nameLabel() const { return m_name; }
    QLabel *detailsLabel() const { return m_details; }
    QTreeWidget *officialsView() const { return m_officials; }
    QuotesView *quotesView() const { return m_quotes; }
    ArticlesView *articlesView() const { return m_articles; }

signals:
    void articleRequested(qint64 articleId, qsizetype start, qsizetype end);
    void institutionRequested(qint64 institutionId);
    void personRequested(qint64 personId);
    void titleChanged(const QString &title);

private:
    PageContext m_context;
    qint64 m_id;
    std::optional<archive::InstitutionProfile> m_profile;

    QLabel *m_name;
    QLabel *m_details;
    QTreeWidget *m_officials;
    QTabWidget *m_tabs;
    QuotesView *m_quotes;
    ArticlesView *m_articles;
};

} // namespace kliping::gui
