// kliping-cli commands about people, institutions and the user's corrections.
#include "analysis/analyzer.h"
#include "archive/corrections.h"
#include "archive/institutiondirectory.h"
#include "archive/peopledirectory.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace kliping::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KlipingCli)
};

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."));
}

QJsonValue dateJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(dateText(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonObject spanJson(const archive::PositionSpan &s)
{
    return {{QStringLiteral("title"), s.title},
            {QStringLiteral("institution"), s.institution.isEmpty() ? QJsonValue() : QJsonValue(s.institution)},
            {QStringLiteral("first_seen"), dateJson(s.firstSeen)},
            {QStringLiteral("last_seen"), dateJson(s.lastSeen)},
            {QStringLiteral("articles"), s.articles},
            {QStringLiteral("person_id"), s.personId},
            {QStringLiteral("person"), s.personName}};
}

QString spanText(const archive::PositionSpan &s)
{
    return QStringLiteral("%1 — %2 %3  %4%5")
        .arg(dateText(s.firstSeen), dateText(s.lastSeen), s.personName.isEmpty() ? QString() : s.personName,
             s.title, s.institution.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.institution));
}

// Reads a positive id argument; prints the usage error and returns 0 when it is not one.
qint64 idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << Tr::tr("%1 must be a number (see kliping-cli people, quotes, corrections).")
                     .arg(what)
              << "\n";
        return 0;
    }
    return id;
}

// Opens the archive, makes one correction and says what was done (and how to undo it) or why
// it could not be.
int correct(const Context &ctx,
            const std::function<std::optional<qint64>(archive::Corrections &)> &make,
            const QString &done)
{
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const analysis::Analyzer analyzer;
    archive::Corrections corrections(archive, analyzer);
    const std::optional<qint64> id = make(corrections);
    if (!id) {
        err() << corrections.errorString() << "\n";
        return SomeFailed;
    }
    out() << Tr::tr("%1 (correction #%2; undo with: kliping-cli undo %2)").arg(done).arg(*id) << "\n";
    return Success;
}

} // namespace

int cmdPeople(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"),
                                 Tr::tr("A name, part of one or a misspelling; all people when empty."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int rc = parseCommand(parser, ctx, Tr::tr("List the people of the archive.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const archive::PeopleDirectory directory(archive);
    const QString query = parser.positionalArguments().join(u' ');
    const auto people = query.isEmpty() ? directory.all() : directory.find(query, 50);
    QJsonArray array;
    for (const archive::PersonMatch &p : people) {
        if (parser.isSet(json))
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("matched"), p.matchedText},
                                     {QStringLiteral("quotes"), p.quotes}});
        else
            out() << p.id << '\t' << p.quotes << '\t' << p.name
                  << (p.matchedText != p.name ? QStringLiteral("  (%1)").arg(p.matchedText) : QString())
                  << "\n";
    }
    if (parser.isSet(json))
        printJson(array);
    return Success;
}

