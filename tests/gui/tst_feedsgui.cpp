// Feeds as a user handles them in the window: subscribing (the items come in at once), updating
// (only new items; an item whose page is gone is kept as a summary), the result per feed with
// its errors, Manage Feeds listing title, location, items, last update and error, and Remove.
// The feeds come from a local HTTP server and a file.
#include "articlelistmodel.h"
#include "articlereader.h"
#include "feedsdialog.h"
#include "importcontroller.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "resultbox.h"
#include "subscribefeeddialog.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace kliping;
using namespace kliping::gui;
using kliping::tests::LocalHttpServer;

namespace {

QByteArray rssWith(const QList<int> &items, const QString &base)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                     "<title>Humas Polres Contoh</title><link>" +
                     base.toUtf8() + "</link>";
    for (int i : items)
        xml += QStringLiteral("<item><title>Kegiatan Polres nomor %1</title>"
                              "<link>%2/berita/%1</link><guid>berita-%1</guid>"
                              "<pubDate>Mon, 02 Mar 2026 0%1:00:00 +0700</pubDate>"
                              "<description>Ringkasan kegiatan %1.</description></item>")
                   .arg(i)
                   .arg(base)
                   .toUtf8();
    return xml + "</channel></rss>";
}

} // namespace

class TestFeedsGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void subscribeUpdateManageAndRemove();
    void updateWithoutFeedsSaysHow();
    void subscribeDialogTakesLinksAndFiles();
};

void TestFeedsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KlipingTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_feedsgui"));
}

