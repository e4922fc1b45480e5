// The sync engine against a DICOMweb portal: Orthanc (Debian's package) with its DICOMweb
// plugin (orthanc-dicomweb), HTTP basic authentication, started on a port the test chooses and
// stopped by PID, in a network namespace with only loopback. A study goes by STOW-RS and is
// checked by QIDO-RS; a second workstation finds it there and sends nothing; what others put
// there (an answer, a repeat study) comes home as fetch jobs; an empty workstation finds and
// retrieves from it; wrong credentials and an unreachable portal say so and wait for a retry;
// the portal killed in the middle of a send, dicomnet killed in the middle of a send and of a
// fetch: each job finishes, each object once. Over HTTPS (a socat TLS front end): verified
// against the given CA; an untrusted CA or another host name is refused, saying so. An
// external portal holds nothing that identifies the patient, and its answer comes home.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "orthanc_portal.h"
#include "test_data.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

QJsonObject job(const CliResult& r) { return QJsonDocument::fromJson(r.out).array()[0].toObject(); }

const QString kStudy = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR

}  // namespace

class TestDicomWeb : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_, url_;
    std::unique_ptr<OrthancPortal> portal_;
    QString first300_;  // the CT the portal was killed in the middle of

private slots:
    void initTestCase() {
        portal_ = std::make_unique<OrthancPortal>(tmp_.filePath("portal"));
        data_ = tmp_.filePath("data");
        QCOMPARE(runDicomnet(data_, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        url_ = portal_->url();
        const CliResult added =
            runDicomnet(data_, {"peers", "add", "portal", "--dicomweb", url_, "--user", "consult",
                                "--password-file", portal_->passwordFile()});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QVERIFY2(portal_->start(), qPrintable(portal_->output()));
    }
    void cleanupTestCase() { portal_.reset(); }

    void stow_ShouldStoreTheStudy_AndQidoShouldConfirmIt() {
        CliResult r = runDicomnet(data_, {"send", "portal", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(job(r)["sent"].toInt(), 11);
        QCOMPARE(job(r)["verification"].toString(), QStringLiteral("complete"));
        // Another workstation with the same study: the portal is asked, nothing goes.
        const QString other = tmp_.filePath("other");
        QCOMPARE(runDicomnet(other, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(other, {"peers", "add", "portal", "--dicomweb", url_, "--user",
                                     "consult", "--password-file", portal_->passwordFile()})
                     .exitCode,
                 0);
        r = runDicomnet(other, {"send", "portal", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(job(r)["sent"].toInt(), 0);
        QCOMPARE(job(r)["already_there"].toInt(), 11);
        // That workstation answers on the portal; `sync` here fetches the answer (WADO-RS).
        r = runDicomnet(other, {"consult", "new", kStudy, "--text", "Fără modificări.", "--author",
                                "Ion Popescu"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString answer = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(runDicomnet(other, {"send", "portal", answer}).exitCode, 0);
        r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("fetched 1 object(s) from the portals"),
                 qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "list", kStudy, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        QVERIFY(r.out.contains(answer.toUtf8()));
        r = runDicomnet(data_, {"sync", "--once"});  // nothing new the second time
        QVERIFY2(r.exitCode == 0 && !r.out.contains("fetched"), qPrintable(describe(r)));
        // The fetch was a job of its own, in the inbox.
        const QJsonObject fetch = job(runDicomnet(data_, {"jobs", "--json"}));
        QCOMPARE(fetch["kind"].toString(), QStringLiteral("fetch"));
        QCOMPARE(fetch["state"].toString(), QStringLiteral("done"));
        QCOMPARE(fetch["sent"].toInt(), 1);
        QCOMPARE(fetch["verification"].toString(), QStringLiteral("complete"));
    }

    // A study the portal acknowledged is evicted here and comes back by WADO-RS (a fetch job)
    // when it is exported; the study with an unsigned draft (kStudy, answered above by the
    // other workstation's draft) stays.
    void evictedStudy_ShouldComeBackFromThePortal() {
        QCOMPARE(runDicomnet(data_, {"cache", "keep", "0"}).exitCode, 0);
        CliResult r = runDicomnet(data_, {"cache", "evict", kStudy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("draft"), r.out.constData());
        QString study;
        int images = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out).array())
            if (v["study_uid"].toString() != kStudy && v["instance_count"].toInt() > images)
                study = v["study_uid"].toString(), images = v["instance_count"].toInt();
        QVERIFY(!study.isEmpty());
        const QString before = tmp_.filePath("before"), after = tmp_.filePath("after");
        QCOMPARE(runDicomnet(data_, {"export", study, "--out", before}).exitCode, 0);
        r = runDicomnet(data_, {"send", "portal", study, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data_, {"cache", "evict", study, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject went = QJsonDocument::fromJson(r.out)["evicted"][0].toObject();
        QCOMPARE(went["held_at"].toString(), QStringLiteral("portal"));
        QCOMPARE(went["objects"].toInt(), images);
        r = runDicomnet(data_, {"ls", "studies", "--json"});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v["study_uid"].toString() == study) QCOMPARE(v["away_count"].toInt(), images);
        // Exporting it brings it back first; what comes back is what left.
        r = runDicomnet(data_, {"export", study, "--out", after});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList names = QDir(before).entryList(QDir::Files);
        QCOMPARE(QDir(after).entryList(QDir::Files), names);
        for (const QString& n : names)
            QVERIFY2(canonicalDataset(before + "/" + n) == canonicalDataset(after + "/" + n),
                     qPrintable(n));
        QCOMPARE(runDicomnet(data_, {"check"}).exitCode, 0);
        QCOMPARE(runDicomnet(data_, {"cache", "keep", "7"}).exitCode, 0);
    }
    void newStudyOnThePortal_ShouldComeAsAFetchJob() {
        // The other workstation stores a repeat study of the same patient (a copy of the MR
        // series with new UIDs, made with dcmodify); `sync` here brings all of it, by series.
        const QString repeat = tmp_.filePath("repeat");
        QVERIFY(QDir().mkpath(repeat));
        QStringList files;
        for (const QFileInfo& f : QDir(pydicomFile("test_files/dicomdirtests/98892003/MR700"))
                                      .entryInfoList(QDir::Files)) {
            const QString copy = repeat + "/" + f.fileName();
            QVERIFY(QFile::copy(f.filePath(), copy));
            files << copy;
        }
        QVERIFY(!files.isEmpty());
        const QString study = "1.2.826.0.1.3680043.8.498.7001", series = study + ".1";
        ToolResult m = runTool("dcmodify", QStringList{"-nb", "-gin", "-m", "(0020,000D)=" + study,
                                                       "-m", "(0020,000E)=" + series} +
                                               files);
        QVERIFY2(m.exitCode == 0, qPrintable(m.output));
        const QString other = tmp_.filePath("other");
        QCOMPARE(runDicomnet(other, {"import", repeat}).exitCode, 0);
        CliResult r = runDicomnet(other, {"send", "portal", study});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0 && QString::fromUtf8(r.out).contains(
                                        QStringLiteral("fetched %1 object(s)").arg(files.size())),
                 qPrintable(describe(r)));
        const QJsonObject fetch = job(runDicomnet(data_, {"jobs", "--json"}));
        QCOMPARE(fetch["kind"].toString(), QStringLiteral("fetch"));
        QCOMPARE(fetch["sent"].toInt(), files.size());
        QCOMPARE(fetch["requested"].toArray().first().toString(), study);
        r = runDicomnet(data_, {"ls", "instances", series, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), files.size());
        // Nothing changed there since: nothing is asked for, no new job.
        r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0 && !r.out.contains("fetched"), qPrintable(describe(r)));
        QCOMPARE(job(runDicomnet(data_, {"jobs", "--json"}))["job"], fetch["job"]);
    }

    void findAndRetrieve_ShouldWorkOnAPortal() {
        // A consultant's workstation with an empty cache looks the patient up on the portal
        // (QIDO-RS), then fetches one series, then the whole study (WADO-RS, as fetch jobs).
        const QString consultant = tmp_.filePath("consultant");
        QCOMPARE(runDicomnet(consultant, {"peers", "add", "portal", "--dicomweb", url_, "--user",
                                          "consult", "--password-file", portal_->passwordFile()})
                     .exitCode,
                 0);
        CliResult r =
            runDicomnet(consultant, {"find", "portal", "--patient-id", "98890234", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject study;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject()["study_uid"].toString() == kStudy) study = v.toObject();
        QVERIFY2(!study.isEmpty(), r.out.constData());
        QCOMPARE(study["patient_id"].toString(), QStringLiteral("98890234"));
        QVERIFY(study["modalities"].toArray().contains(QJsonValue("MR")));
        const int total = study["instance_count"].toInt();
        QVERIFY(total >= 11);
        r = runDicomnet(consultant, {"find", "portal", "--study", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString mr;
        int mrCount = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject()["modality"].toString() == QLatin1String("MR")) {
                mr = v.toObject()["series_uid"].toString();
                mrCount = v.toObject()["instance_count"].toInt();
            }
        QVERIFY2(!mr.isEmpty() && mrCount > 0, r.out.constData());
        r = runDicomnet(consultant,
                        {"find", "portal", "--study", kStudy, "--series", mr, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), mrCount);
        r = runDicomnet(consultant,
                        {"retrieve", "portal", mr, "--level", "SERIES", "--study", kStudy});
        QVERIFY2(
            r.exitCode == 0 &&
                QString::fromUtf8(r.out).contains(
                    QStringLiteral("retrieved %1 object(s) from portal by WADO-RS").arg(mrCount)),
            qPrintable(describe(r)));
        r = runDicomnet(consultant, {"retrieve", "portal", kStudy});
        QVERIFY2(
            r.exitCode == 0 && QString::fromUtf8(r.out).contains(
                                   QStringLiteral("retrieved %1 object(s)").arg(total - mrCount)),
            qPrintable(describe(r)));
        r = runDicomnet(consultant, {"retrieve", "portal", kStudy});
        QVERIFY2(r.exitCode == 0 && r.out.contains("in the cache already"),
                 qPrintable(describe(r)));
        r = runDicomnet(consultant, {"ls", "studies", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject()["instance_count"].toInt(),
                 total);
        r = runDicomnet(consultant, {"retrieve", "portal", "1.2.3.4.404"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("holds nothing"), qPrintable(describe(r)));
    }

    void wrongCredentialsAndNoPortal_ShouldSaySo() {
        QFile wrong(tmp_.filePath("wrong"));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("nu-e-parola");
        wrong.close();
        QCOMPARE(runDicomnet(data_, {"peers", "add", "wrong", "--dicomweb", url_, "--user",
                                     "consult", "--password-file", wrong.fileName()})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data_, {"send", "wrong", kStudy, "--wait", "0"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("refused the credentials (HTTP 401)") && r.out.contains("retrying"),
                 qPrintable(describe(r)));
        QCOMPARE(
            runDicomnet(data_, {"peers", "add", "nowhere", "--dicomweb",
                                QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(freePort())})
                .exitCode,
            0);
        r = runDicomnet(data_, {"send", "nowhere", kStudy, "--wait", "0"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("cannot reach"), qPrintable(describe(r)));
        QCOMPARE(runDicomnet(data_, {"peers", "add", "bad", "--dicomweb", "ftp://x"}).exitCode, 2);
        // Those two jobs are left out of what follows.
        for (const QJsonValue& v :
             QJsonDocument::fromJson(runDicomnet(data_, {"jobs", "--json"}).out).array())
            if (v.toObject()["state"].toString() == QLatin1String("retrying"))
                QCOMPARE(runDicomnet(data_, {"jobs", "cancel",
                                             QString::number(v.toObject()["job"].toInt())})
                             .exitCode,
                         0);
    }

    void bearerToken_ShouldBeSent_AndAWrongOneRefused() {
        // A portal that takes a bearer token (Orthanc's Python plugin checks it on each request).
        OrthancPortal tokened(tmp_.filePath("tokened"), OrthancPortal::Auth::Bearer);
        QVERIFY2(tokened.start(), qPrintable(tokened.output()));
        QCOMPARE(runDicomnet(data_, {"peers", "add", "tokened", "--dicomweb", tokened.url(),
                                     "--token-file", tokened.tokenFile()})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(data_, {"echo", "tokened"}).exitCode, 0);
        CliResult r = runDicomnet(data_, {"send", "tokened", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(job(r)["sent"].toInt(), job(r)["total"].toInt());
        QCOMPARE(job(r)["verification"].toString(), QStringLiteral("complete"));
        QFile wrong(tmp_.filePath("wrong-token"));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("nu-e-jetonul\n");
        wrong.close();
        QCOMPARE(runDicomnet(data_, {"peers", "add", "mistokened", "--dicomweb", tokened.url(),
                                     "--token-file", wrong.fileName()})
                     .exitCode,
                 0);
        r = runDicomnet(data_, {"send", "mistokened", kStudy, "--wait", "0", "--json"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(job(r)["sent"].toInt(), 0);
        QVERIFY2(job(r)["error"].toString().contains("refused the credentials (HTTP 403)"),
                 qPrintable(describe(r)));
        QCOMPARE(
            runDicomnet(data_, {"jobs", "cancel", QString::number(job(r)["job"].toInt())}).exitCode,
            0);
    }

    void https_ShouldVerifyThePortalsCertificate() {
        // Orthanc 1.10.1's own HTTPS server crashes on the first connection (exit 139), so the
        // portal is reached the way it usually is: through a TLS front end (socat), here with a
        // server certificate from a CA of the test's own.
        const QString dir = tmp_.filePath("https");
        QVERIFY(QDir().mkpath(dir));
        const QString ca = dir + "/ca.pem", caKey = dir + "/ca.key";
        QCOMPARE(runTool("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                     "-subj", "/CN=Portal test CA", "-keyout", caKey, "-out", ca})
                     .exitCode,
                 0);
        // A certificate for 127.0.0.1 and one for another host, both from that CA.
        auto issue = [&](const QString& name, const QString& san) {
            const QString key = dir + "/" + name + ".key", csr = dir + "/" + name + ".csr";
            QFile ext(dir + "/" + name + ".ext");
            if (!ext.open(QIODevice::WriteOnly)) return false;
            ext.write("subjectAltName=" + san.toUtf8() + "\n");
            ext.close();
            return runTool("openssl", {"req", "-newkey", "rsa:2048", "-nodes", "-subj",
                                       "/CN=" + name, "-keyout", key, "-out", csr})
                           .exitCode == 0 &&
                   runTool("openssl", {"x509", "-req", "-in", csr, "-CA", ca, "-CAkey", caKey,
                                       "-CAcreateserial", "-days", "2", "-extfile", ext.fileName(),
                                       "-out", dir + "/" + name + ".pem"})
                           .exitCode == 0;
        };
        QVERIFY(issue("portal", "IP:127.0.0.1"));
        QVERIFY(issue("elsewhere", "DNS:portal.example.org"));
        struct Fronts : std::vector<std::unique_ptr<QProcess>> {
            ~Fronts() {
                for (auto& f : *this) {
                    f->kill();
                    f->waitForFinished();
                }
            }
        } fronts;
        auto front = [&](const QString& name) {
            const int port = freePort();
            fronts.push_back(startTool(
                "socat", {QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,"
                                         "verify=0,cert=%2/%3.pem,key=%2/%3.key")
                              .arg(port)
                              .arg(dir, name),
                          QStringLiteral("TCP:127.0.0.1:%1").arg(portal_->httpPort())}));
            return QStringLiteral("https://127.0.0.1:%1/dicom-web").arg(port);
        };
        const QString good = front("portal"), wrongName = front("elsewhere");
        const QString password = portal_->passwordFile();
        auto add = [&](const QString& name, const QString& url, const QStringList& more) {
            return runDicomnet(data_, QStringList{"peers", "add", name, "--dicomweb", url, "--user",
                                                  "consult", "--password-file", password} +
                                          more)
                .exitCode;
        };
        QCOMPARE(add("secure", good, {"--ca", ca}), 0);
        QCOMPARE(add("untrusted", good, {}), 0);
        QCOMPARE(add("misnamed", wrongName, {"--ca", ca}), 0);
        CliResult r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return (r = runDicomnet(data_, {"echo", "secure"})).exitCode == 0;
            },
            10000));
        // The study goes again, over HTTPS; the portal is asked about it over HTTPS too.
        r = runDicomnet(data_, {"send", "secure", kStudy, "--again", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(job(r)["total"].toInt() >= 11);  // with the answer fetched above
        QCOMPARE(job(r)["sent"].toInt(), job(r)["total"].toInt());
        QCOMPARE(job(r)["verification"].toString(), QStringLiteral("complete"));
        // Not verified: said so, nothing sent.
        r = runDicomnet(data_, {"echo", "untrusted"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("from a CA not trusted here"),
                 qPrintable(describe(r)));
        r = runDicomnet(data_, {"echo", "misnamed"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("certificate for another host name"),
                 qPrintable(describe(r)));
        r = runDicomnet(data_, {"send", "untrusted", kStudy, "--again", "--wait", "0", "--json"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(job(r)["sent"].toInt(), 0);
        QVERIFY2(job(r)["error"].toString().contains("from a CA not trusted here"),
                 qPrintable(describe(r)));
        QCOMPARE(
            runDicomnet(data_, {"jobs", "cancel", QString::number(job(r)["job"].toInt())}).exitCode,
            0);
    }

    void severalBatchesAtOnce_ShouldSettleEveryObjectOnce() {
        // Batches go three at a time and their answers may come in any order: each object is
        // acknowledged once, none left in flight, no second attempt.
        QVERIFY(makeSeries(tmp_.filePath("batches"), 200, 64, 64));
        CliResult r = runDicomnet(data_, {"import", tmp_.filePath("batches")});
        QCOMPARE(r.exitCode, 0);
        QString study;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out).array())
            if (v.toObject()["instance_count"].toInt() == 200)
                study = v.toObject()["study_uid"].toString();
        QVERIFY(!study.isEmpty());
        r = runDicomnet(data_, {"send", "portal", study, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(job(r)["sent"].toInt(), 200);
        QCOMPARE(job(r)["already_there"].toInt(), 0);
        QCOMPARE(job(r)["attempts"].toInt(), 1);
        QCOMPARE(job(r)["verification"].toString(), QStringLiteral("complete"));
    }

    void portalKilledMidSend_ShouldFinishWhenItIsBack() {
        QVERIFY(makeSeries(tmp_.filePath("ct"), 300, 256, 256));
        QCOMPARE(runDicomnet(data_, {"import", tmp_.filePath("ct")}).exitCode, 0);
        QString ct;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out).array())
            if (v.toObject()["instance_count"].toInt() == 300)
                ct = v.toObject()["study_uid"].toString();
        QVERIFY(!ct.isEmpty());
        first300_ = ct;
        QProcess sender;
        sender.start(dicomnetBinary(), {"--data-dir", data_, "send", "portal", ct, "--wait", "0"});
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray jobs =
                    QJsonDocument::fromJson(runDicomnet(data_, {"jobs", "--json"}).out).array();
                return !jobs.isEmpty() && jobs[0].toObject()["sent"].toInt() >= 32;
            },
            60000));
        portal_->kill();
        QVERIFY(sender.waitForFinished(60000));
        const QJsonObject stopped =
            QJsonDocument::fromJson(runDicomnet(data_, {"jobs", "--json"}).out)
                .array()[0]
                .toObject();
        if (stopped["state"].toString() == QLatin1String("done"))
            QSKIP("the send finished before the portal was killed (fast machine)");
        QCOMPARE(stopped["state"].toString(), QStringLiteral("retrying"));
        QVERIFY(stopped["sent"].toInt() < 300);
        QVERIFY(portal_->start());
        CliResult r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject done = QJsonDocument::fromJson(runDicomnet(data_, {"jobs", "--json"}).out)
                                     .array()[0]
                                     .toObject();
        QCOMPARE(done["state"].toString(), QStringLiteral("done"));
        QCOMPARE(done["sent"].toInt() + done["already_there"].toInt(), 300);
        QCOMPARE(done["verification"].toString(), QStringLiteral("complete"));
    }

    void killedMidFetch_ShouldFinishAfterRestart() {
        // A third workstation has one slice of that CT and sent it there: its pull fetches the
        // other 299 as one series (and the patient's other study). It is killed (-9) once the
        // portal's answer is on disk; after a restart the same job finishes, each object here once.
        const QString third = tmp_.filePath("third");
        const QFileInfoList slices = QDir(tmp_.filePath("ct")).entryInfoList(QDir::Files);
        QVERIFY(slices.size() == 300);
        QCOMPARE(runDicomnet(third, {"import", slices.first().filePath()}).exitCode, 0);
        const QJsonArray studies =
            QJsonDocument::fromJson(runDicomnet(third, {"ls", "studies", "--json"}).out).array();
        QCOMPARE(studies.size(), 1);
        const QString ct = studies[0].toObject()["study_uid"].toString();
        const QString series =
            QJsonDocument::fromJson(runDicomnet(third, {"ls", "series", ct, "--json"}).out)
                .array()[0]
                .toObject()["series_uid"]
                .toString();
        QCOMPARE(runDicomnet(third, {"peers", "add", "portal", "--dicomweb", url_, "--user",
                                     "consult", "--password-file", portal_->passwordFile()})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(third, {"send", "portal", ct}).exitCode, 0);
        QProcess sync;
        sync.start(dicomnetBinary(), {"--data-dir", third, "sync", "--once"});
        const QString inbox = third + "/inbox";
        const bool caught = QTest::qWaitFor(
            [&] {
                QDirIterator files(inbox, QDir::Files, QDirIterator::Subdirectories);
                return files.hasNext() || sync.state() == QProcess::NotRunning;
            },
            60000);
        QVERIFY(caught);
        if (sync.state() == QProcess::NotRunning)
            QSKIP("the fetch finished before it could be killed (fast machine)");
        sync.kill();
        QVERIFY(sync.waitForFinished());
        const QJsonObject stopped = job(runDicomnet(third, {"jobs", "--json"}));
        QCOMPARE(stopped["kind"].toString(), QStringLiteral("fetch"));
        QCOMPARE(stopped["state"].toString(), QStringLiteral("running"));
        CliResult r = runDicomnet(third, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject done = job(runDicomnet(third, {"jobs", "--json"}));
        QCOMPARE(done["job"], stopped["job"]);
        QCOMPARE(done["state"].toString(), QStringLiteral("done"));
        // The CT's 299, and the patient's other study there (the 200 above).
        QCOMPARE(done["sent"].toInt() + done["already_there"].toInt(), done["total"].toInt());
        QCOMPARE(done["total"].toInt(), 499);
        r = runDicomnet(third, {"ls", "instances", series, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 300);
        QVERIFY(!QDir(inbox).exists() ||
                QDir(inbox).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
    }

    void killedMidStow_ShouldFinishAfterRestart() {
        // dicomnet killed (-9) while STOW-RS requests are on their way; after a restart the same
        // job finishes, the portal asked what it has; it holds each object once.
        QVERIFY(makeSeries(tmp_.filePath("ct2"), 300, 256, 256));
        QCOMPARE(runDicomnet(data_, {"import", tmp_.filePath("ct2")}).exitCode, 0);
        QString ct;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out).array())
            if (v.toObject()["instance_count"].toInt() == 300 &&
                v.toObject()["study_uid"].toString() != first300_)
                ct = v.toObject()["study_uid"].toString();
        QVERIFY(!ct.isEmpty());
        QProcess sender;
        sender.start(dicomnetBinary(), {"--data-dir", data_, "send", "portal", ct, "--wait", "0"});
        QJsonObject running;
        QVERIFY(QTest::qWaitFor(
            [&] {
                running = job(runDicomnet(data_, {"jobs", "--json"}));
                return running["requested"].toArray().contains(QJsonValue(ct)) &&
                       (running["sent"].toInt() >= 32 || sender.state() == QProcess::NotRunning);
            },
            60000));
        if (sender.state() == QProcess::NotRunning)
            QSKIP("the send finished before it could be killed (fast machine)");
        sender.kill();
        QVERIFY(sender.waitForFinished());
        const QJsonObject stopped = job(runDicomnet(data_, {"jobs", "--json"}));
        QCOMPARE(stopped["state"].toString(), QStringLiteral("running"));
        QVERIFY(stopped["sent"].toInt() < 300);
        CliResult r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject done = job(runDicomnet(data_, {"jobs", "--json"}));
        QCOMPARE(done["job"], stopped["job"]);
        QCOMPARE(done["state"].toString(), QStringLiteral("done"));
        QCOMPARE(done["sent"].toInt() + done["already_there"].toInt(), 300);
        QCOMPARE(done["verification"].toString(), QStringLiteral("complete"));
        r = runDicomnet(data_, {"find", "portal", "--study", ct, "--json"});
        const QJsonArray series = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series[0].toObject()["instance_count"].toInt(), 300);
    }

    void statsOfThePortal_ShouldCountEveryWorkstationsStudies() {
        // Two workstations send 40 studies each (one image, dated across 2020–2026, five
        // modalities) to a portal of their own; `stats --portal` on either counts all 80 as a
        // cache holding all of them counts them, by month, week, year and modality.
        OrthancPortal dept(tmp_.filePath("dept"));
        QVERIFY2(dept.start(), qPrintable(dept.output()));
        const QString all = tmp_.filePath("all-studies");
        for (const QString name : {"w1", "w2"}) {
            const QString films = tmp_.filePath("films-" + name), ws = tmp_.filePath(name);
            QProcess make;
            make.start(qEnvironmentVariable("DICOMNET_MAKE_SERIES"),
                       {films, "40", "8", "8", "P" + name + "-", "--studies"});
            QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
            QCOMPARE(runDicomnet(ws, {"import", films}).exitCode, 0);
            QCOMPARE(runDicomnet(all, {"import", films}).exitCode, 0);
            QCOMPARE(runDicomnet(ws, {"peers", "add", "dept", "--dicomweb", dept.url(), "--user",
                                      "consult", "--password-file", dept.passwordFile()})
                         .exitCode,
                     0);
            QStringList uids;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(runDicomnet(ws, {"ls", "studies", "--json"}).out).array())
                uids << v.toObject()["study_uid"].toString();
            QCOMPARE(uids.size(), 40);
            const CliResult sent = runDicomnet(ws, QStringList{"send", "dept"} + uids);
            QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        }
        auto rowsOf = [](const CliResult& r) {
            QStringList rows;
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object()["rows"].toArray()) {
                const QJsonObject o = v.toObject();
                rows << QStringLiteral("%1 %2 %3 %4")
                            .arg(o["period"].toString(), o["modality"].toString())
                            .arg(o["studies"].toInt())
                            .arg(o["images"].toInt());
            }
            rows.sort();
            return rows;
        };
        const QStringList range{"--from", "2020-01-01", "--to", "2026-12-31", "--json"};
        for (const char* by : {"month", "week", "year", "modality"}) {
            const CliResult portal = runDicomnet(
                tmp_.filePath("w1"), QStringList{"stats", "--portal", "dept", "--by", by} + range);
            QVERIFY2(portal.exitCode == 0, qPrintable(describe(portal)));
            const CliResult local = runDicomnet(all, QStringList{"stats", "--by", by} + range);
            QVERIFY2(local.exitCode == 0, qPrintable(describe(local)));
            QCOMPARE(rowsOf(portal), rowsOf(local));
            QCOMPARE(QJsonDocument::fromJson(portal.out)
                         .object()["summary"]
                         .toObject()["studies"]
                         .toInt(),
                     80);
        }
        // The default range (the last twelve months) answers too; what the portal cannot say,
        // and a portal that is not one, are refused.
        QCOMPARE(runDicomnet(tmp_.filePath("w2"), {"stats", "--portal", "dept"}).exitCode, 0);
        QCOMPARE(runDicomnet(tmp_.filePath("w2"), {"stats", "--portal", "dept", "--by", "reader"})
                     .exitCode,
                 2);
        const CliResult none = runDicomnet(tmp_.filePath("w2"), {"stats", "--portal", "nosuch"});
        QVERIFY2(none.exitCode == 1 && none.err.contains("nosuch"), qPrintable(describe(none)));
    }

    void externalPortal_ShouldHoldNothingThatIdentifies() {
        // A second portal, abroad, marked external: it gets de-identified copies only. Nothing
        // of the patient's identity is in any file it stores; its consultant answers on the
        // pseudonymous study, and the answer comes home under the real patient.
        OrthancPortal abroad(tmp_.filePath("abroad"));
        QVERIFY2(abroad.start(), qPrintable(abroad.output()));
        QCOMPARE(
            runDicomnet(data_, {"peers", "add", "abroad", "--dicomweb", abroad.url(), "--user",
                                "consult", "--password-file", abroad.passwordFile(), "--external"})
                .exitCode,
            0);
        CliResult r = runDicomnet(data_, {"send", "abroad", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(job(r)["sent"].toInt() >= 11);
        QCOMPARE(job(r)["sent"].toInt(), job(r)["total"].toInt());
        QCOMPARE(job(r)["verification"].toString(), QStringLiteral("complete"));
        int files = 0;
        QDirIterator it(tmp_.filePath("abroad/storage"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (!bytes.contains("DICM")) continue;  // Orthanc's own JSON summaries
            ++files;
            for (const QByteArray& secret : {QByteArray("98890234"), QByteArray("Doe^Peter"),
                                             QByteArray("Peter"), kStudy.toLatin1()})
                QVERIFY2(!bytes.contains(secret), qPrintable(f.fileName() + ": " + secret));
        }
        QCOMPARE(files, job(r)["total"].toInt());
        // The consultant abroad finds only a pseudonym there, fetches it and answers.
        const QString consultant = tmp_.filePath("abroad-consultant");
        QCOMPARE(
            runDicomnet(consultant, {"peers", "add", "portal", "--dicomweb", abroad.url(), "--user",
                                     "consult", "--password-file", abroad.passwordFile()})
                .exitCode,
            0);
        r = runDicomnet(consultant, {"find", "portal", "--json"});
        const QJsonArray there = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(there.size(), 1);
        QVERIFY(there[0].toObject()["patient_id"].toString().startsWith("ANON-"));
        const QString pseudoStudy = there[0].toObject()["study_uid"].toString();
        QVERIFY(pseudoStudy.startsWith("2.25."));
        QCOMPARE(runDicomnet(consultant, {"retrieve", "portal", pseudoStudy}).exitCode, 0);
        r = runDicomnet(consultant, {"consult", "new", pseudoStudy, "--text", "Fără leziuni.",
                                     "--author", "Consultant Abroad"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString answer = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(runDicomnet(consultant, {"send", "portal", answer}).exitCode, 0);
        // Home pulls it: only the answer comes (its own copies are known), under the real study.
        r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0 && r.out.contains("fetched 1 object(s)"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "list", kStudy, "--json"});
        bool relinked = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            relinked |= v.toObject()["sop_instance_uid"].toString() == answer &&
                        v.toObject()["relinked_from"].toString() == pseudoStudy;
        QVERIFY2(relinked, r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDicomWeb)
#include "test_dicomweb.moc"
