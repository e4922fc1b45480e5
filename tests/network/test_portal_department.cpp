// The department as it runs, set up the way a site sets it up: `dicomnet portal init` writes the
// portal (Orthanc on PostgreSQL behind nginx), its own portal.sh starts the three servers, and
// workstations join with `dicomnet portal join`. Then the consultation goes round: the red zone
// sends a study with its request; the radiologist at home finds it by QIDO-RS over HTTPS,
// fetches it, signs the answer and sends it back; the red zone's sync brings the answer home; a
// consultant in another hospital gets only what the radiologist sent them, de-identified over
// DICOM TLS, and the portal refuses them. Then the crashes: PostgreSQL killed in the middle of a
// send, Orthanc killed in the middle of a fetch; after a restart both jobs finish complete with
// nothing twice. All in a network namespace with only loopback.
#include "cli_runner.h"
#include "test_data.h"

#include "core/synthetic_patient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>
#include <csignal>

using namespace dicomnet::test;

namespace {

const QByteArray kPassphrase = "parola-de-semnare\n";
constexpr int kBigSeries = 240;  // objects in the study sent and fetched while a server dies

QJsonArray jsonArray(const CliResult& r) { return QJsonDocument::fromJson(r.out).array(); }

QString firstLine(const CliResult& r) {
    return QString::fromUtf8(r.out).section('\n', 0, 0).trimmed();
}

int pidIn(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return 0;
    return f.readLine().trimmed().toInt();
}

bool waitGone(int pid, int ms = 30000) {
    for (int i = 0; i < ms / 50; ++i) {
        if (::kill(pid, 0) != 0) return true;
        QTest::qWait(50);
    }
    return false;
}

}  // namespace

class TestPortalDepartment : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString admin_, portal_, red_, home_, consultant_;
    int dicomPort_ = 0, httpsPort_ = 0, httpPort_ = 0, pgPort_ = 0;
    QString patientId_, study_, bigStudy_;

    ToolResult portalScript(const QString& command) {
        return runTool(QStringLiteral("bash"), {portal_ + "/portal.sh", command}, 240000);
    }
    QString serverLogs() {
        QString text;
        for (const QString& f :
             {QStringLiteral("/logs/orthanc.out"), QStringLiteral("/postgres/server.log"),
              QStringLiteral("/logs/nginx-error.log"), QStringLiteral("/logs/initdb.log")}) {
            QFile file(portal_ + f);
            if (file.open(QIODevice::ReadOnly))
                text += f + ":\n" + QString::fromUtf8(file.readAll().right(3000));
        }
        // Orthanc's own log: its errors and warnings.
        for (const QFileInfo& f : QDir(portal_ + "/logs/orthanc").entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            if (!file.open(QIODevice::ReadOnly)) continue;
            text += f.fileName() + ":\n";
            for (const QByteArray& line : file.readAll().split('\n'))
                if (line.startsWith('E') || line.startsWith('W'))
                    text += QString::fromUtf8(line.left(300)) + "\n";
        }
        return text;
    }
    // What PostgreSQL's index answers, a line a row (psql through the portal's socket).
    QStringList psql(const QString& query) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QFile password(portal_ + "/postgres/password");
        password.open(QIODevice::ReadOnly);
        env.insert("PGPASSWORD", QString::fromUtf8(password.readAll()).trimmed());
        p.setProcessEnvironment(env);
        p.start("psql", {"-h", portal_ + "/run/postgres", "-p", QString::number(pgPort_), "-U",
                         "orthanc", "-d", "orthanc", "-tAc", query});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    }
    // For a failure's message: the objects of a send job the portal's index lacks, with what
    // the job says of them and when (ms since epoch) they were acknowledged.
    QString missingOnPortal(const QString& dataDir, qint64 job) {
        const QStringList held =
            psql("SELECT value FROM dicomidentifiers WHERE taggroup = 8 AND tagelement = 24");
        const QSet<QString> there(held.begin(), held.end());
        const ToolResult rows =
            runTool("sqlite3",
                    {dataDir + "/index.sqlite",
                     QStringLiteral(
                         "SELECT o.sop_uid, o.state, coalesce(d.at_ms, 0) FROM job_objects o LEFT "
                         "JOIN delivered d "
                         "ON d.sop_uid = o.sop_uid AND d.destination = 'dept' WHERE o.job_id = %1")
                         .arg(job)});
        QString text =
            QStringLiteral("sqlite3: exit %1, %2 bytes; the portal holds %3 SOP Instance UIDs\n")
                .arg(rows.exitCode)
                .arg(rows.output.size())
                .arg(there.size());
        for (const QString& line : rows.output.split('\n', Qt::SkipEmptyParts))
            if (!there.contains(line.section('|', 0, 0))) text += line + "\n";
        return text;
    }
    // How many instances PostgreSQL's index holds, through the portal's own socket and password.
    int instancesInPostgres() {
        const QStringList count = psql("SELECT count(*) FROM resources WHERE resourcetype = 3");
        return count.isEmpty() ? -1 : count.first().toInt();
    }
    // The study of `patientId`, newest, in `dataDir`.
    QString latestStudy(const QString& dataDir, const QString& patientId) {
        return jsonArray(runDicomnet(dataDir, {"history", patientId, "--json"}))
            .last()
            .toObject()["study_uid"]
            .toString();
    }
    int instancesOfStudy(const QString& dataDir, const QString& study) {
        int n = 0;
        for (const QJsonValue& s :
             jsonArray(runDicomnet(dataDir, {"ls", "series", study, "--json"})))
            n += s.toObject()["instance_count"].toInt();
        return n;
    }

    // The study written by makeSeries into `folder`, imported into `dataDir`.
    QString importBigStudy(const QString& dataDir, const QString& folder) {
        if (!QFile::exists(folder) && !makeSeries(folder, kBigSeries, 512, 512)) return {};
        const QSet<QString> known = studiesIn(dataDir);
        if (runDicomnet(dataDir, {"import", folder}).exitCode != 0) return {};
        for (const QString& s : studiesIn(dataDir))
            if (!known.contains(s)) return s;
        return {};
    }
    QSet<QString> studiesIn(const QString& dataDir) {
        QSet<QString> uids;
        for (const QJsonValue& v : jsonArray(runDicomnet(dataDir, {"ls", "studies", "--json"})))
            uids.insert(v.toObject()["study_uid"].toString());
        return uids;
    }
    QJsonObject jobFor(const QString& dataDir, const QString& uid) {
        QJsonObject found;
        for (const QJsonValue& v : jsonArray(runDicomnet(dataDir, {"jobs", "--json"})))
            if (v.toObject()["requested"].toArray().contains(uid)) found = v.toObject();
        return found;
    }
    // Runs the job again until it ends (a retry, then one sync pass).
    QJsonObject finishJob(const QString& dataDir, const QString& uid) {
        QJsonObject job = jobFor(dataDir, uid);
        if (job["state"].toString() != QLatin1String("done")) {
            runDicomnet(dataDir, {"jobs", "retry", QString::number(job["job"].toInteger())});
            runDicomnet(dataDir, {"sync", "--once"});
            job = jobFor(dataDir, uid);
        }
        return job;
    }

