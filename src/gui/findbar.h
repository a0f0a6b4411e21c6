// Find in the article: a bar under the reader with the words to find, the number of hits and
// the one shown ("3 of 12"). Every hit is highlighted (extra selections); the current one is the
// reader's selection. Enter or F3 goes to the next hit, Shift+Enter or Shift+F3 to the previous
// one, Esc closes the bar. The hits follow the reader when it shows another article.
#pragma once

#include <QList>
#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace kliping::gui {

class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    int hitCount() const { return int(m_hits.size()); }
    // 0-based index of the hit shown, -1 when none.
    int currentHit() const { return m_current; }
    QString statusText() const;

public slots:
    // Shows the bar with the focus in it (the reader's selection, if any, as the words).
    void open();
    void dismiss();
    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showHit(int index);
    void updateHighlights();

    QTextEdit *m_editor;
    QLineEdit *m_edit;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QList<QTextCursor> m_hits;
    int m_current = -1;
};

} // namespace kliping::gui
