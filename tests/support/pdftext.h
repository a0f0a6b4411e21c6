// Reading exported PDFs back as a user's tools do: pdftotext for the text (per page), pdfinfo
// for metadata and page size, pdffonts for embedding. Tests QSKIP when poppler-utils is absent.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace kliping::tests {

inline bool hasPoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of pages first..last (1-based; 0: all), in reading order.
inline QString pdfText(const QString &file, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << file << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

inline QString pdfInfo(const QString &file, const QString &key)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {file});
    const QRegularExpression re(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
        QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

inline int pdfPages(const QString &file)
{
    return pdfInfo(file, QStringLiteral("Pages")).toInt();
}

// Every font's "emb" column: true when each font of the file is embedded.
inline bool allFontsEmbedded(const QString &file, QStringList *fonts = nullptr)
{
    const QStringList lines =
        runTool(QStringLiteral("pdffonts"), {file}).split(u'\n', Qt::SkipEmptyParts);
    bool all = lines.size() > 2;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        // name type [type] encoding emb sub uni object ID: emb is the 5th column from the end.
        const QStringList cols = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        if (cols.size() < 7)
            return false;
        if (fonts)
            fonts->append(cols.first());
        all = all && cols.at(cols.size() - 5) == QLatin1String("yes");
    }
    return all;
}

// The text without the running headers and page footers, whitespace folded to single spaces, so
// that a paragraph broken across pages reads as one.
inline QString flowingText(const QString &pdftotext, const QStringList &furniture)
{
    QStringList kept;
    static const QRegularExpression footer(QStringLiteral("^(Page|Halaman) \\d+ (of|dari) \\d+$"));
    for (QString line : pdftotext.split(u'\n')) {
        line.remove(u'\f');
        const QString t = line.trimmed();
        if (footer.match(t).hasMatch() || furniture.contains(t))
            continue;
        // A long header is elided: "Wali Kota Contoh Pantau…".
        if (t.endsWith(u'…') &&
            std::any_of(furniture.begin(), furniture.end(),
                        [&t](const QString &f) { return f.startsWith(t.chopped(1).trimmed()); }))
            continue;
        kept << t;
    }
    return kept.join(u' ').simplified();
}

// Characters a ligature glyph turns into when extracted (U+FB00..U+FB06).
inline bool hasLigatureCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            return true;
    }
    return false;
}

} // namespace kliping::tests
