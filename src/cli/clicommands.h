// The commands of kliping-cli, each a function over the same archive layer the GUI uses.
#pragma once

#include <QStringList>

class QCoreApplication;

namespace kliping::cli {

enum ExitCode { Success = 0, SomeFailed = 1, UsageError = 2 };

void installTranslations(QCoreApplication &app);
int run(const QStringList &arguments);

} // namespace kliping::cli
