// The red zone and the radiologist at home, two dicomnet workstations on loopback, each with its
// own listener (dicomnet listen): the red zone sends a study with its consultation request; at
// home a forwarding rule (what comes from the red zone's AE title, of modality DX, goes to the
// archive) queues the films for the archive (DCMTK's dcmqrscp), and `sync` delivers them,
// checked; the consultation signed at home goes back to the red zone by itself, as the answer
// to the request that came from there.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "test_data.h"

#include "core/synthetic_patient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

std::unique_ptr<QProcess> listen(const QString& data, const QString& ae, int port) {
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(dicomnetBinary(),
             {"--data-dir", data, "listen", "--aet", ae, "--port", QString::number(port)});
    p->waitForStarted();
    for (int i = 0; i < 100; ++i) {
        if (runTool("echoscu", {"-aec", ae, "127.0.0.1", QString::number(port)}, 5000).exitCode ==
            0)
            break;
        QTest::qWait(100);
    }
    return p;
}

QByteArray stop(std::unique_ptr<QProcess>& p) {
    p->terminate();  // SIGTERM: stops cleanly, like Ctrl-C
    p->waitForFinished(20000);
    return p->readAll();
}

}  // namespace

class TestForwarding : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void redZone_ToHome_ToArchive_AndTheAnswerBack() {
        const QString red = tmp_.filePath("red"), home = tmp_.filePath("home");
        const int redPort = freePort(), homePort = freePort();
        dicomnet::SyntheticPatientOptions o;
        o.xraySize = 64;
        o.ctSlices = 2;
        QVERIFY(dicomnet::writeSyntheticPatient(tmp_.filePath("films"), o));
        QCOMPARE(runDicomnet(red, {"import", tmp_.filePath("films")}).exitCode, 0);
        const QString study =
            QJsonDocument::fromJson(runDicomnet(red, {"history", o.patientId, "--json"}).out)
                .array()
                .last()
                .toObject()["study_uid"]
                .toString();
        CliResult r = runDicomnet(red, {"consult", "request", study, "--question", "Pneumonie?",
                                        "--urgency", "urgent", "--author", "Maria Tehnician"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString request = QString::fromUtf8(r.out).trimmed();

        // Home: a listener, a rule, the archive and the red zone as peers.
        DcmqrscpArchive archive(tmp_.filePath("archive"), freePort());
        QVERIFY(archive.waitUntilUp());
        QCOMPARE(runDicomnet(home, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                    "127.0.0.1", "--port", QString::number(archive.port())})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(home, {"peers", "add", "redzone", "--aet", "REDZONE", "--host",
                                    "127.0.0.1", "--port", QString::number(redPort)})
                     .exitCode,
                 0);
        r = runDicomnet(
            home, {"rules", "add", "--from-ae", "REDZONE", "--modality", "DX", "--to", "archive"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(runDicomnet(home, {"rules", "add", "--to", "nobody"}).exitCode, 1);
        auto homeListener = listen(home, "HOME", homePort);

        // The red zone sends the study with its request.
        QCOMPARE(runDicomnet(red, {"peers", "add", "home", "--aet", "HOME", "--host", "127.0.0.1",
                                   "--port", QString::number(homePort)})
                     .exitCode,
                 0);
        r = runDicomnet(red, {"send", "home", study, "--aet", "REDZONE", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QByteArray homeLog = stop(homeListener);
        QVERIFY2(homeLog.contains("queued 1 send job(s) by the forwarding rules"),
                 homeLog.constData());
        // The films (not the request) go on to the archive, checked there.
        r = runDicomnet(home, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject forwarded =
            QJsonDocument::fromJson(runDicomnet(home, {"jobs", "--json"}).out)
                .array()[0]
                .toObject();
        QCOMPARE(forwarded["destination"].toString(), QStringLiteral("archive"));
        QCOMPARE(forwarded["state"].toString(), QStringLiteral("done"));
        QCOMPARE(forwarded["total"].toInt(), 1);  // the one DX film of the study
        QCOMPARE(forwarded["verification"].toString(), QStringLiteral("complete"));

        // At home the consultation is written and signed; it goes back by itself.
        QCOMPARE(runDicomnet(home, {"certs", "init", "--org", "Acasă"}).exitCode, 0);
        QCOMPARE(runDicomnet(home, {"certs", "person", "Ana Rusu", "--out", tmp_.filePath("me")},
                             60000, "parola-de-semnare\n")
                     .exitCode,
                 0);
        r = runDicomnet(home, {"consult", "new", study, "--text", "Pneumonie bilaterală.",
                               "--author", "Ana Rusu"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(
            home,
            {"consult", "sign", QString::fromUtf8(r.out).trimmed(), "--cert",
             tmp_.filePath("me/ana-rusu.pem"), "--key", tmp_.filePath("me/ana-rusu.key")},
            60000, "parola-de-semnare\n");
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString final = QString::fromUtf8(r.out).trimmed();
        const QJsonObject back = QJsonDocument::fromJson(runDicomnet(home, {"jobs", "--json"}).out)
                                     .array()[0]
                                     .toObject();
        QCOMPARE(back["destination"].toString(), QStringLiteral("redzone"));
        auto redListener = listen(red, "REDZONE", redPort);
        r = runDicomnet(home, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        stop(redListener);
        const QJsonArray there =
            QJsonDocument::fromJson(runDicomnet(red, {"consult", "list", study, "--json"}).out)
                .array();
        bool answered = false;
        for (const QJsonValue& v : there)
            if (v.toObject()["sop_instance_uid"].toString() == final) {
                answered = v.toObject()["state"].toString() == QLatin1String("final") &&
                           v.toObject()["answers"].toString() == request;
            }
        QVERIFY2(answered, QJsonDocument(there).toJson().constData());
        r = runDicomnet(red, {"consult", "list", study});
        QVERIFY2(r.out.contains("answered"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestForwarding)
#include "test_forwarding.moc"