private slots:
    void initTestCase() {
        // The servers run as Debian's postgres and orthanc accounts when we are root: they must
        // pass through the temporary folder.
        QVERIFY(::chmod(QFile::encodeName(tmp_.path()).constData(), 0755) == 0);
        admin_ = tmp_.filePath("admin");
        portal_ = tmp_.filePath("portal");
        red_ = tmp_.filePath("red");
        home_ = tmp_.filePath("home");
        consultant_ = tmp_.filePath("consultant");
        dicomPort_ = freePort();
        httpsPort_ = freePort();
        httpPort_ = freePort();
        pgPort_ = freePort();
        CliResult r = runDicomnet(admin_, {"certs", "init", "--org", "Spitalul Clinic Bălți"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(
            admin_,
            {"portal", "init", portal_, "--host", "localhost", "--workstation", "red=REDZONE",
             "--workstation", "home=HOME", "--dicom-port", QString::number(dicomPort_),
             "--https-port", QString::number(httpsPort_), "--http-port", QString::number(httpPort_),
             "--postgres-port", QString::number(pgPort_)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const ToolResult started = portalScript("start");
        QVERIFY2(started.exitCode == 0, qPrintable(started.output + "\n" + serverLogs()));
        for (const QString& w : {QStringLiteral("red"), QStringLiteral("home")}) {
            r = runDicomnet(tmp_.filePath(w), {"portal", "join", portal_ + "/join/" + w});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
    }
    void cleanupTestCase() {
        const ToolResult stopped = portalScript("stop");
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.output));
        QVERIFY(portalScript("status").exitCode != 0);  // all three stopped
    }

    void portalInit_ShouldWriteSecretsPrivately() {
        for (const QString& f :
             {QStringLiteral("config/accounts.json"), QStringLiteral("config/pgpass"),
              QStringLiteral("postgres/password"), QStringLiteral("tls/portal.key"),
              QStringLiteral("join/red/node.key"), QStringLiteral("join/red/portal.password")}) {
            struct stat st {};
            QVERIFY2(::stat(QFile::encodeName(portal_ + "/" + f).constData(), &st) == 0,
                     qPrintable(f));
            QVERIFY2((st.st_mode & 077) == 0, qPrintable(f + " is readable by others"));
        }
        // A second init into the same folder is refused; nothing there changes.
        const CliResult again = runDicomnet(
            admin_, {"portal", "init", portal_, "--host", "localhost", "--workstation", "x=X"});
        QCOMPARE(again.exitCode, 1);
    }

    void portalInitAndJoin_ShouldRefuseWhatIsWrong() {
        const QString other = tmp_.filePath("other-portal");
        for (const QString& bad : {QStringLiteral("red"), QStringLiteral("red=REDZONE@host:0"),
                                   QStringLiteral("r d=REDZONE"), QStringLiteral("=REDZONE"),
                                   QStringLiteral("red=REDZONE@:104")}) {
            const CliResult r = runDicomnet(
                admin_, {"portal", "init", other, "--host", "localhost", "--workstation", bad});
            QVERIFY2(
                r.exitCode == 2 && (r.err.contains("workstation") || r.err.contains(bad.toUtf8())),
                qPrintable(bad + ": " + describe(r)));
            QVERIFY(!QFile::exists(other + "/config"));
        }
        CliResult r = runDicomnet(admin_, {"portal", "init", other, "--host", "localhost",
                                           "--workstation", "a=SAME", "--workstation", "b=SAME"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("SAME"), qPrintable(describe(r)));
        // A workstation that trusts another site's CA is not switched over by a join.
        const QString elsewhere = tmp_.filePath("elsewhere");
        QCOMPARE(runDicomnet(elsewhere, {"certs", "init", "--org", "Alt spital"}).exitCode, 0);
        r = runDicomnet(elsewhere, {"portal", "join", portal_ + "/join/red"});
        QVERIFY2(r.exitCode == 1 && r.err.contains("another site CA"), qPrintable(describe(r)));
        QVERIFY(jsonArray(runDicomnet(elsewhere, {"peers", "list", "--json"})).isEmpty());
        // Not a join folder.
        r = runDicomnet(home_, {"portal", "join", tmp_.path()});
        QCOMPARE(r.exitCode, 1);
    }

    void consultation_ShouldGoRound_RedZoneToHomeAndBack() {
        dicomnet::SyntheticPatientOptions o;
        o.xraySize = 128;
        o.ctSlices = 2;
        QVERIFY(dicomnet::writeSyntheticPatient(tmp_.filePath("films"), o));
        QCOMPARE(runDicomnet(red_, {"import", tmp_.filePath("films")}).exitCode, 0);
        patientId_ = o.patientId;
        study_ = latestStudy(red_, patientId_);
        const int images = instancesOfStudy(red_, study_);
        QVERIFY(images > 0);

        // The red zone asks and sends; the portal checks what it received.
        CliResult r =
            runDicomnet(red_, {"consult", "request", study_, "--question",
                               "Pneumonie? Pacient febril, SpO2 91%.", "--urgency", "urgent",
                               "--for", "Ana Rusu", "--author", "Maria Tehnician"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString request = firstLine(r);
        r = runDicomnet(red_, {"send", "dept", study_, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject job = jsonArray(r)[0].toObject();
        QCOMPARE(job["sent"].toInt(), images + 1);  // the films and the request
        QCOMPARE(job["verification"].toString(), QStringLiteral("complete"));

        // At home: found on the portal over HTTPS (QIDO-RS), fetched (WADO-RS), waiting for her.
        r = runDicomnet(home_, {"find", "dept", "--patient-id", patientId_, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(study_.toLatin1()), r.out.constData());
        r = runDicomnet(home_, {"retrieve", "dept", study_});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(instancesOfStudy(home_, study_), images + 1);
        r = runDicomnet(home_, {"consult", "waiting", "--me", "Ana Rusu", "--json"});
        QCOMPARE(jsonArray(r).size(), 1);

        // She writes and signs with the certificate the site's administrator issued her.
        r = runDicomnet(admin_, {"certs", "person", "Ana Rusu", "--out", tmp_.filePath("me")},
                        60000, kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(home_, {"consult", "new", study_, "--template", "chest-xray-covid",
                                "--text", "Opacități bilaterale, predominant bazal.", "--field",
                                "brixia.A=1", "--field", "brixia.D=2", "--author", "Ana Rusu"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(
            home_,
            {"consult", "sign", firstLine(r), "--cert", tmp_.filePath("me/ana-rusu.pem"), "--key",
             tmp_.filePath("me/ana-rusu.key")},
            60000, kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString answer = firstLine(r);
        r = runDicomnet(home_, {"send", "dept", answer, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(jsonArray(r)[0].toObject()["verification"].toString(), QStringLiteral("complete"));

        // The red zone's sync brings the answer from the portal; it is signed and answers the
        // request.
        r = runDicomnet(red_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        bool answered = false;
        for (const QJsonValue& v :
             jsonArray(runDicomnet(red_, {"consult", "list", study_, "--json"})))
            if (v.toObject()["sop_instance_uid"].toString() == answer)
                answered = v.toObject()["state"].toString() == QLatin1String("final") &&
                           v.toObject()["answers"].toString() == request;
        QVERIFY2(answered, qPrintable(describe(runDicomnet(red_, {"consult", "list", study_}))));
        r = runDicomnet(red_, {"consult", "verify", answer});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }

    void consultant_ShouldReadOnlyWhatWasSentToThem() {
        QVERIFY(!study_.isEmpty());
        // Another hospital: a certificate from the site CA, a listener, no account on the portal.
        QVERIFY(QDir().mkpath(consultant_ + "/certs"));
        QCOMPARE(
            runDicomnet(admin_, {"certs", "issue", "consultant", "--out", consultant_ + "/certs"})
                .exitCode,
            0);
        QVERIFY(
            QFile::rename(consultant_ + "/certs/consultant.pem", consultant_ + "/certs/node.pem"));
        QVERIFY(
            QFile::rename(consultant_ + "/certs/consultant.key", consultant_ + "/certs/node.key"));
        QVERIFY(QFile::copy(admin_ + "/certs/ca.pem", consultant_ + "/certs/ca.pem"));
        const int port = freePort();
        QProcess listener;
        listener.setProcessChannelMode(QProcess::MergedChannels);
        listener.start(dicomnetBinary(), {"--data-dir", consultant_, "listen", "--aet", "CONSULT",
                                          "--port", QString::number(port), "--tls"});
        QVERIFY(listener.waitForStarted());
        QCOMPARE(runDicomnet(home_,
                             {"peers", "add", "consultant", "--aet", "CONSULT", "--host",
                              "127.0.0.1", "--port", QString::number(port), "--tls", "--external"})
                     .exitCode,
                 0);
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = runDicomnet(home_, {"echo", "consultant"}).exitCode == 0;
            if (!up) QTest::qWait(100);
        }
        QVERIFY(up);
        CliResult r = runDicomnet(home_, {"send", "consultant", study_, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const int sent = jsonArray(r)[0].toObject()["sent"].toInt();
        QVERIFY(sent > 0);

        // What arrived: one study, under a pseudonym, none of the patient's identity in it.
        const QJsonArray studies = jsonArray(runDicomnet(consultant_, {"ls", "studies", "--json"}));
        QCOMPARE(studies.size(), 1);
        const QByteArray listing = QJsonDocument(studies).toJson() +
                                   runDicomnet(consultant_, {"ls", "patients", "--json"}).out;
        QVERIFY2(!listing.contains(patientId_.toUtf8()), listing.constData());
        QVERIFY2(!listing.contains(study_.toLatin1()), listing.constData());
        const QString theirStudy = studies[0].toObject()["study_uid"].toString();
        QCOMPARE(instancesOfStudy(consultant_, theirStudy), sent);

        // The portal does not know them: a C-FIND from their AE title is refused.
        QCOMPARE(
            runDicomnet(consultant_, {"peers", "add", "dept-dicom", "--aet", "DEPT", "--host",
                                      "localhost", "--port", QString::number(dicomPort_), "--tls"})
                .exitCode,
            0);
        r = runDicomnet(consultant_,
                        {"find", "dept-dicom", "--patient-id", patientId_, "--aet", "CONSULT"});
        QVERIFY2(r.exitCode != 0 && !r.out.contains(study_.toLatin1()), qPrintable(describe(r)));
        ::kill(pid_t(listener.processId()), SIGINT);
        QVERIFY(listener.waitForFinished(30000));
    }
    void postgresKilledMidSend_ShouldFinishCompleteWithNothingTwice() {
        const QString big = importBigStudy(red_, tmp_.filePath("big"));
        QVERIFY(!big.isEmpty());
        const int before = instancesInPostgres();
        QProcess send;
        send.setProcessChannelMode(QProcess::MergedChannels);
        send.start(dicomnetBinary(), {"--data-dir", red_, "send", "dept", big, "--json"});
        QVERIFY(send.waitForStarted());
        // PostgreSQL dies (-9) once part of the study is in its index.
        int arrived = 0;
        for (int i = 0; i < 1200 && arrived < 20; ++i) {
            QTest::qWait(100);
            arrived = instancesInPostgres() - before;
        }
        QVERIFY2(arrived >= 20 && arrived < kBigSeries,
                 qPrintable(QStringLiteral("%1 arrived before the kill").arg(arrived)));
        const int postmaster = pidIn(portal_ + "/postgres/data/postmaster.pid");
        QVERIFY(postmaster > 0);
        qInfo("killed at %lld", QDateTime::currentMSecsSinceEpoch());
        QVERIFY(::kill(postmaster, SIGKILL) == 0);
        QVERIFY(waitGone(postmaster));
        QVERIFY(send.state() == QProcess::NotRunning || send.waitForFinished(600000));
        const QByteArray said = send.readAll();
        qInfo("send while PostgreSQL died: exit %d, %s", send.exitCode(),
              jobFor(red_, big)["state"].toString().toUtf8().constData());

        const ToolResult restarted = portalScript("start");
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.output + "\n" + serverLogs()));
        const QJsonObject job = finishJob(red_, big);
        if (job["state"].toString() != QLatin1String("done"))
            qInfo("%s",
                  qPrintable(
                      QJsonDocument(job).toJson() + said +
                      QStringLiteral("\nin PostgreSQL: %1\n").arg(instancesInPostgres() - before) +
                      missingOnPortal(red_, job["job"].toInteger())));
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        QCOMPARE(job["verification"].toString(), QStringLiteral("complete"));
        QCOMPARE(job["total"].toInt(), kBigSeries);
        QCOMPARE(job["failed"].toInt(), 0);
        // Each object went once (what the portal had acknowledged was not sent again), and the
        // index holds each once.
        QCOMPARE(job["sent"].toInt() + job["already_there"].toInt(), kBigSeries);
        QCOMPARE(instancesInPostgres() - before, kBigSeries);
        bigStudy_ = big;
    }

    void orthancKilledMidFetch_ShouldFinishCompleteWithNothingTwice() {
        QVERIFY(!bigStudy_.isEmpty());
        QProcess fetch;
        fetch.setProcessChannelMode(QProcess::MergedChannels);
        fetch.start(dicomnetBinary(), {"--data-dir", home_, "retrieve", "dept", bigStudy_});
        QVERIFY(fetch.waitForStarted());
        // A series comes in one WADO-RS answer: Orthanc dies (-9) while it is being sent.
        bool running = false;
        for (int i = 0; i < 600 && !running; ++i) {
            running = jobFor(home_, bigStudy_)["state"].toString() == QLatin1String("running");
            if (!running) QTest::qWait(20);
        }
        QVERIFY(running);
        const int orthanc = pidIn(portal_ + "/run/orthanc.pid");
        QVERIFY(orthanc > 0);
        QVERIFY(::kill(orthanc, SIGKILL) == 0);
        QVERIFY(waitGone(orthanc));
        QVERIFY(fetch.state() == QProcess::NotRunning || fetch.waitForFinished(600000));
        QVERIFY(instancesOfStudy(home_, bigStudy_) < kBigSeries);  // killed before the end
        const QByteArray said = fetch.readAll();
        QVERIFY2(fetch.exitCode() != 0, said.constData());  // it says the fetch did not finish

        const ToolResult restarted = portalScript("start");
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.output + "\n" + serverLogs()));
        const QJsonObject job = finishJob(home_, bigStudy_);
        if (job["state"].toString() != QLatin1String("done"))
            qInfo("%s", qPrintable(QJsonDocument(job).toJson() + said + serverLogs()));
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        QCOMPARE(job["failed"].toInt(), 0);
        QCOMPARE(job["sent"].toInt() + job["already_there"].toInt(), kBigSeries);
        QCOMPARE(instancesOfStudy(home_, bigStudy_), kBigSeries);
        const CliResult checked = runDicomnet(home_, {"check"});
        QVERIFY2(checked.exitCode == 0, qPrintable(describe(checked)));
    }
};

QTEST_GUILESS_MAIN(TestPortalDepartment)
#include "test_portal_department.moc"
