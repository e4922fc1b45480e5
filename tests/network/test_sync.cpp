// The sync engine from the command line against DCMTK's own peers on loopback: a send checked
// on an archive that answers C-FIND (dcmqrscp) and never repeated for what it acknowledged; a
// peer that is down (back-off, the job kept, finished by `sync --once` once it is up); a peer
// killed in the middle of a send; dicomnet itself killed (-9) in the middle of one. storescp
// writes each object it receives to a file of its own (+uf), so a second delivery would show.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

QJsonObject lastJob(const QString& data) {
    const QJsonArray jobs =
        QJsonDocument::fromJson(runDicomnet(data, {"jobs", "--json"}).out).array();
    return jobs.isEmpty() ? QJsonObject{} : jobs[0].toObject();  // newest first
}

// What storescp wrote: SOP Instance UIDs, one per file received.
QStringList received(const QString& folder) {
    QStringList uids;
    for (const QString& f : QDir(folder).entryList(QDir::Files)) {
        const ToolResult t = runTool("dcmdump", {"+P", "SOPInstanceUID", folder + "/" + f});
        uids << t.output.section('[', 1).section(']', 0, 0);
    }
    return uids;
}

const QString kStudy = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR

}  // namespace

class TestSync : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_, seriesStudy_;

private slots:
    void initTestCase() {
        data_ = tmp_.filePath("data");
        QCOMPARE(runDicomnet(data_, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        QVERIFY(makeSeries(tmp_.filePath("ct"), 8, 64, 64));
        QCOMPARE(runDicomnet(data_, {"import", tmp_.filePath("ct")}).exitCode, 0);
        for (const QJsonValue& v :
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out).array())
            if (v.toObject()["instance_count"].toInt() == 8)
                seriesStudy_ = v.toObject()["study_uid"].toString();
        QVERIFY(!seriesStudy_.isEmpty());
    }

    void send_ShouldBeCheckedOnThePeer_AndNeverRepeated() {
        DcmqrscpArchive archive(tmp_.filePath("archive"), freePort());
        QVERIFY(archive.waitUntilUp());
        QCOMPARE(runDicomnet(data_, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                     "127.0.0.1", "--port", QString::number(archive.port())})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data_, {"send", "archive", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject job = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        QCOMPARE(job["sent"].toInt(), 11);
        QCOMPARE(job["verification"].toString(), QStringLiteral("complete"));
        // Asked again: the archive has all of it; nothing goes.
        r = runDicomnet(data_, {"send", "archive", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        job = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(job["sent"].toInt(), 0);
        QCOMPARE(job["already_there"].toInt(), 11);
        QCOMPARE(job["verification"].toString(), QStringLiteral("complete"));
        // Unless asked to.
        r = runDicomnet(data_, {"send", "archive", kStudy, "--again", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject()["sent"].toInt(), 11);
        r = runDicomnet(data_, {"jobs", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
        // Forgotten here (the peer removed and added again): the archive is asked what it
        // holds (C-FIND), and nothing goes either.
        QCOMPARE(runDicomnet(data_, {"peers", "remove", "archive"}).exitCode, 0);
        QCOMPARE(runDicomnet(data_, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                     "127.0.0.1", "--port", QString::number(archive.port())})
                     .exitCode,
                 0);
        r = runDicomnet(data_, {"send", "archive", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        job = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(job["sent"].toInt(), 0);
        QCOMPARE(job["already_there"].toInt(), 11);
        QCOMPARE(runDicomnet(data_, {"peers", "remove", "archive"}).exitCode, 0);
    }

    void downPeer_ShouldBeRetriedWithBackOff_ThenFinishedBySync() {
        const int port = freePort();
        QCOMPARE(runDicomnet(data_, {"peers", "add", "later", "--aet", "LATER", "--host",
                                     "127.0.0.1", "--port", QString::number(port)})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data_, {"send", "later", seriesStudy_, "--wait", "3"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no association") && r.err.contains("trying again in 2.0 s") &&
                     r.err.contains("stays queued"),
                 qPrintable(describe(r)));
        QJsonObject job = lastJob(data_);
        QCOMPARE(job["state"].toString(), QStringLiteral("retrying"));
        QCOMPARE(job["attempts"].toInt(), 2);  // at once, and 2 s later; the next 4 s later
        QCOMPARE(job["pending"].toInt(), 8);
        // The peer comes up; the engine finishes the job.
        const QString folder = tmp_.filePath("later");
        QDir().mkpath(folder);
        auto scp = startTool("storescp", {"+uf", "-od", folder, QString::number(port)});
        QTest::qWait(300);
        r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        job = lastJob(data_);
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        QCOMPARE(job["sent"].toInt(), 8);
        QVERIFY2(job["verification"].toString().startsWith("not verifiable"),
                 qPrintable(job["verification"].toString()));
        QCOMPARE(received(folder).size(), 8);
        scp->kill();
        scp->waitForFinished();
    }

    void peerKilledMidSend_ShouldBeResumedWithEverythingThereOnce() {
        const int port = freePort();
        const QString folder = tmp_.filePath("flaky");
        QDir().mkpath(folder);
        QCOMPARE(runDicomnet(data_, {"peers", "add", "flaky", "--aet", "FLAKY", "--host",
                                     "127.0.0.1", "--port", QString::number(port)})
                     .exitCode,
                 0);
        // A slow peer (a second per object), killed after it has taken three.
        auto scp = startTool("storescp",
                             {"+uf", "--sleep-after", "1", "-od", folder, QString::number(port)});
        QTest::qWait(300);
        QProcess sender;
        sender.start(dicomnetBinary(),
                     {"--data-dir", data_, "send", "flaky", seriesStudy_, "--wait", "0"});
        QVERIFY(QTest::qWaitFor([&] { return received(folder).size() >= 3; }, 30000));
        scp->kill();
        scp->waitForFinished();
        QVERIFY(sender.waitForFinished(60000));
        QCOMPARE(sender.exitCode(), 1);  // queued for later
        QJsonObject job = lastJob(data_);
        QCOMPARE(job["state"].toString(), QStringLiteral("retrying"));
        QVERIFY(job["sent"].toInt() >= 3 && job["sent"].toInt() < 8);
        // Back, fast this time.
        scp = startTool("storescp", {"+uf", "-od", folder, QString::number(port)});
        QTest::qWait(300);
        CliResult r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        job = lastJob(data_);
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        const QStringList uids = received(folder);
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 8);
        // The object the peer died on may have arrived without its answer: it goes again (a
        // store-only peer cannot be asked). Nothing else does.
        QVERIFY2(uids.size() <= 9, qPrintable(uids.join(", ")));
        scp->kill();
        scp->waitForFinished();
    }

    void dicomnetKilledMidSend_ShouldResumeAfterRestart() {
        const int slowPort = freePort();
        const QString folder = tmp_.filePath("killed");
        QDir().mkpath(folder);
        QCOMPARE(runDicomnet(data_, {"peers", "add", "slow", "--aet", "SLOW", "--host", "127.0.0.1",
                                     "--port", QString::number(slowPort)})
                     .exitCode,
                 0);
        auto scp = startTool(
            "storescp", {"+uf", "--sleep-after", "1", "-od", folder, QString::number(slowPort)});
        QTest::qWait(300);
        QProcess sender;
        sender.start(dicomnetBinary(), {"--data-dir", data_, "send", "slow", seriesStudy_});
        QVERIFY(QTest::qWaitFor([&] { return received(folder).size() >= 3; }, 30000));
        sender.kill();  // SIGKILL: no chance to tidy up
        QVERIFY(sender.waitForFinished(10000));
        QJsonObject job = lastJob(data_);
        QVERIFY2(job["state"].toString() == QLatin1String("running"),
                 qPrintable(job["state"].toString()));
        // After the restart the job is picked up where it stopped.
        CliResult r = runDicomnet(data_, {"sync", "--once"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        job = lastJob(data_);
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        QCOMPARE(job["sent"].toInt() + job["already_there"].toInt(), 8);
        const QStringList uids = received(folder);
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 8);
        QVERIFY2(uids.size() <= 9, qPrintable(uids.join(", ")));
        scp->kill();
        scp->waitForFinished();
    }

    // An external destination gets de-identified copies only; the engine checks them there by
    // their replacement UIDs; nothing of the patient's or the study's identity is on it.
    void externalPeer_ShouldGetOnlyDeidentifiedCopies() {
        DcmqrscpArchive archive(tmp_.filePath("abroad"), freePort());
        QVERIFY(archive.waitUntilUp());
        QCOMPARE(
            runDicomnet(data_, {"peers", "add", "abroad", "--aet", "ARCHIVE", "--host", "127.0.0.1",
                                "--port", QString::number(archive.port()), "--external"})
                .exitCode,
            0);
        CliResult r = runDicomnet(data_, {"send", "abroad", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject job = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(job["sent"].toInt(), 11);
        QCOMPARE(job["verification"].toString(), QStringLiteral("complete"));
        // What the archive holds: not the patient, not the study.
        r = runDicomnet(data_, {"find", "abroad", "--patient-id", "98890234", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = runDicomnet(data_, {"find", "abroad", "--json"});
        const QJsonArray there = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(there.size(), 1);
        QVERIFY(there[0].toObject()["patient_id"].toString().startsWith("ANON-"));
        QVERIFY(there[0].toObject()["study_uid"].toString().startsWith("2.25."));
        int files = 0;
        QDirIterator it(tmp_.filePath("abroad/db"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName().endsWith("index.dat")) continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QByteArray& secret : {QByteArray("98890234"), QByteArray("Doe^Peter"),
                                             QByteArray("Peter"), kStudy.toLatin1()})
                QVERIFY2(!bytes.contains(secret), qPrintable(f.fileName() + ": " + secret));
        }
        QCOMPARE(files, 11);
        // The consultant abroad fetches the de-identified study, answers, sends the answer back.
        const QString pseudoStudy = there[0].toObject()["study_uid"].toString();
        const QString abroad = tmp_.filePath("consultant");
        QCOMPARE(runDicomnet(abroad, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                      "127.0.0.1", "--port", QString::number(archive.port())})
                     .exitCode,
                 0);
        r = runDicomnet(abroad, {"retrieve", "archive", pseudoStudy});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(abroad, {"consult", "new", pseudoStudy, "--text", "Fără leziuni de focar.",
                                 "--author", "Consultant Abroad"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString answer = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(runDicomnet(abroad, {"send", "archive", answer}).exitCode, 0);
        // Home fetches what is new on the pseudonymous study: its own copies are known (not
        // imported twice); the answer joins the real study of the real patient.
        const int studiesBefore =
            QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out)
                .array()
                .size();
        r = runDicomnet(data_, {"retrieve", "abroad", pseudoStudy});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out)
                     .array()
                     .size(),
                 studiesBefore);
        r = runDicomnet(data_, {"consult", "list", kStudy, "--json"});
        const QJsonArray answers = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].toObject()["sop_instance_uid"].toString(), answer);
        QCOMPARE(answers[0].toObject()["relinked_from"].toString(), pseudoStudy);
        r = runDicomnet(data_, {"history", "98890234", "--json"});
        QVERIFY2(r.out.contains("\"consultation\": \"draft\""), r.out.constData());

        // The staging copies are gone.
        QVERIFY(
            !QDir(data_ + "/sync-staging").exists() ||
            QDir(data_ + "/sync-staging").entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    // A slow link: uncompressed images go JPEG-LS lossless; the archive holds them so, and
    // decoded (by DCMTK's dcmdjpls) they are the originals, value for value.
    void compressedLink_ShouldSendLosslessJpegLs() {
        DcmqrscpArchive archive(tmp_.filePath("slow-archive"), freePort(), {"+xt"});
        QVERIFY(archive.waitUntilUp());
        QCOMPARE(runDicomnet(data_,
                             {"peers", "add", "slowlink", "--aet", "ARCHIVE", "--host", "127.0.0.1",
                              "--port", QString::number(archive.port()), "--compress"})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data_, {"send", "slowlink", seriesStudy_, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject job = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(job["sent"].toInt(), 8);
        QCOMPARE(job["verification"].toString(), QStringLiteral("complete"));
        QVERIFY2(job["bytes_saved"].toDouble() > 0, qPrintable(describe(r)));
        QMap<QString, QString> originals;  // SOP Instance UID → file here
        for (const QJsonValue& s :
             QJsonDocument::fromJson(
                 runDicomnet(data_, {"ls", "series", seriesStudy_, "--json"}).out)
                 .array())
            for (const QJsonValue& i :
                 QJsonDocument::fromJson(
                     runDicomnet(data_, {"ls", "instances", s.toObject()["series_uid"].toString(),
                                         "--json"})
                         .out)
                     .array())
                originals[i.toObject()["sop_instance_uid"].toString()] =
                    i.toObject()["file_path"].toString();
        int compared = 0;
        QDirIterator it(tmp_.filePath("slow-archive/db"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith("index.dat")) continue;
            const ToolResult meta = runTool("dcmdump", {"-M", "+P", "TransferSyntaxUID", file});
            QVERIFY2(meta.output.contains("JPEGLSLossless"), qPrintable(meta.output));
            const QString decoded = tmp_.filePath("decoded.dcm");
            QFile::remove(decoded);
            QCOMPARE(runTool("dcmdjpls", {file, decoded}).exitCode, 0);
            const QString sop = runTool("dcmdump", {"+P", "SOPInstanceUID", file})
                                    .output.section('[', 1)
                                    .section(']', 0, 0);
            QVERIFY(originals.contains(sop));
            QCOMPARE(canonicalDataset(decoded), canonicalDataset(originals[sop]));
            ++compared;
        }
        QCOMPARE(compared, 8);
    }

    void jobs_ShouldBeCancelledAndRetried() {
        const int port = freePort();
        QCOMPARE(runDicomnet(data_, {"peers", "add", "gone", "--aet", "GONE", "--host", "127.0.0.1",
                                     "--port", QString::number(port)})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data_, {"send", "gone", seriesStudy_, "--queue", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QString id =
            QString::number(QJsonDocument::fromJson(r.out).array()[0].toObject()["job"].toInt());
        QCOMPARE(lastJob(data_)["state"].toString(), QStringLiteral("pending"));
        QCOMPARE(runDicomnet(data_, {"jobs", "cancel", id}).exitCode, 0);
        QCOMPARE(lastJob(data_)["state"].toString(), QStringLiteral("cancelled"));
        QCOMPARE(runDicomnet(data_, {"jobs", "cancel", id}).exitCode, 1);  // not running
        r = runDicomnet(data_, {"sync", "--once"});
        QCOMPARE(r.exitCode, 0);  // nothing to run: a cancelled job is left alone
        QCOMPARE(runDicomnet(data_, {"jobs", "retry", id}).exitCode, 0);
        QCOMPARE(lastJob(data_)["state"].toString(), QStringLiteral("pending"));
        r = runDicomnet(data_, {"jobs", "show", id, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject()["objects"].toArray().size(),
                 8);
        QCOMPARE(runDicomnet(data_, {"jobs", "show", "999"}).exitCode, 1);
        QCOMPARE(runDicomnet(data_, {"jobs", "frobnicate", id}).exitCode, 2);
        QCOMPARE(runDicomnet(data_, {"jobs", "cancel", id}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