void TestFeedsGui::subscribeUpdateManageAndRemove()
{
    LocalHttpServer server;
    const QString base = server.url(QString());
    const QString feedUrl = server.url(QStringLiteral("/feed.xml"));
    server.addPage("/feed.xml", "application/rss+xml", rssWith({1, 2}, base));
    server.addPage("/berita/1", "text/plain; charset=utf-8",
                   "Kegiatan Polres nomor 1\n\nPolres Contoh menggelar patroli bersama warga di "
                   "seluruh kecamatan sepanjang akhir pekan untuk menjaga keamanan.\n\n"
                   "\"Kami hadir untuk warga,\" kata Kapolres Contoh.\n");
    // /berita/2 and /berita/3 answer 404: those items stay as their summaries.

    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    window.show();
    ImportController *controller = window.importController();
    QSignalSpy updated(controller, &ImportController::feedsUpdated);

    window.subscribeToFeed(feedUrl);
    QVERIFY(updated.wait(30000));
    QString details;
    QString message = tests::takeResultBox(&window, QStringLiteral("feedResult"), &details);
    QVERIFY2(message.contains(QStringLiteral("Humas Polres Contoh: new articles: 2")),
             qPrintable(message));
    QVERIFY2(details.contains(feedUrl), qPrintable(details));
    QCOMPARE(window.articleListModel()->rowCount(), 2);

    // The item whose page is missing is shown as the summary it is.
    bool sawPartial = false;
    bool sawFull = false;
    for (int row = 0; row < 2; ++row) {
        window.articleView()->setCurrentIndex(window.articleListModel()->index(row, 0));
        const QString text = window.reader()->toPlainText();
        if (text.contains(QStringLiteral("Kegiatan Polres nomor 2"))) {
            sawPartial = text.contains(QStringLiteral("Only a summary of this article was "
                                                      "available.")) &&
                         text.contains(QStringLiteral("Ringkasan kegiatan 2."));
        } else {
            sawFull = text.contains(QStringLiteral("Kami hadir untuk warga"));
        }
    }
    QVERIFY(sawPartial);
    QVERIFY(sawFull);

    // A second feed that cannot be read, and a new item in the first.
    const QString gone = dir.filePath(QStringLiteral("gone.xml"));
    {
        QFile file(gone);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rssWith({}, base));
    }
    window.subscribeToFeed(gone);
    QVERIFY(updated.wait(30000));
    tests::takeResultBox(&window, QStringLiteral("feedResult"));
    QFile::remove(gone);
    server.addPage("/feed.xml", "application/rss+xml", rssWith({1, 2, 3}, base));

    window.updateFeeds();
    QVERIFY(updated.wait(30000));
    message = tests::takeResultBox(&window, QStringLiteral("feedResult"), &details);
    QVERIFY2(message.contains(QStringLiteral("Humas Polres Contoh: new articles: 1")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(": error: ")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("does not exist")));
    QVERIFY(message.contains(QStringLiteral("New articles in all: 1")));
    QVERIFY2(details.contains(QStringLiteral("The feed could not be read:")), qPrintable(details));
    QCOMPARE(window.articleListModel()->rowCount(), 3);
    QCOMPARE(window.articleListModel()
                 ->index(window.articleView()->currentIndex().row(), 0)
                 .data()
                 .toString(),
             QStringLiteral("Kegiatan Polres nomor 3"));

    // Manage Feeds lists both, with what the updates left.
    window.showFeeds();
    auto *dialog = window.findChild<FeedsDialog *>(QStringLiteral("feedsDialog"));
    QVERIFY(dialog);
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *polres = nullptr;
    QTreeWidgetItem *broken = nullptr;
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        (item->text(FeedsDialog::LocationColumn) == feedUrl ? polres : broken) = item;
    }
    QVERIFY(polres && broken);
    QCOMPARE(polres->text(FeedsDialog::TitleColumn), QStringLiteral("Humas Polres Contoh"));
    QCOMPARE(polres->text(FeedsDialog::ItemsColumn), QStringLiteral("3"));
    QVERIFY(polres->text(FeedsDialog::UpdatedColumn) != QStringLiteral("Never"));
    QVERIFY(polres->text(FeedsDialog::ErrorColumn).isEmpty());
    QCOMPARE(broken->text(FeedsDialog::LocationColumn), gone);
    QVERIFY2(broken->text(FeedsDialog::ErrorColumn).contains(QStringLiteral("does not exist")),
             qPrintable(broken->text(FeedsDialog::ErrorColumn)));

    // Remove runs on the worker; the list follows and the articles stay.
    QSignalSpy removed(controller, &ImportController::feedRemoved);
    list->setCurrentItem(broken);
    QVERIFY(dialog->removeFeed(broken->data(0, Qt::UserRole + 1).toLongLong()));
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(1).toString(), QString());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(FeedsDialog::LocationColumn), feedUrl);
    QCOMPARE(window.articleListModel()->rowCount(), 3);
    dialog->close();
}

void TestFeedsGui::updateWithoutFeedsSaysHow()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openArchive(dir.filePath(QStringLiteral("archive.sqlite"))));
    QSignalSpy started(window.importController(), &ImportController::started);
    window.updateFeeds();
    const QString message = tests::takeResultBox(&window, QStringLiteral("feedResult"));
    QVERIFY2(message.contains(QStringLiteral("Subscribe to one with File ▸ Subscribe to Feed")),
             qPrintable(message));
    QCOMPARE(started.size(), 0);

    window.showFeeds();
    auto *dialog = window.findChild<FeedsDialog *>(QStringLiteral("feedsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->topLevelItemCount(), 0);
    dialog->close();
}

void TestFeedsGui::subscribeDialogTakesLinksAndFiles()
{
    QTemporaryDir dir;
    SubscribeFeedDialog dialog;
    dialog.locationEdit()->setText(QStringLiteral(" https://humas.polri.go.id/feed "));
    QCOMPARE(dialog.location(), QStringLiteral("https://humas.polri.go.id/feed"));
    dialog.locationEdit()->setText(QStringLiteral("humas.polri.go.id/feed"));
    QVERIFY(dialog.location().isEmpty());
    const QString file = dir.filePath(QStringLiteral("feed.xml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    dialog.locationEdit()->setText(file);
    QCOMPARE(dialog.location(), file);
}

QTEST_MAIN(TestFeedsGui)
#include "tst_feedsgui.moc"
