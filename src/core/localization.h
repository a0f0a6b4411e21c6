// The language of Kliping's messages: Indonesian or English, following the system unless the
// user chose one in the settings. Translations are compiled in (resources/translations).
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kliping {

// Language codes Kliping is translated into; "en" is the source language.
QStringList availableLanguages();
// Installs the translators for language ("id", "en"; empty = the system's). Returns the code used.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace kliping
