#include "siterules.h"

#include "text/tsvfile.h"

#include <QCoreApplication>

namespace kliping::ingest {

namespace {

const QString kSites = QStringLiteral(":/lexicon/sites.tsv");

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

} // namespace

SimpleSelector SimpleSelector::parse(const QString &text)
{
    SimpleSelector s;
    s.m_text = text.trimmed();
    const QString &t = s.m_text;
    qsizetype i = 0;
    auto readName = [&t, &i]() {
        const qsizetype start = i;
        while (i < t.size() && isNameChar(t.at(i)))
            ++i;
        return t.mid(start, i - start);
    };
    s.m_tag = readName().toLower();
    while (i < t.size()) {
        const QChar c = t.at(i++);
        if (c == u'.' || c == u'#') {
            const QString name = readName();
            if (name.isEmpty())
                return {};
            if (c == u'.')
                s.m_classes << name;
            else
                s.m_id = name;
        } else if (c == u'[') {
            const qsizetype close = t.indexOf(u']', i);
            if (close < 0)
                return {};
            const QString inner = t.mid(i, close - i);
            i = close + 1;
            const qsizetype eq = inner.indexOf(u'=');
            QString name = (eq < 0 ? inner : inner.left(eq)).trimmed().toLower();
            QString value = eq < 0 ? QString() : inner.mid(eq + 1).trimmed();
            if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\''))
                value = value.mid(1, value.size() - 2);
            if (name.isEmpty())
                return {};
            s.m_attributes.append({name, eq < 0 ? QString() : value});
        } else {
            return {}; // a space, '>' or anything else CSS would allow: not supported
        }
    }
    s.m_valid = !s.m_tag.isEmpty() || !s.m_classes.isEmpty() || !s.m_id.isEmpty() ||
                !s.m_attributes.isEmpty();
    return s;
}

bool SimpleSelector::matches(const HtmlDocument &document, int index) const
{
    if (!m_valid)
        return false;
    const HtmlNode &node = document.node(index);
    if (node.isText || (!m_tag.isEmpty() && node.tag != m_tag))
        return false;
    if (!m_id.isEmpty() && document.attribute(index, QStringLiteral("id")) != m_id)
        return false;
    if (!m_classes.isEmpty()) {
        const QStringList classes =
            document.attribute(index, QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts);
        for (const QString &c : m_classes) {
            if (!classes.contains(c))
                return false;
        }
    }
    for (const auto &[name, value] : m_attributes) {
        bool found = false;
        for (const auto &[key, v] : node.attributes) {
            if (key == name && (value.isNull() || v == value))
                found = true;
        }
        if (!found)
            return false;
    }
    return true;
}

QStringList SimpleSelector::attributeNames() const
{
    QStringList names;
    for (const auto &[name, value] : m_attributes)
        names << name;
    return names;
}

const SiteRules &SiteRules::instance()
{
    static const SiteRules rules; // thread-safe initialisation, then read-only
    return rules;
}

SiteRules::SiteRules(const QString &userFile)
{
    load(kSites, false);
    if (!userFile.isEmpty())
        load(userFile, true);
}

void SiteRules::load(const QString &path, bool reportMissing)
{
    QString error;
    const auto records = text::readTsvFile(path, &error);
    if (!error.isEmpty() && reportMissing)
        m_errors << error;
    for (const auto &r : records) {
        SiteRule rule;
        rule.domain = r.field(0).toCaseFolded();
        const QString kind = r.field(1);
        rule.selector = SimpleSelector::parse(r.field(2));
        const bool kindKnown =
            kind == QLatin1String("body-selector") || kind == QLatin1String("drop-selector");
        if (rule.domain.isEmpty() || !kindKnown || !rule.selector.isValid()) {
            m_errors << QCoreApplication::translate("Lexicon", "%1, line %2: not understood")
                            .arg(path)
                            .arg(r.line);
            continue;
        }
        rule.kind =
            kind == QLatin1String("body-selector") ? SiteRule::Kind::Body : SiteRule::Kind::Drop;
        m_rules.append(rule);
    }
}

QStringList SiteRules::attributeNames() const
{
    QStringList names;
    for (const SiteRule &rule : m_rules) {
        for (const QString &name : rule.selector.attributeNames()) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

QList<SiteRule> SiteRules::rulesFor(const QString &host) const
{
    QString h = host.toCaseFolded();
    if (h.endsWith(u'.'))
        h.chop(1);
    QList<SiteRule> found;
    for (const SiteRule &rule : m_rules) {
        if (h == rule.domain || h.endsWith(u'.' + rule.domain))
            found.append(rule);
    }
    std::stable_sort(found.begin(), found.end(), [](const SiteRule &a, const SiteRule &b) {
        return a.domain.size() > b.domain.size();
    });
    return found;
}

} // namespace kliping::ingest