int cmdPerson(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The person's number (see people)."),
                                 QStringLiteral("ID"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Show a person: names, positions over time.")); rc >= 0)
        return rc;
    const qint64 id = idArgument(parser.positionalArguments().value(0), Tr::tr("The person"));
    if (!id)
        return UsageError;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const auto profile = archive::PeopleDirectory(archive).profile(id);
    if (!profile) {
        err() << Tr::tr("There is no person #%1.").arg(id) << "\n";
        return SomeFailed;
    }
    if (parser.isSet(json)) {
        QJsonArray positions;
        for (const auto &s : profile->positions)
            positions.append(spanJson(s));
        printJson(QJsonObject{{QStringLiteral("id"), profile->id},
                              {QStringLiteral("name"), profile->name},
                              {QStringLiteral("aliases"), QJsonArray::fromStringList(profile->aliases)},
                              {QStringLiteral("titles"), QJsonArray::fromStringList(profile->titles)},
                              {QStringLiteral("positions"), positions},
                              {QStringLiteral("articles"), profile->articles},
                              {QStringLiteral("quotes"), profile->quotes}});
        return Success;
    }
    out() << profile->name << "\n";
    if (!profile->titles.isEmpty())
        out() << Tr::tr("Ranks and honorifics: %1").arg(profile->titles.join(QStringLiteral(", "))) << "\n";
    if (!profile->aliases.isEmpty())
        out() << Tr::tr("Also written: %1").arg(profile->aliases.join(QStringLiteral("; "))) << "\n";
    out() << Tr::tr("Articles: %1, quotes: %2").arg(profile->articles).arg(profile->quotes) << "\n";
    if (!profile->positions.isEmpty())
        out() << Tr::tr("Positions:") << "\n";
    for (archive::PositionSpan s : profile->positions) {
        s.personName.clear();
        out() << "  " << spanText(s) << "\n";
    }
    return Success;
}

int cmdInstitutions(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), Tr::tr("Words of a name, acronym or alias."),
                                 QStringLiteral("[WORDS]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption show(QStringLiteral("id"), Tr::tr("Show one institution in full."),
                                  QStringLiteral("ID"));
    parser.addOptions({json, show});
    if (const int rc = parseCommand(parser, ctx, Tr::tr("List the institutions of the archive.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const archive::InstitutionDirectory directory(archive);
    const auto summaryJson = [](const archive::InstitutionSummary &i) {
        return QJsonObject{{QStringLiteral("id"), i.id},
                           {QStringLiteral("name"), i.name},
                           {QStringLiteral("acronym"), i.acronym.isEmpty() ? QJsonValue() : QJsonValue(i.acronym)},
                           {QStringLiteral("kind"), i.kind.isEmpty() ? QJsonValue() : QJsonValue(i.kind)},
                           {QStringLiteral("parent"), i.parent.isEmpty() ? QJsonValue() : QJsonValue(i.parent)},
                           {QStringLiteral("articles"), i.articles}};
    };
    if (parser.isSet(show)) {
        const qint64 id = idArgument(parser.value(show), Tr::tr("The institution"));
        if (!id)
            return UsageError;
        const auto p = directory.profile(id);
        if (!p) {
            err() << Tr::tr("There is no institution #%1.").arg(id) << "\n";
            return SomeFailed;
        }
        if (parser.isSet(json)) {
            QJsonObject o = summaryJson(p->institution);
            o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(p->aliases));
            QJsonArray children, officials;
            for (const auto &c : p->children)
                children.append(summaryJson(c));
            for (const auto &s : p->officials)
                officials.append(spanJson(s));
            o.insert(QStringLiteral("children"), children);
            o.insert(QStringLiteral("officials"), officials);
            printJson(o);
            return Success;
        }
        out() << p->institution.name
              << (p->institution.acronym.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p->institution.acronym))
              << "\n";
        if (!p->institution.parent.isEmpty())
            out() << Tr::tr("Part of: %1").arg(p->institution.parent) << "\n";
        if (!p->aliases.isEmpty())
            out() << Tr::tr("Also written: %1").arg(p->aliases.join(QStringLiteral("; "))) << "\n";
        for (const auto &c : p->children)
            out() << Tr::tr("Unit: %1").arg(c.name) << "\n";
        for (const auto &s : p->officials)
            out() << "  " << spanText(s) << "\n";
        return Success;
    }
    QJsonArray array;
    for (const auto &i : directory.find(parser.positionalArguments().join(u' '))) {
        if (parser.isSet(json))
            array.append(summaryJson(i));
        else
            out() << i.id << '\t' << i.articles << '\t' << i.name
                  << (i.acronym.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.acronym))
                  << (i.parent.isEmpty() ? QString() : QStringLiteral("  < %1").arg(i.parent)) << "\n";
    }
    if (parser.isSet(json))
        printJson(array);
    return Success;
}

int cmdMerge(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("from"), Tr::tr("The person who is really the other."),
                                 QStringLiteral("FROM"));
    parser.addPositionalArgument(QStringLiteral("into"), Tr::tr("The person to keep."), QStringLiteral("INTO"));
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Merge two people who are one.")); rc >= 0)
        return rc;
    const QStringList args = parser.positionalArguments();
    const qint64 from = idArgument(args.value(0), Tr::tr("FROM")), into = idArgument(args.value(1), Tr::tr("INTO"));
    if (!from || !into || args.size() != 2)
        return UsageError;
    return correct(
        ctx, [&](archive::Corrections &c) { return c.merge(from, into); },
        Tr::tr("Person #%1 merged into #%2.").arg(from).arg(into));
}

int cmdSplit(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("person"), Tr::tr("The wrongly merged person."),
                                 QStringLiteral("PERSON"));
    parser.addPositionalArgument(QStringLiteral("articles"),
                                 Tr::tr("The articles that are about someone else."),
                                 QStringLiteral("ARTICLE..."));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The other person's name."),
                                  QStringLiteral("NAME"));
    parser.addOption(name);
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Split articles off a wrongly merged person.")); rc >= 0)
        return rc;
    const QStringList args = parser.positionalArguments();
    const qint64 person = idArgument(args.value(0), Tr::tr("PERSON"));
    if (!person || args.size() < 2)
        return UsageError;
    QList<qint64> articles;
    for (const QString &a : args.mid(1)) {
        const qint64 id = idArgument(a, Tr::tr("ARTICLE"));
        if (!id)
            return UsageError;
        articles << id;
    }
    return correct(
        ctx, [&](archive::Corrections &c) { return c.split(person, articles, parser.value(name)); },
        Tr::tr("%n article(s) split off person #%1.", nullptr, int(articles.size()))
            .arg(person));
}

