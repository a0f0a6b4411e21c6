#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace kliping::gui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

FindBar::FindBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));

    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAutoRaise(true);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAutoRaise(true);
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    // Another article: find the same words in it.
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (isVisible())
            search();
    });
    hide();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::open()
{
    const QString selected = m_editor->textCursor().selectedText();
    // A short selection is what the user wants to find; a whole quote is not.
    if (!selected.isEmpty() && selected.size() <= 60 &&
        !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search();
}

void FindBar::dismiss()
{
    hide();
    m_hits.clear();
    m_current = -1;
    m_editor->setExtraSelections({});
    m_editor->setFocus(Qt::OtherFocusReason);
}

void FindBar::search()
{
    m_hits.clear();
    m_current = -1;
    const QString needle = m_edit->text();
    if (!needle.isEmpty()) {
        const QTextDocument *document = m_editor->document();
        QTextCursor hit = document->find(needle, 0);
        while (!hit.isNull()) {
            m_hits << hit;
            hit = document->find(needle, hit);
        }
    }
    updateHighlights();
    if (m_hits.isEmpty()) {
        m_status->setText(needle.isEmpty() ? QString() : tr("No matches"));
        // The reader's selection stays where it was, but unhighlighted hits would mislead.
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_previous->setEnabled(true);
    m_next->setEnabled(true);
    // From where the reader is: the first hit at or after its cursor.
    const int from = m_editor->textCursor().selectionStart();
    int index = 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).selectionStart() >= from) {
            index = i;
            break;
        }
    }
    showHit(index);
}

void FindBar::findNext()
{
    if (!isVisible()) {
        open();
        return;
    }
    if (!m_hits.isEmpty())
        showHit((m_current + 1) % int(m_hits.size()));
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        open();
        return;
    }
    if (!m_hits.isEmpty())
        showHit((m_current - 1 + int(m_hits.size())) % int(m_hits.size()));
}

void FindBar::showHit(int index)
{
    m_current = index;
    m_editor->setTextCursor(m_hits.at(index));
    m_editor->ensureCursorVisible();
    m_status->setText(tr("%1 of %2").arg(index + 1).arg(m_hits.size()));
}

void FindBar::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(isDark(m_editor->palette()) ? QColor(0x80, 0x5b, 0x10)
                                                     : QColor(0xff, 0xd8, 0x6b));
    for (const QTextCursor &hit : std::as_const(m_hits))
        selections.append({hit, format});
    m_editor->setExtraSelections(selections);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kliping::gui
