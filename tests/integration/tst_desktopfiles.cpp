// The launcher and the AppStream metainfo that `cmake --install` puts in share/applications and
// share/metainfo pass the validators desktops and software centres use (desktop-file-validate,
// appstreamcli validate --no-net); skipped where the tools are not installed.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDesktopFiles : public QObject {
    Q_OBJECT

    static QString resource(const QString &name)
    {
        return QDir(QStringLiteral(KLIPING_FIXTURES_DIR "/../../resources")).filePath(name);
    }

    static void validate(const QString &tool, const QStringList &arguments)
    {
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
        QProcess process;
        process.start(program, arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() +
                                                 process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(output));
    }

private slots:
    void desktopFileIsValid()
    {
        // Validated under the name it is installed with, as the metainfo's launchable names it.
        QTemporaryDir dir;
        const QString installed = dir.filePath(QStringLiteral("id.kliping.Kliping.desktop"));
        QVERIFY(QFile::copy(resource(QStringLiteral("kliping.desktop")), installed));
        validate(QStringLiteral("desktop-file-validate"), {installed});
    }

    void metainfoIsValid()
    {
        validate(QStringLiteral("appstreamcli"),
                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                  resource(QStringLiteral("id.kliping.Kliping.metainfo.xml"))});
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
