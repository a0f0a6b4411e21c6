#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kliping {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("id")};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString code = language;
    if (code.isEmpty()) {
        const QStringList ui = QLocale::system().uiLanguages();
        code = QStringLiteral("en");
        for (const QString &l : ui) {
            const QString base = l.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
            if (availableLanguages().contains(base)) {
                code = base;
                break;
            }
        }
    }
    if (code == QLatin1String("en"))
        return code;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/kliping_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

} // namespace kliping
