// The undo commands of Kliping, all in one place: each applies one correction of the analysis
// (merge, rename, split, re-attribute a quote, not a quote) through Corrections on the worker,
// and its undo is Corrections::undo of the correction it made. Redo applies the correction anew.
// The commands hold only ids and spans, never pointers into a page, so a page may close while
// its command waits on the worker.
#pragma once

#include "importcontroller.h"

#include <QList>
#include <QUndoCommand>

#include <memory>

namespace kliping::gui {

class CorrectionRunner;

class CorrectionCommand : public QUndoCommand {
public:
    CorrectionCommand(CorrectionRunner *runner, const QString &text,
                      ImportController::CorrectionJob apply);

    void redo() override;
    void undo() override;

    // The correction made by the last redo, 0 before it is done (or when it failed).
    qint64 correctionId() const { return *m_id; }

private:
    CorrectionRunner *m_runner;
    ImportController::CorrectionJob m_apply;
    // Shared with the jobs in flight: the undo job reads the id the redo job produced.
    std::shared_ptr<qint64> m_id = std::make_shared<qint64>(0);
};

namespace commands {

QUndoCommand *merge(CorrectionRunner *runner, qint64 fromPerson, const QString &fromName,
                    qint64 intoPerson, const QString &intoName);
QUndoCommand *rename(CorrectionRunner *runner, qint64 person, const QString &oldName,
                     const QString &newName);
QUndoCommand *split(CorrectionRunner *runner, qint64 person, const QString &name,
                    const QList<qint64> &articles, const QString &newName);
// A quote is named by its article and span: its id changes when the article is analysed again.
QUndoCommand *attribute(CorrectionRunner *runner, qint64 article, qsizetype start, qsizetype end,
                        qint64 person, const QString &personName);
QUndoCommand *notQuote(CorrectionRunner *runner, qint64 article, qsizetype start, qsizetype end);

} // namespace commands

} // namespace kliping::gui
