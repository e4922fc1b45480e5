// kill -9 the importer in the middle of a large import, at several moments; each time the
// next start finds an index that matches the store, and a new import completes the set with
// no duplicates.
#include "cli_runner.h"
#include "test_data.h"

#include <sqlite3.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dicomnet::test;

namespace {

qint64 indexedInstances(const QString& dataDir) {
    sqlite3* h = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2((dataDir + "/index.sqlite").toUtf8().constData(), &h, SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(h, 1000);
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT count(*) FROM instances", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return n;
}

}  // namespace

class TestImportCrash : public QObject {
    Q_OBJECT
private slots:
    void import_ShouldRecover_WhenKilledMidway() {
        const int total = 600;
        QTemporaryDir dir;
        const QString series = dir.path() + "/series";
        const QString data = dir.path() + "/data";
        QProcess make;
        make.start(qEnvironmentVariable("DICOMNET_MAKE_SERIES"),
                   {series, QString::number(total), "256", "256"});
        QVERIFY(make.waitForFinished(120000) && make.exitCode() == 0);

        // Kill moments: almost at once, right after the first durable batch, past half-way.
        const QList<qint64> killAfter = {-20, 1, total / 2};
        for (qint64 threshold : killAfter) {
            QProcess importer;
            importer.start(dicomnetBinary(), {"--data-dir", data, "import", series});
            QVERIFY(importer.waitForStarted());
            QElapsedTimer t;
            t.start();
            if (threshold < 0) {
                QTest::qWait(int(-threshold));
            } else {
                while (importer.state() == QProcess::Running && t.elapsed() < 120000 &&
                       indexedInstances(data) < threshold)
                    QTest::qWait(5);
            }
            const bool wasRunning = importer.state() == QProcess::Running;
            ::kill(pid_t(importer.processId()), SIGKILL);
            importer.waitForFinished();
            CliResult check = runDicomnet(data, {"check"});
            QVERIFY2(check.exitCode == 0, qPrintable(QString::fromUtf8(check.out + check.err)));
            qInfo() << "killed at" << threshold << (wasRunning ? "(running)" : "(had finished)")
                    << "indexed" << indexedInstances(data) << "—" << check.out.trimmed();
        }
        const qint64 before = indexedInstances(data);
        CliResult finish = runDicomnet(data, {"import", "--json", series});
        QCOMPARE(finish.exitCode, 0);
        QCOMPARE(indexedInstances(data), qint64(total));
        QVERIFY2(finish.out.contains(QString("\"duplicates\": %1").arg(before).toUtf8()),
                 finish.out.constData());
        QCOMPARE(runDicomnet(data, {"check"}).exitCode, 0);
    }

    // Ctrl-C: the batch in hand is finished, what is reported imported is in the index.
    void import_ShouldReportOnlyWhatIsStored_WhenInterrupted() {
        QTemporaryDir dir;
        const QString series = dir.path() + "/series";
        const QString data = dir.path() + "/data";
        QProcess make;
        make.start(qEnvironmentVariable("DICOMNET_MAKE_SERIES"), {series, "3000", "64", "64"});
        QVERIFY(make.waitForFinished(120000) && make.exitCode() == 0);
        QProcess importer;
        importer.start(dicomnetBinary(), {"--data-dir", data, "import", "--json", series});
        QVERIFY(importer.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (importer.state() == QProcess::Running && indexedInstances(data) < 1 &&
               t.elapsed() < 60000)
            QTest::qWait(2);
        if (importer.state() != QProcess::Running) QSKIP("the import finished before the signal");
        ::kill(pid_t(importer.processId()), SIGINT);
        QVERIFY(importer.waitForFinished(60000));
        const QByteArray out = importer.readAllStandardOutput();
        const QByteArray err = importer.readAllStandardError();
        QCOMPARE(importer.exitCode(), 1);
        QVERIFY2(err.contains("interrupted"), err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(out).array().at(0).toObject();
        QVERIFY(summary["cancelled"].toBool());
        QCOMPARE(qint64(summary["imported"].toInt()), indexedInstances(data));
        QVERIFY(indexedInstances(data) < 3000);
        QCOMPARE(runDicomnet(data, {"check"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "test_import_crash.moc"
