// The audit trail: what the actions record, the filters of `dicomnet audit`, and `audit verify`
// against a record changed, removed or moved straight in SQLite.
#include "cli_runner.h"

#include "workflow/audit.h"
#include "workflow/users.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
