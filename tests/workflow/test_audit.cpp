// The audit trail: what the actions record, the filters of `dicomnet audit`, and `audit verify`
// against a record changed, removed or moved straight in SQLite.
#include "cli_runner.h"

#include "workflow/audit.h"
#include "workflow/users.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dicomnet;
using test::describe;
using test::runDicomnet;

class TestAudit : public QObject {
    Q_OBJECT

    // Runs `sql` on the index of `dataDir` as someone with the file would.
    static bool tamper(const QString& dataDir, const char* sql) {
        sqlite3* db = nullptr;
        const QByteArray path = (dataDir + QStringLiteral("/index.sqlite")).toUtf8();
        if (sqlite3_open(path.constData(), &db) != SQLITE_OK) return false;
        const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

    // A data directory with five records: an administrator and two users added, one refused,
    // one disabled.
    static void fiveRecords(const QString& dataDir) {
        QVERIFY(workflow::addUser(dataDir, {QStringLiteral("boss"),
                                            QStringLiteral("Popa^Ion"),
                                            QStringLiteral("administrator"),
                                            "long enough",
                                            {}}));
        for (const char* login : {"ana", "tom"})
            QVERIFY(workflow::addUser(dataDir, {QString::fromLatin1(login),
                                                QStringLiteral("X^Y"),
                                                QStringLiteral("technician"),
                                                "long enough",
                                                {}}));
        QVERIFY(!workflow::addUser(dataDir, {QStringLiteral("ana"),
                                             QStringLiteral("X^Y"),
                                             QStringLiteral("technician"),
                                             "long enough",
                                             {}}));
        QVERIFY(workflow::setUserDisabled(dataDir, QStringLiteral("tom"), true));
    }

    // `audit verify` as the administrator of fiveRecords().
    static int verifyExit(const QString& dataDir, QByteArray* err = nullptr) {
        QTemporaryDir files;
        QFile pw(files.filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write("long enough\n") != 12) return -1;
        pw.close();
        auto r = runDicomnet(
            dataDir, {"--user", "boss", "--password-file", pw.fileName(), "audit", "verify"});
        if (err) *err = r.err;
        return r.exitCode;
    }

private slots:
    void actionsAreRecorded() {
        QTemporaryDir data;
        fiveRecords(data.path());
        auto records = workflow::auditRecords(data.path(), {});
        QVERIFY(records);
        QCOMPARE(records->size(), size_t(5));
        const workflow::AuditRecord& first = records->front();
        QCOMPARE(first.action, QStringLiteral("user-added"));
        QCOMPARE(first.outcome, QStringLiteral("success"));
        QVERIFY(first.user.startsWith(QLatin1String("os:")));
        QVERIFY(!first.host.isEmpty());
        QVERIFY(first.detail.startsWith(QLatin1String("boss")));
        QCOMPARE(records->at(3).action, QStringLiteral("user-added"));
        QVERIFY(records->at(3).outcome.contains(QLatin1String("already exists")));  // refused
        QCOMPARE(records->at(4).action, QStringLiteral("user-disabled"));
        for (size_t i = 1; i < records->size(); ++i)
            QCOMPARE(records->at(i).prevHash, records->at(i - 1).hash);
    }

    void exportAndAnonymizeAreRecorded() {
        QTemporaryDir data, out;
        auto demo = runDicomnet(data.path(), {"demo"});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        auto studies = runDicomnet(data.path(), {"ls", "studies", "--json"});
        const QString study =
            QJsonDocument::fromJson(studies.out).array()[0].toObject()["study_uid"].toString();
        auto exported = runDicomnet(data.path(), {"export", study, "--out", out.filePath("e")});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        auto anonymized =
            runDicomnet(data.path(), {"anonymize", study, "--out", out.filePath("a")});
        QVERIFY2(anonymized.exitCode == 0, qPrintable(describe(anonymized)));
        auto failed = runDicomnet(data.path(), {"export", "1.2.3.4.5", "--out", out.filePath("x")});
        QCOMPARE(failed.exitCode, 1);

        auto listed = runDicomnet(data.path(), {"audit", "--json"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(listed.out).array();
        // The first start's choice (single-user, from the tests' environment), then the actions.
        QCOMPARE(a.size(), 4);
        QCOMPARE(a[0].toObject()["action"].toString(), QStringLiteral("single-user-chosen"));
        QCOMPARE(a[1].toObject()["action"].toString(), QStringLiteral("exported"));
        QCOMPARE(a[1].toObject()["study_uids"].toArray()[0].toString(), study);
        QCOMPARE(a[2].toObject()["action"].toString(), QStringLiteral("anonymized"));
        QCOMPARE(a[3].toObject()["outcome"].toString(),
                 QStringLiteral("1.2.3.4.5 is not in the cache"));
        // Filters: by user (everyone here is the same OS account), by day.
        const QString me = a[0].toObject()["user"].toString();
        QCOMPARE(
            QJsonDocument::fromJson(runDicomnet(data.path(), {"audit", "--user", me, "--json"}).out)
                .array()
                .size(),
            4);
        QCOMPARE(QJsonDocument::fromJson(
                     runDicomnet(data.path(), {"audit", "--user", "nobody", "--json"}).out)
                     .array()
                     .size(),
                 0);
        QCOMPARE(QJsonDocument::fromJson(
                     runDicomnet(data.path(), {"audit", "--since", "2999-01-01", "--json"}).out)
                     .array()
                     .size(),
                 0);
        QCOMPARE(runDicomnet(data.path(), {"audit", "--since", "yesterday"}).exitCode, 2);
    }

    void verifyFindsTheFirstBadRecord() {
        QByteArray err;
        {
            QTemporaryDir data;
            fiveRecords(data.path());
            QCOMPARE(verifyExit(data.path()), 0);
            // Changed: the outcome of record 2 rewritten.
            QVERIFY(tamper(data.path(), "UPDATE audit_log SET outcome = 'failure' WHERE id = 2"));
            QCOMPARE(verifyExit(data.path(), &err), 3);
            QVERIFY2(err.contains("record 2") && err.contains("changed"), err.constData());
        }
        {
            QTemporaryDir data;
            fiveRecords(data.path());
            // Removed: record 3 deleted; record 4 no longer follows.
            QVERIFY(tamper(data.path(), "DELETE FROM audit_log WHERE id = 3"));
            QCOMPARE(verifyExit(data.path(), &err), 3);
            QVERIFY2(err.contains("record 4"), err.constData());
        }
        {
            QTemporaryDir data;
            fiveRecords(data.path());
            // Removed and renumbered, to hide the gap.
            QVERIFY(tamper(data.path(),
                           "DELETE FROM audit_log WHERE id = 3; "
                           "UPDATE audit_log SET id = id - 1 WHERE id > 3"));
            QCOMPARE(verifyExit(data.path(), &err), 3);
            QVERIFY2(err.contains("record 3"), err.constData());
        }
        {
            QTemporaryDir data;
            fiveRecords(data.path());
            // Moved: records 2 and 3 exchanged, hashes and all.
            QVERIFY(tamper(data.path(),
                           "UPDATE audit_log SET id = -2 WHERE id = 2; "
                           "UPDATE audit_log SET id = 2 WHERE id = 3; "
                           "UPDATE audit_log SET id = 3 WHERE id = -2"));
            QCOMPARE(verifyExit(data.path(), &err), 3);
            QVERIFY2(err.contains("record 2"), err.constData());
        }
    }

    void receptionAndImportAreRecordedPerStudy() {
        QTemporaryDir data, series;
        // Two studies: a made-up 12-image CT and pydicom's CT_small.
        QVERIFY(test::makeSeries(series.path(), 12, 64, 64));
        const int port = test::freePort();
        QProcess listener;
        QVERIFY(test::startListen(listener, data.path(), port));
        const QStringList to = {"-aet",     "STATION1",  "-aec",
                                "DICOMNET", "127.0.0.1", QString::number(port)};
        auto stored =
            test::runTool("storescu", QStringList{"+sd"} + to + QStringList{series.path()});
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.output));
        QCOMPARE(test::runTool("storescu",
                               to + QStringList{test::pydicomFile("test_files/CT_small.dcm")})
                     .exitCode,
                 0);
        // The same series again: duplicates, counted as such.
        QCOMPARE(test::runTool("storescu", QStringList{"+sd"} + to + QStringList{series.path()})
                     .exitCode,
                 0);
        // A query by the peer, naming a patient.
        auto found =
            test::runTool("findscu", to + QStringList{"-S", "-k", "QueryRetrieveLevel=STUDY", "-k",
                                                      "PatientID=1CT1", "-k", "StudyInstanceUID"});
        QCOMPARE(found.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            QJsonDocument::fromJson(runDicomnet(data.path(), {"audit", "--json"}).out)
                    .array()
                    .size() >= 5,
            10000);
        listener.terminate();
        listener.waitForFinished(10000);

        const QJsonArray a =
            QJsonDocument::fromJson(
                runDicomnet(data.path(), {"audit", "--user", "ae:STATION1", "--json"}).out)
                .array();
        QStringList lines;
        for (const QJsonValue& v : a) {
            const QJsonObject o = v.toObject();
            lines << o["action"].toString() + " " + o["patient_id"].toString() + " " +
                         o["detail"].toString() + " @" + o["host"].toString();
        }
        const QString all = lines.join('\n');
        // One record per association and study, not per object: 3 receptions, 1 query.
        QCOMPARE(a.size(), 4);
        QVERIFY2(lines[0].startsWith("received") && lines[0].contains("12 stored, 0 already here"),
                 qPrintable(all));
        QVERIFY2(lines[1].startsWith("received 1CT1") && lines[1].contains("1 stored"),
                 qPrintable(all));
        QVERIFY2(lines[2].contains("0 stored, 12 already here"), qPrintable(all));
        QVERIFY2(lines[3].startsWith("queried-by-peer 1CT1") && lines[3].contains("1 answer"),
                 qPrintable(all));
        QVERIFY2(lines[0].contains("@127.0.0.1"), qPrintable(all));

        // An import: one record per study too.
        QTemporaryDir other;
        auto imported = runDicomnet(other.path(), {"import", series.path()});
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        const QJsonArray b =
            QJsonDocument::fromJson(runDicomnet(other.path(), {"audit", "--json"}).out).array();
        int imports = 0;
        for (const QJsonValue& v : b)
            if (v.toObject()["action"].toString() == QLatin1String("imported")) {
                ++imports;
                QVERIFY(v.toObject()["detail"].toString().contains("12 object(s)"));
            }
        QCOMPARE(imports, 1);
    }

    void sealsFindTheNewestRecordsRemoved() {
        QTemporaryDir data;
        // Without this node's key there is nothing to seal with: said, exit 1.
        auto unsealed = runDicomnet(data.path(), {"audit", "seal"});
        QCOMPARE(unsealed.exitCode, 1);
        QVERIFY(unsealed.err.contains("certs init"));
        QCOMPARE(runDicomnet(data.path(), {"certs", "init", "--org", "Spital", "--node", "ws1"})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(data.path(), {"peers", "add", "pacs", "--aet", "PACS", "--host",
                                           "127.0.0.1", "--port", "11112"})
                     .exitCode,
                 0);
        auto sealed = runDicomnet(data.path(), {"audit", "seal"});
        QVERIFY2(sealed.exitCode == 0, qPrintable(describe(sealed)));
        QVERIFY(sealed.out.contains("sealed through record 3"));  // chosen, certs, peer
        QVERIFY(runDicomnet(data.path(), {"audit", "seal"}).out.contains("nothing new"));
        auto verified = runDicomnet(data.path(), {"audit", "verify"});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains("1 seal(s) genuine"), verified.out.constData());
        // The peer's removal, then both newest records deleted straight from SQLite: the chain
        // alone cannot tell, the seal can.
        QCOMPARE(runDicomnet(data.path(), {"peers", "remove", "pacs"}).exitCode, 0);
        QVERIFY(tamper(data.path(), "DELETE FROM audit_log WHERE id >= 3"));
        auto removed = runDicomnet(data.path(), {"audit", "verify"});
        QCOMPARE(removed.exitCode, 3);
        QVERIFY2(removed.err.contains("record 3") && removed.err.contains("missing"),
                 removed.err.constData());
        // A seal made up by hand (no key) is not genuine.
        QTemporaryDir other;
        QCOMPARE(runDicomnet(other.path(), {"certs", "init", "--org", "Spital", "--node", "ws2"})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(other.path(), {"audit", "seal"}).exitCode, 0);
        QVERIFY(tamper(other.path(), "UPDATE audit_seals SET signature = 'AAAA'"));
        auto forged = runDicomnet(other.path(), {"audit", "verify"});
        QCOMPARE(forged.exitCode, 3);
        QVERIFY2(forged.err.contains("not genuine"), forged.err.constData());
    }

