// Conflicting UIDs (issue 14, defect 3): a UID names one thing. A second object that puts a
// known series in another study, a known study under another patient, or a known SOP Instance
// UID in another series or with other content is refused with the reason, by import and by
// the listener, and `dicomnet check` finds the cache consistent afterwards. A true resend is
// a duplicate and keeps the stored copy.
#include "cli_runner.h"
#include "dicom_factory.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dicomnet::test;

namespace {

struct Counts {
    int studies = 0, series = 0, instances = 0;
};

Counts counts(const QString& data) {
    Counts c;
    CliResult r = runDicomnet(data, {"ls", "studies", "--json"});
    for (const auto& v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject s = v.toObject();
        ++c.studies;
        c.series += s["series_count"].toInt();
        c.instances += s["instance_count"].toInt();
    }
    return c;
}

SyntheticObject first() {
    SyntheticObject o;
    o.patientId = "UID-CONFLICT-1";
    o.studyUid = DicomFactory::newUid();
    o.seriesUid = DicomFactory::newUid();
    o.sopInstanceUid = DicomFactory::newUid();
    return o;
}

}  // namespace

class TestUidConflicts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    // Each row: a second object that contradicts `first()`, and what import must say.
    void import_ShouldRefuseContradictingObject_AndStayConsistent_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("series in another study") << 0 << "belongs to study";
        QTest::newRow("study of another patient") << 1 << "belongs to patient ID UID-CONFLICT-1";
        QTest::newRow("instance in another series") << 2 << "puts it in series";
        QTest::newRow("instance with other content") << 3 << "is stored with other content";
    }
    void import_ShouldRefuseContradictingObject_AndStayConsistent() {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const SyntheticObject a = first();
        const SyntheticObject b = contradiction(a, kind);
        const QString dir = tmp_.path() + QStringLiteral("/import-%1").arg(kind);
        QDir().mkpath(dir + "/one");
        QDir().mkpath(dir + "/two");
        QVERIFY(DicomFactory::write(dir + "/one/a.dcm", a));
        QVERIFY(DicomFactory::write(dir + "/two/b.dcm", b));

        // In one batch, and against the index.
        for (const QStringList& order :
             {QStringList{dir + "/one", dir + "/two"}, QStringList{dir + "/one"}}) {
            const QString data = dir + (order.size() == 2 ? "/data-batch" : "/data-index");
            CliResult r = runDicomnet(data, QStringList{"import"} + order);
            if (order.size() == 1) {
                QCOMPARE(r.exitCode, 0);
                r = runDicomnet(data, {"import", dir + "/two"});
            }
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains("rejected: " + dir.toUtf8() + "/two/b.dcm: ") &&
                         r.out.contains(reason.toUtf8()),
                     qPrintable(describe(r)));
            const CliResult check = runDicomnet(data, {"check"});
            QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
            const Counts c = counts(data);
            QCOMPARE(c.studies, 1);
            QCOMPARE(c.series, 1);
            QCOMPARE(c.instances, 1);
        }
    }

    void import_ShouldTakeTrueResendAsDuplicate_AndAcceptNewInstancesOfKnownSeries() {
        const SyntheticObject a = first();
        SyntheticObject more = a;
        more.sopInstanceUid = DicomFactory::newUid();
        more.instanceNumber = 2;
        more.patientName = "TEST^PATIENT";  // the same patient, spelled otherwise
        const QString dir = tmp_.path() + "/resend", data = dir + "/data";
        QDir().mkpath(dir + "/in");
        QVERIFY(DicomFactory::write(dir + "/in/a.dcm", a));
        QVERIFY(DicomFactory::write(dir + "/in/b.dcm", more));
        QCOMPARE(runDicomnet(data, {"import", dir + "/in"}).exitCode, 0);
        const CliResult again = runDicomnet(data, {"import", dir + "/in"});
        QVERIFY2(again.exitCode == 0 && again.out.contains("duplicates 2"),
                 qPrintable(describe(again)));
        QCOMPARE(runDicomnet(data, {"check"}).exitCode, 0);
        const Counts c = counts(data);
        QCOMPARE(c.series, 1);
        QCOMPARE(c.instances, 2);
    }

    // Through C-STORE: the refusal is a failure status (C001, "cannot understand", with an
    // Error Comment); the association and the listener go on.
    void listen_ShouldRefuseSeriesOfAnotherStudy_AndStayConsistent() {
        const QString data = tmp_.path() + "/data-listen";
        const int port = freePort();
        QProcess listener;
        QVERIFY(startListen(listener, data, port));
        const SyntheticObject a = first();
        SyntheticObject good = a;
        good.sopInstanceUid = DicomFactory::newUid();
        good.instanceNumber = 3;
        const QString dir = tmp_.path() + "/listen";
        QDir().mkpath(dir);
        QVERIFY(DicomFactory::write(dir + "/a.dcm", a));
        QVERIFY(DicomFactory::write(dir + "/b.dcm", contradiction(a, 0)));
        QVERIFY(DicomFactory::write(dir + "/c.dcm", good));
        // All three on one association, the contradicting one in the middle.
        const ToolResult sent = runTool(
            "storescu", {"-v", "-nh", "-aec", "DICOMNET", "127.0.0.1", QString::number(port),
                         dir + "/a.dcm", dir + "/b.dcm", dir + "/c.dcm"});
        QVERIFY2(sent.output.count("Received Store Response (Success)") == 2 &&
                     sent.output.contains("Received Store Response (Error: CannotUnderstand)"),
                 qPrintable(sent.output));
        QCOMPARE(listener.state(), QProcess::Running);
        listener.terminate();
        QVERIFY(listener.waitForFinished(20000));
        const QString log = QString::fromUtf8(listener.readAll());
        QVERIFY2(log.contains("belongs to study " + a.studyUid), qPrintable(log));
        QCOMPARE(runDicomnet(data, {"check"}).exitCode, 0);
        const Counts c = counts(data);
        QCOMPARE(c.studies, 1);
        QCOMPARE(c.series, 1);
        QCOMPARE(c.instances, 2);
    }

private:
    static SyntheticObject contradiction(const SyntheticObject& a, int kind) {
        SyntheticObject b = a;
        b.sopInstanceUid = DicomFactory::newUid();
        b.instanceNumber = 2;
        switch (kind) {
            case 0:  // the series, named in a study of its own
                b.studyUid = DicomFactory::newUid();
                break;
            case 1:  // the study, for another patient (in a series of its own)
                b.patientId = "UID-CONFLICT-2";
                b.patientName = "Other^Person";
                b.seriesUid = DicomFactory::newUid();
                break;
            case 2:  // the instance, in another series of the same study
                b.sopInstanceUid = a.sopInstanceUid;
                b.seriesUid = DicomFactory::newUid();
                break;
            case 3:  // the instance, with other pixels
                b.sopInstanceUid = a.sopInstanceUid;
                b.rows = 32;
                break;
        }
        return b;
    }

    QTemporaryDir tmp_;
};

QTEST_GUILESS_MAIN(TestUidConflicts)
#include "test_uid_conflicts.moc"
