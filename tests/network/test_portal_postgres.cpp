// The department's portal as it runs: Orthanc (Debian's package) with its index in PostgreSQL
// (orthanc-postgresql) and its DICOMweb plugin, PostgreSQL made by initdb in a temporary folder
// and started on a port chosen here — all in a network namespace with only loopback. A
// workstation sends a study (STOW-RS, checked by QIDO-RS); the index is in PostgreSQL, not in a
// file; both servers stop and start again and a second workstation still finds the study there
// and sends nothing.
#include "cli_runner.h"
#include "orthanc_portal.h"
#include "postgres_server.h"
#include "test_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dicomnet::test;

namespace {

QJsonObject job(const CliResult& r) { return QJsonDocument::fromJson(r.out).array()[0].toObject(); }

const QString kStudy = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR

}  // namespace

class TestPortalPostgres : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<PostgresServer> postgres_;
    std::unique_ptr<OrthancPortal> portal_;

    // How many instances (resource type 3) Orthanc's index holds in PostgreSQL (psql, as PostgreSQL's account).
    int resourcesInPostgres() {
        QProcess psql;
        const QStringList args = {"-h",   "127.0.0.1",
                                  "-p",   QString::number(postgres_->port()),
                                  "-U",   "postgres",
                                  "-d",   postgres_->database(),
                                  "-tAc", "SELECT count(*) FROM resources WHERE resourcetype = 3"};
        if (::geteuid() == 0)
            psql.start("runuser", QStringList{"-u", "postgres", "--", "psql"} + args);
        else
            psql.start("psql", args);
        psql.waitForFinished(30000);
        return psql.readAllStandardOutput().trimmed().toInt();
    }

    void addPortal(const QString& dataDir) {
        const CliResult added =
            runDicomnet(dataDir, {"peers", "add", "dept", "--dicomweb", portal_->url(), "--user",
                                  "consult", "--password-file", portal_->passwordFile()});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    }

private slots:
    void initTestCase() {
        postgres_ = std::make_unique<PostgresServer>(tmp_.filePath("postgres"));
        QVERIFY2(postgres_->start(), qPrintable(postgres_->log()));
        portal_ = std::make_unique<OrthancPortal>(tmp_.filePath("portal"));
        portal_->usePostgres(postgres_->port(), postgres_->database(), postgres_->user());
        QVERIFY2(portal_->start(), qPrintable(portal_->output()));
    }
    void cleanupTestCase() {
        portal_.reset();
        postgres_.reset();
    }

    void aStudySentIsIndexedInPostgres_AndOutlivesARestart() {
        const QString red = tmp_.filePath("red-zone");
        QCOMPARE(
            runDicomnet(red, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")}).exitCode,
            0);
        addPortal(red);
        const int before = resourcesInPostgres();
        CliResult sent = runDicomnet(red, {"send", "dept", kStudy, "--json"});
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        QCOMPARE(job(sent)["sent"].toInt(), 11);
        QCOMPARE(job(sent)["verification"].toString(), QStringLiteral("complete"));
        // The 11 instances are rows of PostgreSQL's index.
        QCOMPARE(resourcesInPostgres() - before, 11);

        // Both servers stop and start again; the index is PostgreSQL's, not a file of Orthanc's.
        portal_->stop();
        postgres_->stop();
        QVERIFY2(postgres_->start(), qPrintable(postgres_->log()));
        QVERIFY2(portal_->start(), qPrintable(portal_->output()));
        QVERIFY(!QFile::exists(tmp_.filePath("portal/index/index")));

        // Another workstation with the same study asks the portal and sends nothing.
        const QString home = tmp_.filePath("home");
        QCOMPARE(runDicomnet(home, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        addPortal(home);
        CliResult again = runDicomnet(home, {"send", "dept", kStudy, "--json"});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(job(again)["sent"].toInt(), 0);
        QCOMPARE(job(again)["already_there"].toInt(), 11);
    }
};

QTEST_MAIN(TestPortalPostgres)
#include "test_portal_postgres.moc"