int cmdRename(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("person"), Tr::tr("The person."), QStringLiteral("PERSON"));
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The right name."), QStringLiteral("NAME"));
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Give a person their right name.")); rc >= 0)
        return rc;
    const QStringList args = parser.positionalArguments();
    const qint64 person = idArgument(args.value(0), Tr::tr("PERSON"));
    if (!person || args.size() < 2)
        return UsageError;
    const QString newName = args.mid(1).join(u' ');
    return correct(
        ctx, [&](archive::Corrections &c) { return c.rename(person, newName); },
        Tr::tr("Person #%1 is now called %2.").arg(person).arg(newName));
}

int cmdAttribute(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("quote"), Tr::tr("The quote's number."), QStringLiteral("QUOTE"));
    parser.addPositionalArgument(QStringLiteral("person"), Tr::tr("Who said it, or none."),
                                 QStringLiteral("PERSON|none"));
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Attribute a quote to the person who said it.")); rc >= 0)
        return rc;
    const QStringList args = parser.positionalArguments();
    const qint64 quote = idArgument(args.value(0), Tr::tr("QUOTE"));
    if (!quote || args.size() != 2)
        return UsageError;
    qint64 person = 0;
    if (args.at(1) != QLatin1String("none") && !(person = idArgument(args.at(1), Tr::tr("PERSON"))))
        return UsageError;
    return correct(
        ctx, [&](archive::Corrections &c) { return c.attribute(quote, person); },
        person ? Tr::tr("Quote #%1 attributed to person #%2.").arg(quote).arg(person)
               : Tr::tr("Quote #%1 has no known speaker now.").arg(quote));
}

int cmdNotQuote(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("quote"), Tr::tr("The quote's number."), QStringLiteral("QUOTE"));
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Mark something found as a quote as not one.")); rc >= 0)
        return rc;
    const qint64 quote = idArgument(parser.positionalArguments().value(0), Tr::tr("QUOTE"));
    if (!quote)
        return UsageError;
    return correct(
        ctx, [&](archive::Corrections &c) { return c.markNotQuote(quote); },
        Tr::tr("Quote #%1 is marked as not a quote.").arg(quote));
}

int cmdCorrections(const Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const int rc = parseCommand(parser, ctx, Tr::tr("List the corrections made by hand.")); rc >= 0)
        return rc;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const analysis::Analyzer analyzer;
    const archive::Corrections corrections(archive, analyzer);
    QJsonArray array;
    for (const archive::Correction &c : corrections.list()) {
        if (parser.isSet(json)) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("kind"), c.kind},
                                     {QStringLiteral("payload"), c.payload},
                                     {QStringLiteral("created"), c.createdAt.toString(Qt::ISODate)},
                                     {QStringLiteral("undone"), c.inForce() ? QJsonValue() : QJsonValue(c.undoneAt.toString(Qt::ISODate))}});
            continue;
        }
        out() << c.id << '\t' << c.kind << '\t' << c.createdAt.toString(Qt::ISODate) << '\t'
              << (c.inForce() ? Tr::tr("in force") : Tr::tr("undone")) << '\t'
              << QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)) << "\n";
    }
    if (parser.isSet(json))
        printJson(array);
    return Success;
}

int cmdUndo(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("correction"), Tr::tr("The correction's number."),
                                 QStringLiteral("ID"));
    if (const int rc = parseCommand(parser, ctx, Tr::tr("Undo a correction.")); rc >= 0)
        return rc;
    const qint64 id = idArgument(parser.positionalArguments().value(0), Tr::tr("The correction"));
    if (!id)
        return UsageError;
    archive::Archive archive;
    if (!openArchive(archive, ctx))
        return SomeFailed;
    const analysis::Analyzer analyzer;
    archive::Corrections corrections(archive, analyzer);
    if (!corrections.undo(id)) {
        err() << corrections.errorString() << "\n";
        return SomeFailed;
    }
    out() << Tr::tr("Correction #%1 undone.").arg(id) << "\n";
    return Success;
}

} // namespace kliping::cli
