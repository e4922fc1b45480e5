// `dicomnet listen`, `peers`, `echo` and `send` as a user runs them, against DCMTK's tools;
// and the listener's promise under kill -9: every acknowledged object is in the cache.
#include "cli_runner.h"
#include "dicom_factory.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <csignal>

using namespace dicomnet::test;

namespace {

std::unique_ptr<QProcess> startListener(const QString& data, int port) {
    auto p = std::make_unique<QProcess>();
    p->start(dicomnetBinary(), {"--data-dir", data, "listen", "--port", QString::number(port)});
    p->waitForStarted();
    for (int i = 0; i < 100; ++i) {
        if (runTool("echoscu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port)}, 5000)
                .exitCode == 0)
            return p;
        QTest::qWait(50);
    }
    return p;
}

}  // namespace

class TestCliNetwork : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void peers_ShouldBeAddedListedAndRemoved() {
        const QString data = tmp_.path() + "/peers";
        CliResult r = runDicomnet(data, {"peers", "add", "pacs", "--aet", "PACS", "--host",
                                         "127.0.0.1", "--port", "4242"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(runDicomnet(
                     data, {"peers", "add", "pacs", "--aet", "PACS", "--host", "h", "--port", "1"})
                     .exitCode,
                 1);  // name taken
        QCOMPARE(runDicomnet(data, {"peers", "add", "bad", "--aet", "WAY-TOO-LONG-AE-TITLE",
                                    "--host", "h", "--port", "104"})
                     .exitCode,
                 2);
        QCOMPARE(runDicomnet(
                     data, {"peers", "add", "bad", "--aet", "X", "--host", "h", "--port", "70000"})
                     .exitCode,
                 2);
        const QJsonArray list =
            QJsonDocument::fromJson(runDicomnet(data, {"peers", "list", "--json"}).out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject()["ae_title"].toString(), QString("PACS"));
        QCOMPARE(list[0].toObject()["port"].toInt(), 4242);
        QCOMPARE(runDicomnet(data, {"peers", "remove", "pacs"}).exitCode, 0);
        QCOMPARE(runDicomnet(data, {"peers", "remove", "pacs"}).exitCode, 1);
    }

    void echoAndSend_ShouldReachStorescp() {
        const QString data = tmp_.path() + "/sender";
        QCOMPARE(runDicomnet(data, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        StoreScp scp("ARCHIVE", tmp_.path() + "/archive");
        QVERIFY(scp.start());
        QCOMPARE(runDicomnet(data, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                    "127.0.0.1", "--port", QString::number(scp.port())})
                     .exitCode,
                 0);
        CliResult echo = runDicomnet(data, {"echo", "archive"});
        QVERIFY2(echo.exitCode == 0 && echo.out.contains("answered"), qPrintable(describe(echo)));

        const QJsonArray history =
            QJsonDocument::fromJson(runDicomnet(data, {"history", "77654033", "--json"}).out)
                .array();
        QCOMPARE(history.size(), 2);
        QStringList uids;
        int expected = 0;
        for (const auto& s : history) {
            uids << s.toObject()["study_uid"].toString();
            expected += s.toObject()["instance_count"].toInt();
        }
        CliResult send = runDicomnet(data, QStringList{"send", "archive", "--json"} + uids);
        QVERIFY2(send.exitCode == 0, qPrintable(describe(send)));
        QCOMPARE(QJsonDocument::fromJson(send.out).array()[0].toObject()["sent"].toInt(), expected);
        QCOMPARE(QDir(tmp_.path() + "/archive").entryList(QDir::Files).size(), expected);

        CliResult unknown = runDicomnet(data, {"send", "archive", "1.2.3.4.5"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("not a study, series or instance"));
    }

    void echo_ShouldFailClearly_WhenPeerIsUnknownDownOrTls() {
        const QString data = tmp_.path() + "/lonely";
        CliResult r = runDicomnet(data, {"echo", "nobody"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no peer named"));
        runDicomnet(data, {"peers", "add", "down", "--aet", "DOWN", "--host", "127.0.0.1", "--port",
                           QString::number(freePort())});
        r = runDicomnet(data, {"echo", "down"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no association"), qPrintable(describe(r)));
        runDicomnet(data, {"peers", "add", "secure", "--aet", "SEC", "--host", "127.0.0.1",
                           "--port", "2762", "--tls"});
        r = runDicomnet(data, {"echo", "secure"});  // no site certificates in this data dir
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("certs init"), qPrintable(describe(r)));
    }

    // storescu was told "stored" for every object; the listener dies by kill -9 at once
    // (before its index is flushed); the next start has every one of them.
    void listen_ShouldKeepEveryAcknowledgedObject_WhenKilled() {
        const QString data = tmp_.path() + "/listener";
        const QString series = tmp_.path() + "/series";
        QDir().mkpath(series);
        SyntheticObject o;
        o.studyUid = DicomFactory::newUid();
        o.seriesUid = DicomFactory::newUid();
        for (int i = 1; i <= 60; ++i) {
            o.instanceNumber = i;
            o.sopInstanceUid = o.seriesUid + QStringLiteral(".%1").arg(i);
            DicomFactory::write(QStringLiteral("%1/%2.dcm").arg(series).arg(i), o);
        }
        const int port = freePort();
        auto listener = startListener(data, port);
        ToolResult r = runTool(
            "storescu", {"+sd", "-aec", "DICOMNET", "127.0.0.1", QString::number(port), series});
        QVERIFY2(r.exitCode == 0 && !r.output.contains("E:"), qPrintable(r.output));
        ::kill(pid_t(listener->processId()), SIGKILL);
        listener->waitForFinished();
        CliResult check = runDicomnet(data, {"check"});
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
        const QJsonArray studies =
            QJsonDocument::fromJson(runDicomnet(data, {"ls", "studies", "--json"}).out).array();
        QCOMPARE(studies.size(), 1);
        QCOMPARE(studies[0].toObject()["instance_count"].toInt(), 60);
    }

    void listen_ShouldStopCleanly_OnCtrlC() {
        const QString data = tmp_.path() + "/ctrlc";
        const int port = freePort();
        auto listener = startListener(data, port);
        QVERIFY(listener->state() == QProcess::Running);
        ToolResult r = runTool("storescu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port),
                                            pydicomFile("test_files/CT_small.dcm")});
        QCOMPARE(r.exitCode, 0);
        ::kill(pid_t(listener->processId()), SIGINT);
        QVERIFY(listener->waitForFinished(30000));
        QCOMPARE(listener->exitStatus(), QProcess::NormalExit);
        QCOMPARE(listener->exitCode(), 0);
        const QByteArray out = listener->readAllStandardOutput();
        QVERIFY2(out.contains("received from STORESCU"), out.constData());
        QCOMPARE(runDicomnet(data, {"check"}).exitCode, 0);
        // And the port is free again.
        CliResult second = runDicomnet(data, {"listen", "--port", "0"});
        QCOMPARE(second.exitCode, 2);
    }

    void certs_ShouldMakeASiteCaAndKeysOnlyTheOwnerReads() {
        const QString data = tmp_.path() + "/site";
        CliResult r = runDicomnet(
            data, {"certs", "init", "--org", "Spitalul Clinic Republican", "--node", "red-zone"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(runDicomnet(data, {"certs", "init", "--org", "Again"}).exitCode, 1);  // kept
        r = runDicomnet(data, {"certs", "issue", "consultant", "--out", tmp_.path() + "/issued"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QString& key : {data + "/certs/ca.key", data + "/certs/node.key",
                                   tmp_.path() + "/issued/consultant.key"}) {
            struct stat st {};
            QCOMPARE(::stat(QFile::encodeName(key).constData(), &st), 0);
            QCOMPARE(int(st.st_mode & 0777), 0600);
        }
        ToolResult verify =
            runTool("openssl", {"verify", "-CAfile", data + "/certs/ca.pem",
                                data + "/certs/node.pem", tmp_.path() + "/issued/consultant.pem"});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
    }

    // Mutual TLS: a sender with a certificate from the site CA is served; one without TLS, or
    // with a certificate from another CA, is refused before any DICOM is spoken.
    void listen_ShouldAcceptOnlyTrustedTlsPeers() {
        const QString data = tmp_.path() + "/tls-listener";
        QCOMPARE(
            runDicomnet(data, {"certs", "init", "--org", "Site", "--node", "listener"}).exitCode,
            0);
        QCOMPARE(
            runDicomnet(data, {"certs", "issue", "modality", "--out", tmp_.path() + "/modality"})
                .exitCode,
            0);
        const QString stranger = tmp_.path() + "/stranger";
        QCOMPARE(runDicomnet(stranger, {"certs", "init", "--org", "Elsewhere"}).exitCode, 0);
        const int port = freePort();
        auto listener = std::make_unique<QProcess>();
        listener->start(dicomnetBinary(),
                        {"--data-dir", data, "listen", "--port", QString::number(port), "--tls"});
        QVERIFY(listener->waitForStarted());
        const QString ca = data + "/certs/ca.pem";
        const QStringList trusted{"+tls", tmp_.path() + "/modality/modality.key",
                                  tmp_.path() + "/modality/modality.pem", "+cf", ca};
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = runTool(
                     "echoscu",
                     trusted + QStringList{"-aec", "DICOMNET", "127.0.0.1", QString::number(port)},
                     5000)
                     .exitCode == 0;
            if (!up) QTest::qWait(50);
        }
        QVERIFY(up);
        ToolResult r =
            runTool("storescu",
                    trusted + QStringList{"-aec", "DICOMNET", "127.0.0.1", QString::number(port),
                                          pydicomFile("test_files/CT_small.dcm")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY(
            runTool("echoscu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port)}).exitCode !=
            0);
        r = runTool("echoscu", {"+tls", stranger + "/certs/node.key", stranger + "/certs/node.pem",
                                "+cf", ca, "-aec", "DICOMNET", "127.0.0.1", QString::number(port)});
        QVERIFY(r.exitCode != 0);
        ::kill(pid_t(listener->processId()), SIGINT);
        QVERIFY(listener->waitForFinished(30000));
        const QByteArray err = listener->readAllStandardError();
        QVERIFY2(err.contains("certificate verify failed"), err.constData());
        QVERIFY(listener->readAllStandardOutput().contains("received from STORESCU"));
    }

    void echoAndSend_ShouldUseTls_WhenPeerIsMarkedTls() {
        const QString data = tmp_.path() + "/tls-client";
        QCOMPARE(runDicomnet(data, {"certs", "init", "--org", "Site", "--node", "home"}).exitCode,
                 0);
        QCOMPARE(runDicomnet(data,
                             {"certs", "issue", "archive", "--out", tmp_.path() + "/archive-certs"})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(data, {"import", pydicomFile("test_files/CT_small.dcm")}).exitCode, 0);
        const int port = freePort();
        const QString out = tmp_.path() + "/tls-archive";
        QDir().mkpath(out);
        auto scp =
            startTool("storescp", {"+tls", tmp_.path() + "/archive-certs/archive.key",
                                   tmp_.path() + "/archive-certs/archive.pem", "+cf",
                                   data + "/certs/ca.pem", "-od", out, QString::number(port)});
        QTest::qWait(300);
        QCOMPARE(runDicomnet(data, {"peers", "add", "archive", "--aet", "ANY-SCP", "--host",
                                    "127.0.0.1", "--port", QString::number(port), "--tls"})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data, {"echo", "archive"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data,
                        {"send", "archive", "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);
        // The same peer, but without TLS on our side: refused by the archive.
        QCOMPARE(runDicomnet(data, {"peers", "remove", "archive"}).exitCode, 0);
        QCOMPARE(runDicomnet(data, {"peers", "add", "archive", "--aet", "ANY-SCP", "--host",
                                    "127.0.0.1", "--port", QString::number(port)})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(data, {"echo", "archive"}).exitCode, 1);
        scp->kill();
        scp->waitForFinished();
    }

    // C-FIND and C-GET go over TLS too (DCMTK 3.6.7 drops a TLS layer set before its network
    // exists: they used to go out in the clear and a TLS listener dropped them).
    void findAndRetrieve_ShouldUseTls_WhenPeerIsMarkedTls() {
        const QString server = tmp_.path() + "/tls-query-server";
        const QString client = tmp_.path() + "/tls-query-client";
        QCOMPARE(
            runDicomnet(server, {"certs", "init", "--org", "Site", "--node", "server"}).exitCode,
            0);
        QCOMPARE(
            runDicomnet(server, {"certs", "issue", "client", "--out", client + "/certs"}).exitCode,
            0);
        QVERIFY(QFile::rename(client + "/certs/client.pem", client + "/certs/node.pem"));
        QVERIFY(QFile::rename(client + "/certs/client.key", client + "/certs/node.key"));
        QVERIFY(QFile::copy(server + "/certs/ca.pem", client + "/certs/ca.pem"));
        QCOMPARE(runDicomnet(server, {"import", pydicomFile("test_files/CT_small.dcm")}).exitCode,
                 0);
        const int port = freePort();
        QProcess listener;
        listener.start(dicomnetBinary(),
                       {"--data-dir", server, "listen", "--port", QString::number(port), "--tls"});
        QVERIFY(listener.waitForStarted());
        QCOMPARE(runDicomnet(client, {"peers", "add", "server", "--aet", "DICOMNET", "--host",
                                      "127.0.0.1", "--port", QString::number(port), "--tls"})
                     .exitCode,
                 0);
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = runDicomnet(client, {"echo", "server"}).exitCode == 0;
            if (!up) QTest::qWait(50);
        }
        QVERIFY(up);
        const QString study = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";
        CliResult r = runDicomnet(client, {"find", "server", "--patient-id", "1CT1", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(study.toLatin1()), r.out.constData());
        r = runDicomnet(client, {"retrieve", "server", study});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(client, {"ls", "studies", "--json"});
        QVERIFY2(r.out.contains(study.toLatin1()), r.out.constData());
        ::kill(pid_t(listener.processId()), SIGINT);
        QVERIFY(listener.waitForFinished(30000));
        QVERIFY2(!listener.readAllStandardError().contains("certificate"), "a TLS failure");
    }

    void listen_ShouldRefuseUnknownCallers_WhenKnownPeersOnly() {
        const QString data = tmp_.path() + "/known";
        QCOMPARE(runDicomnet(data, {"listen", "--known-peers-only"}).exitCode, 1);  // none known
        QCOMPARE(runDicomnet(data, {"peers", "add", "modality", "--aet", "STORESCU", "--host",
                                    "127.0.0.1", "--port", "104"})
                     .exitCode,
                 0);
        const int port = freePort();
        auto listener = std::make_unique<QProcess>();
        listener->start(dicomnetBinary(), {"--data-dir", data, "listen", "--port",
                                           QString::number(port), "--known-peers-only"});
        QVERIFY(listener->waitForStarted());
        const QStringList to{"-aec", "DICOMNET", "127.0.0.1", QString::number(port)};
        bool served = false;
        for (int i = 0; i < 100 && !served; ++i) {
            served =
                runTool("storescu", to + QStringList{pydicomFile("test_files/CT_small.dcm")}, 5000)
                    .exitCode == 0;
            if (!served) QTest::qWait(50);
        }
        QVERIFY(served);
        ToolResult r = runTool("echoscu", to);  // calling AE title ECHOSCU is no known peer
        QVERIFY(r.exitCode != 0);
        ::kill(pid_t(listener->processId()), SIGINT);
        QVERIFY(listener->waitForFinished(30000));
        QVERIFY(listener->readAllStandardError().contains("ECHOSCU"));
    }

    // With TLS, a known peer is its AE title and its certificate: pinned by --certificate, or
    // else one from the site CA named after the peer.
    void listen_ShouldCheckTheCertificate_WhenTlsAndKnownPeersOnly() {
        const QString data = tmp_.path() + "/known-tls";
        const QString certs = tmp_.path() + "/known-tls-certs";
        QCOMPARE(runDicomnet(data, {"certs", "init", "--org", "Site", "--node", "home"}).exitCode,
                 0);
        for (const char* name : {"modality", "intruder", "archive-node"})
            QCOMPARE(runDicomnet(data, {"certs", "issue", name, "--out", certs}).exitCode, 0);
        QCOMPARE(runDicomnet(data, {"peers", "add", "modality", "--aet", "MODALITY", "--host",
                                    "127.0.0.1", "--port", "104", "--tls"})
                     .exitCode,
                 0);
        CliResult r =
            runDicomnet(data, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host", "127.0.0.1",
                               "--port", "104", "--tls", "--certificate", certs + "/nowhere.pem"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nowhere.pem"), qPrintable(describe(r)));
        r = runDicomnet(
            data, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host", "127.0.0.1", "--port",
                   "104", "--tls", "--certificate", certs + "/archive-node.pem"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // The fingerprint kept is the one OpenSSL computes for that certificate.
        ToolResult fp = runTool("openssl", {"x509", "-noout", "-fingerprint", "-sha256", "-in",
                                            certs + "/archive-node.pem"});
        QCOMPARE(fp.exitCode, 0);
        const QString expected = fp.output.section('=', 1).trimmed().remove(':').toLower();
        r = runDicomnet(data, {"peers", "list", "--json"});
        const QJsonArray peers = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(peers.size(), 2);
        QCOMPARE(peers[0].toObject()["name"].toString(), QString("archive"));
        QCOMPARE(peers[0].toObject()["certificate_sha256"].toString(), expected);
        QCOMPARE(peers[1].toObject()["certificate_sha256"].toString(), QString());

        const int port = freePort();
        auto listener = std::make_unique<QProcess>();
        listener->start(dicomnetBinary(), {"--data-dir", data, "listen", "--port",
                                           QString::number(port), "--tls", "--known-peers-only"});
        QVERIFY(listener->waitForStarted());
        auto echo = [&](const char* cert, const char* callingAe, int timeoutMs = 10000) {
            return runTool("echoscu",
                           {"+tls", certs + "/" + cert + ".key", certs + "/" + cert + ".pem", "+cf",
                            data + "/certs/ca.pem", "-aet", callingAe, "-aec", "DICOMNET",
                            "127.0.0.1", QString::number(port)},
                           timeoutMs)
                       .exitCode == 0;
        };
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = echo("modality", "MODALITY", 5000);
            if (!up) QTest::qWait(50);
        }
        QVERIFY(up);                               // named after the peer
        QVERIFY(echo("archive-node", "ARCHIVE"));  // the pinned certificate
        QVERIFY(!echo("intruder", "MODALITY"));    // site CA, but not that peer's name
        QVERIFY(!echo("modality", "ARCHIVE"));     // not the pinned certificate
        QVERIFY(!echo("modality", "STRANGER"));    // no such peer
        ::kill(pid_t(listener->processId()), SIGINT);
        QVERIFY(listener->waitForFinished(30000));
        const QByteArray err = listener->readAllStandardError();
        QVERIFY2(err.contains("CN \"intruder\""), err.constData());
        QVERIFY2(err.contains("\"STRANGER\" is not a known peer"), err.constData());
    }

    // A disk that fills up while objects arrive: each one that does not fit is refused with
    // "out of resources", the listener keeps serving, and the cache stays consistent with
    // exactly the objects that were acknowledged.
    void listen_ShouldRefuseWithOutOfResources_WhenDiskIsFull() {
        QTemporaryDir dir;
        const QString series = dir.path() + "/series";
        QVERIFY(makeSeries(series, 40, 256, 256));
        const QString mnt = dir.path() + "/small-disk";
        QDir().mkpath(mnt);
        const int port = freePort();
        const QString script =
            QStringLiteral(
                "mount -t tmpfs -o size=3m tmpfs '%1' || exit 77; "
                "'%2' --data-dir '%1/data' listen --port %3 2>'%1/../listen.err' & pid=$!; "
                "for i in $(seq 100); do echoscu -aec DICOMNET 127.0.0.1 %3 2>/dev/null && break; "
                "sleep 0.1; done; "
                "TCP_NODELAY=1 storescu -v +sd -aec DICOMNET 127.0.0.1 %3 '%4' 2>&1; "
                "echo \"storescu-exit=$?\"; "
                "echoscu -aec DICOMNET 127.0.0.1 %3 && echo still-serving; "
                "kill -INT $pid; wait $pid; "
                "'%2' --data-dir '%1/data' ls studies --json; "
                "'%2' --data-dir '%1/data' check; echo \"check-exit=$?\"")
                .arg(mnt, dicomnetBinary())
                .arg(port)
                .arg(series);
        QProcess p;
        p.start("unshare", {"-m", "sh", "-c", script});
        QVERIFY(p.waitForFinished(120000));
        if (p.exitCode() == 77 || p.exitStatus() != QProcess::NormalExit)
            QSKIP("needs root to mount a small tmpfs in a private mount namespace");
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains("Out of Resources") || out.contains("OutOfResources"),
                 qPrintable(out.right(3000)));
        QVERIFY2(out.contains("still-serving"), qPrintable(out.right(3000)));
        QVERIFY2(out.contains("check-exit=0"), qPrintable(out.right(3000)));
        // Every object storescu was told "stored" is in the cache, and nothing else.
        const int acknowledged = out.count("Received Store Response (Success)");
        QVERIFY2(acknowledged > 0 && acknowledged < 40, qPrintable(out.right(3000)));
        const QRegularExpression count("\"instance_count\": (\\d+)");
        const auto m = count.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out.right(3000)));
        QCOMPARE(m.captured(1).toInt(), acknowledged);
        QFile err(dir.path() + "/listen.err");
        QVERIFY(err.open(QIODevice::ReadOnly));
        QVERIFY2(err.readAll().contains("full"), "the listener should say the disk is full");
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "test_cli_network.moc"
