#include "text/articledate.h"

#include <QRegularExpression>

namespace kliping::text {

namespace {

constexpr int kHour = 3600;

// Hours and minutes in the locale's style ("14.20" in Indonesian, "14:20" or "2:20 PM"
// elsewhere); news pages never print seconds, so neither do we.
QString timeText(const QTime &time, const QLocale &locale) {
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}

} // namespace

QTimeZone ArticleDate::zoneFor(const QString &zoneName) {
    const QString name = zoneName.trimmed().toUpper();
    if (name == QLatin1String("WITA"))
        return QTimeZone(8 * kHour);
    if (name == QLatin1String("WIT"))
        return QTimeZone(9 * kHour);
    if (name == QLatin1String("UTC") || name == QLatin1String("GMT") || name == QLatin1String("Z"))
        return QTimeZone(0);
    static const QRegularExpression offset(
        QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{1,2}):?(\\d{2})?$"));
    const QRegularExpressionMatch m = offset.match(name);
    if (m.hasMatch()) {
        const int seconds = m.captured(2).toInt() * kHour + m.captured(3).toInt() * 60;
        return QTimeZone(m.captured(1) == QLatin1String("-") ? -seconds : seconds);
    }
    return QTimeZone(7 * kHour);
}

QString ArticleDate::longText(const QDateTime &utc, const QString &zoneName,
                              const QLocale &locale) {
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zoneFor(zoneName));
    QString text = locale.toString(local.date(), QStringLiteral("dddd, d MMMM yyyy")) + u' ' +
                   timeText(local.time(), locale);
    if (!zoneName.trimmed().isEmpty())
        text += u' ' + zoneName.trimmed();
    return text;
}

QString ArticleDate::shortText(const QDateTime &utc, const QLocale &locale) {
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zoneFor(QString()));
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy")) + u' ' +
           timeText(local.time(), locale);
}

QString ArticleDate::dayText(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toTimeZone(zoneFor(QString())).date(), QStringLiteral("d MMM yyyy"));
}

} // namespace kliping::text
