#include "correctioncommands.h"

#include "archive/entityqueries.h"
#include "correctionrunner.h"

#include <QCoreApplication>

namespace kliping::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CorrectionCommands)
};

// The quote at a span, found again on the worker's connection.
std::optional<qint64> quoteAt(const archive::Archive &archive, qint64 article, qsizetype start,
                              qsizetype end, QString *error)
{
    const qint64 id = archive::EntityQueries(archive).quoteAt(article, start, end);
    if (id)
        return id;
    *error = Tr::tr("The quote is no longer in the article's analysis.");
    return std::nullopt;
}

} // namespace

CorrectionCommand::CorrectionCommand(CorrectionRunner *runner, const QString &text,
                                     ImportController::CorrectionJob apply)
    : QUndoCommand(text)
    , m_runner(runner)
    , m_apply(std::move(apply))
{
}

void CorrectionCommand::redo()
{
    m_runner->enqueue(m_apply,
                      [id = m_id](qint64 correctionId, const QString &) { *id = correctionId; });
}

void CorrectionCommand::undo()
{
    m_runner->enqueue(
        [id = m_id](archive::Archive &, archive::Corrections &corrections,
                    QString *error) -> std::optional<qint64> {
            if (*id == 0) {
                *error = Tr::tr("The correction was not made, so there is nothing to undo.");
                return std::nullopt;
            }
            if (!corrections.undo(*id))
                return std::nullopt;
            return *id;
        },
        [id = m_id](qint64 correctionId, const QString &) {
            if (correctionId)
                *id = 0;
        });
}

namespace commands {

QUndoCommand *merge(CorrectionRunner *runner, qint64 fromPerson, const QString &fromName,
                    qint64 intoPerson, const QString &intoName)
{
    return new CorrectionCommand(
        runner, Tr::tr("Merge %1 into %2").arg(fromName, intoName),
        [fromPerson, intoPerson](archive::Archive &, archive::Corrections &c, QString *) {
            return c.merge(fromPerson, intoPerson);
        });
}

QUndoCommand *rename(CorrectionRunner *runner, qint64 person, const QString &oldName,
                     const QString &newName)
{
    return new CorrectionCommand(
        runner, Tr::tr("Rename %1 to %2").arg(oldName, newName),
        [person, newName](archive::Archive &, archive::Corrections &c, QString *) {
            return c.rename(person, newName);
        });
}

QUndoCommand *split(CorrectionRunner *runner, qint64 person, const QString &name,
                    const QList<qint64> &articles, const QString &newName)
{
    return new CorrectionCommand(
        runner, Tr::tr("Split %n article(s) off %1", nullptr, int(articles.size())).arg(name),
        [person, articles, newName](archive::Archive &, archive::Corrections &c, QString *) {
            return c.split(person, articles, newName);
        });
}

QUndoCommand *attribute(CorrectionRunner *runner, qint64 article, qsizetype start, qsizetype end,
                        qint64 person, const QString &personName)
{
    return new CorrectionCommand(runner, Tr::tr("Attribute a quote to %1").arg(personName),
                                 [=](archive::Archive &archive, archive::Corrections &c,
                                     QString *error) -> std::optional<qint64> {
                                     const auto quote =
                                         quoteAt(archive, article, start, end, error);
                                     return quote ? c.attribute(*quote, person) : std::nullopt;
                                 });
}

QUndoCommand *notQuote(CorrectionRunner *runner, qint64 article, qsizetype start, qsizetype end)
{
    return new CorrectionCommand(runner, Tr::tr("Mark as not a quote"),
                                 [=](archive::Archive &archive, archive::Corrections &c,
                                     QString *error) -> std::optional<qint64> {
                                     const auto quote =
                                         quoteAt(archive, article, start, end, error);
                                     return quote ? c.markNotQuote(*quote) : std::nullopt;
                                 });
}

} // namespace commands

} // namespace kliping::gui
