// What the page of a person and the page of an institution share: the large name, the details
// line whose links lead to institutions of the archive (never outside the program), a table of
// positions over time under its title, and the tabs of quotes and articles below it.
#pragma once

#include <QStringList>

#include <functional>

class QLabel;
class QSplitter;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;
class QWidget;

namespace kliping::gui::entitypage {

// The name in large bold type, selectable; the details as rich text whose "kliping:institution/N"
// links call openInstitution(N).
void setUpHeading(QLabel *name, QLabel *details,
                  const std::function<void(qint64)> &openInstitution);
// A flat table of spans: the first two columns stretch, the others fit their contents.
void setUpSpanTable(QTreeWidget *table, const QStringList &headers);
// The table under its bold title above the tabs, in a splitter that gives the tabs three parts
// of four.
QSplitter *spansAboveTabs(const QString &title, QTreeWidget *table, QTabWidget *tabs,
                          QWidget *page);
// The page's main layout with the margins both pages use.
QVBoxLayout *pageLayout(QWidget *page);

} // namespace kliping::gui::entitypage
