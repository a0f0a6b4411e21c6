// Finds the result message a window shows after an import or feed update (opened, not exec()'d,
// so the test goes on), returns its text and details, and closes it.
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QTest>

namespace kliping::tests {

inline QString takeResultBox(QWidget *window, const QString &objectName, QString *details = nullptr)
{
    QMessageBox *box = nullptr;
    for (int i = 0; i < 100 && !box; ++i) {
        box = window->findChild<QMessageBox *>(objectName);
        if (!box)
            QTest::qWait(20);
    }
    if (!box)
        return {};
    const QString text = box->text();
    if (details)
        *details = box->detailedText();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

} // namespace kliping::tests