    void recordsAreDicomAuditMessages() {
        QTemporaryDir data, out;
        QCOMPARE(runDicomnet(data.path(), {"demo"}).exitCode, 0);
        const QString study =
            QJsonDocument::fromJson(runDicomnet(data.path(), {"ls", "studies", "--json"}).out)
                .array()[0]
                .toObject()["study_uid"]
                .toString();
        QCOMPARE(runDicomnet(data.path(), {"export", study, "--out", out.filePath("e")}).exitCode,
                 0);
        QCOMPARE(runDicomnet(data.path(), {"export", "1.2.3", "--out", out.filePath("x")}).exitCode,
                 1);
        auto atna = runDicomnet(data.path(), {"audit", "--atna"});
        QCOMPARE(atna.exitCode, 0);
        const QList<QByteArray> lines = atna.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);  // single-user chosen, exported, the failed export
        // Each line is one well-formed AuditMessage with its event and outcome.
        QStringList events, outcomes, objects;
        for (const QByteArray& line : lines) {
            QXmlStreamReader x(line);
            QVERIFY(x.readNextStartElement());
            QCOMPARE(x.name().toString(), QStringLiteral("AuditMessage"));
            while (!x.atEnd()) {
                x.readNext();
                if (!x.isStartElement()) continue;
                const auto a = x.attributes();
                if (x.name() == QLatin1String("EventIdentification"))
                    outcomes << a.value("EventOutcomeIndicator").toString();
                else if (x.name() == QLatin1String("EventID"))
                    events << a.value("csd-code").toString();
                else if (x.name() == QLatin1String("ParticipantObjectIdentification"))
                    objects << a.value("ParticipantObjectID").toString();
                else if (x.name() == QLatin1String("ActiveParticipant"))
                    QVERIFY(a.value("UserID").startsWith(QLatin1String("os:")));
            }
            QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
        }
        QCOMPARE(events, (QStringList{"110113", "110106", "110106"}));  // alert, export, export
        QCOMPARE(outcomes, (QStringList{"0", "0", "8"}));
        QVERIFY(objects.contains(study));
        QVERIFY(objects.contains("P0001") || objects.size() >= 2);
        // Appended to a file, twice: six lines.
        const QString log = out.filePath("audit.log");
        QCOMPARE(runDicomnet(data.path(), {"audit", "--atna", "--append", log}).exitCode, 0);
        QCOMPARE(runDicomnet(data.path(), {"audit", "--atna", "--append", log}).exitCode, 0);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 6);
        QCOMPARE(runDicomnet(data.path(), {"audit", "--append", log}).exitCode, 2);
    }

    void forwardingReachesASyslogCollectorAndWaitsWhenItIsDown() {
        QTemporaryDir data, certs;
        QCOMPARE(runDicomnet(data.path(), {"certs", "init", "--org", "Spital", "--node", "ws1"})
                     .exitCode,
                 0);
        // The collector: openssl s_server with a certificate of the site CA, printing what
        // arrives.
        QCOMPARE(runDicomnet(data.path(), {"certs", "issue", "localhost", "--out", certs.path()})
                     .exitCode,
                 0);
        const int port = test::freePort();
        auto startCollector = [&] {
            auto server =
                test::startTool("openssl", {"s_server", "-quiet", "-accept", QString::number(port),
                                            "-cert", certs.filePath("localhost.pem"), "-key",
                                            certs.filePath("localhost.key")});
            for (int i = 0; i < 100; ++i) {
                QTcpSocket probe;
                probe.connectToHost("127.0.0.1", quint16(port));
                if (probe.waitForConnected(100)) break;
                QThread::msleep(100);
            }
            return server;
        };
        auto collector = startCollector();
        auto set = runDicomnet(
            data.path(), {"audit", "forward", "--to", QStringLiteral("localhost:%1").arg(port)});
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        QVERIFY2(set.out.contains("4 record(s) forwarded"), set.out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(collector->bytesAvailable() > 0, 10000);
        QTest::qWait(300);
        QByteArray got = collector->readAll();
        // RFC 5425 framing: the length, a space, then an RFC 5424 message with the ATNA XML
        // (s_server may first say something of the readiness probe).
        const QRegularExpression frame(QStringLiteral("(\\d+) <85>1 "));
        const auto match = frame.match(QString::fromLatin1(got));
        QVERIFY2(match.hasMatch(), got.left(300).constData());
        const QByteArray first =
            got.mid(match.capturedStart(0) + match.capturedLength(1) + 1, match.captured(1).toInt());
        QVERIFY2(first.startsWith("<85>1 ") && first.contains(" IHE+RFC-3881 - <AuditMessage>") &&
                     first.endsWith("</AuditMessage>"),
                 first.constData());
        QCOMPARE(got.count("<AuditMessage>"), 4);  // chosen, CA made, collector issued, set
        // The collector goes down: what happens meanwhile waits, said, exit 1.
        collector->kill();
        collector->waitForFinished();
        QCOMPARE(runDicomnet(data.path(), {"peers", "add", "pacs", "--aet", "PACS", "--host",
                                           "127.0.0.1", "--port", "11112"})
                     .exitCode,
                 0);
        auto down = runDicomnet(data.path(), {"audit", "forward"});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains("cannot reach the audit collector") && down.err.contains("wait"),
                 down.err.constData());
        QVERIFY(runDicomnet(data.path(), {"audit", "forward", "--status"})
                    .out.contains("through record 4"));
        // Back up: only what waited goes.
        collector = startCollector();
        auto resumed = runDicomnet(data.path(), {"audit", "forward"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QVERIFY2(resumed.out.contains("1 record(s) forwarded"), resumed.out.constData());
        QTRY_VERIFY_WITH_TIMEOUT(collector->bytesAvailable() > 0, 10000);
        QTest::qWait(300);
        got = collector->readAll();
        QCOMPARE(got.count("<AuditMessage>"), 1);
        QVERIFY(got.contains("peer-added") || got.contains("PACS"));
        collector->kill();
        collector->waitForFinished();
        // A collector whose certificate the CA did not issue is refused.
        QTemporaryDir strange;
        QVERIFY(
            test::runTool("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                      "-subj", "/CN=localhost", "-keyout",
                                      strange.filePath("k.pem"), "-out", strange.filePath("c.pem")})
                .exitCode == 0);
        auto impostor = test::startTool(
            "openssl", {"s_server", "-quiet", "-accept", QString::number(port), "-cert",
                        strange.filePath("c.pem"), "-key", strange.filePath("k.pem")});
        QTest::qWait(500);
        QCOMPARE(runDicomnet(data.path(), {"peers", "remove", "pacs"}).exitCode, 0);
        auto refused = runDicomnet(data.path(), {"audit", "forward"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(runDicomnet(data.path(), {"audit", "forward", "--status"})
                    .out.contains("through record 5"));
        impostor->kill();
        impostor->waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
