#include "storedvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace kliping::archive {

QString toIso(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString titleKey(const QString &title)
{
    return title.simplified().toLower();
}

QString jsonText(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace kliping::archive
