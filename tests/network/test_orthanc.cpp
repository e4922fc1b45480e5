// dicomnet against Orthanc (Debian's package) as a real PACS: send to it, query it, retrieve
// from it. Orthanc runs with a configuration of the test's own, storage in a temporary folder,
// on ports the test chooses, and is stopped by PID.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

class TestOrthanc : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_;
    int orthancPort_ = 0, ourPort_ = 0;
    std::unique_ptr<QProcess> orthanc_;

private slots:
    void initTestCase() {
        orthancPort_ = freePort();
        ourPort_ = freePort();
        const QJsonObject config{
            {"Name", "dicomnet-test"},
            {"StorageDirectory", tmp_.path() + "/orthanc-storage"},
            {"IndexDirectory", tmp_.path() + "/orthanc-index"},
            {"DicomAet", "ORTHANC"},
            {"DicomPort", orthancPort_},
            {"DicomCheckCalledAet", false},
            {"HttpServerEnabled", false},
            {"RemoteAccessAllowed", false},
            {"DicomAlwaysAllowStore", true},
            {"DicomAlwaysAllowEcho", true},
            {"DicomModalities",
             QJsonObject{{"dicomnet", QJsonArray{"DICOMNET", "127.0.0.1", ourPort_}}}},
            {"Plugins", QJsonArray{}},
        };
        QFile f(tmp_.path() + "/orthanc.json");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(config).toJson());
        f.close();
        orthanc_ = std::make_unique<QProcess>();
        orthanc_->setProcessChannelMode(QProcess::MergedChannels);
        orthanc_->start("Orthanc", {tmp_.path() + "/orthanc.json"});
        QVERIFY2(orthanc_->waitForStarted(), "Orthanc (Debian package orthanc) did not start");
        bool up = false;
        for (int i = 0; i < 200 && !up; ++i) {
            up = runTool("echoscu", {"-aec", "ORTHANC", "127.0.0.1", QString::number(orthancPort_)},
                         5000)
                     .exitCode == 0;
            if (!up) QTest::qWait(100);
        }
        QVERIFY2(up, orthanc_->readAll().constData());
        data_ = tmp_.path() + "/data";
        QCOMPARE(runDicomnet(data_, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(data_, {"peers", "add", "pacs", "--aet", "ORTHANC", "--host",
                                     "127.0.0.1", "--port", QString::number(orthancPort_)})
                     .exitCode,
                 0);
    }
    void cleanupTestCase() {
        if (orthanc_) {
            orthanc_->terminate();  // Orthanc stops cleanly on SIGTERM
            if (!orthanc_->waitForFinished(20000)) orthanc_->kill();
        }
    }

    void echo_ShouldBeAnswered() { QCOMPARE(runDicomnet(data_, {"echo", "pacs"}).exitCode, 0); }

    void sendThenFind_ShouldShowTheStudyOnThePacs() {
        const QString study = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR
        CliResult r = runDicomnet(data_, {"send", "pacs", study, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject()["sent"].toInt(), 11);
        const QJsonArray found =
            QJsonDocument::fromJson(
                runDicomnet(data_, {"find", "pacs", "--patient-id", "98890234", "--json"}).out)
                .array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toObject()["study_uid"].toString(), study);
        QCOMPARE(found[0].toObject()["instance_count"].toInt(), 11);
        const QJsonArray series =
            QJsonDocument::fromJson(
                runDicomnet(data_, {"find", "pacs", "--study", study, "--json"}).out)
                .array();
        QCOMPARE(series.size(), 3);
    }

    void retrieve_ShouldFetchFromThePacs() {
        const QString home = tmp_.path() + "/home";
        QCOMPARE(runDicomnet(home, {"peers", "add", "pacs", "--aet", "ORTHANC", "--host",
                                    "127.0.0.1", "--port", QString::number(orthancPort_)})
                     .exitCode,
                 0);
        const QString study = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";
        CliResult r =
            runDicomnet(home, {"retrieve", "pacs", study, "--port", QString::number(ourPort_)});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.out.contains("retrieved 11 object(s) from pacs by C-GET"), r.out.constData());
        const QJsonArray studies =
            QJsonDocument::fromJson(runDicomnet(home, {"ls", "studies", "--json"}).out).array();
        QCOMPARE(studies.size(), 1);
        QCOMPARE(studies[0].toObject()["instance_count"].toInt(), 11);
        QCOMPARE(runDicomnet(home, {"check"}).exitCode, 0);
        // A series, by C-GET again: already there, so duplicates.
        const QString series =
            QJsonDocument::fromJson(runDicomnet(home, {"ls", "series", study, "--json"}).out)
                .array()[0]
                .toObject()["series_uid"]
                .toString();
        r = runDicomnet(home, {"retrieve", "pacs", series, "--level", "SERIES"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("0 new in the cache"),
                 qPrintable(QString::fromUtf8(r.out + r.err)));
    }

    // A signed consultation goes to the PACS by C-STORE like any object, and comes back by
    // C-GET, in another workstation's cache, with its signature intact and trusted.
    void consultation_ShouldTravelThroughThePacsSigned() {
        const QString study = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";
        QCOMPARE(runDicomnet(data_, {"certs", "init", "--org", "Spitalul Clinic"}).exitCode, 0);
        CliResult r =
            runDicomnet(data_, {"certs", "person", "Ana Rusu", "--out", tmp_.path() + "/me"}, 60000,
                        "parola-de-semnare\n");
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        r = runDicomnet(data_, {"consult", "new", study, "--text", "Fără modificări de focar.",
                                "--author", "Ana Rusu"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        r = runDicomnet(
            data_,
            {"consult", "sign", QString::fromUtf8(r.out).trimmed(), "--cert",
             tmp_.path() + "/me/ana-rusu.pem", "--key", tmp_.path() + "/me/ana-rusu.key"},
            60000, "parola-de-semnare\n");
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        const QString final = QString::fromUtf8(r.out).trimmed();
        r = runDicomnet(data_, {"send", "pacs", final, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject()["sent"].toInt(), 1);

        const QString away = tmp_.path() + "/away";
        QCOMPARE(runDicomnet(away, {"peers", "add", "pacs", "--aet", "ORTHANC", "--host",
                                    "127.0.0.1", "--port", QString::number(orthancPort_)})
                     .exitCode,
                 0);
        r = runDicomnet(away, {"retrieve", "pacs", study, "--port", QString::number(ourPort_)});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        const QJsonArray listed =
            QJsonDocument::fromJson(runDicomnet(away, {"consult", "list", study, "--json"}).out)
                .array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject()["sop_instance_uid"].toString(), final);
        QCOMPARE(listed[0].toObject()["state"].toString(), QStringLiteral("final"));
        r = runDicomnet(away, {"consult", "verify", final, "--ca", data_ + "/certs/ca.pem"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Ana Rusu"),
                 qPrintable(QString::fromUtf8(r.out + r.err)));
    }
};

QTEST_GUILESS_MAIN(TestOrthanc)
#include "test_orthanc.moc"
