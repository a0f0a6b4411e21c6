// A short list of articles on the person and institution pages (date, title, publication);
// double-click or Enter opens one in the reader.
#pragma once

#include "archive/archive.h"

#include <QTreeWidget>

namespace kliping::gui {

class ArticlesView : public QTreeWidget {
    Q_OBJECT
public:
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit ArticlesView(QWidget *parent = nullptr);
    void setArticles(const QList<archive::ArticleSummary> &articles);

signals:
    void articleRequested(qint64 articleId, qsizetype start, qsizetype end);
};

} // namespace kliping::gui
