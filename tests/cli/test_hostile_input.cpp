// What a hostile file or caller could do before issue 14, each case now refused with its reason
// while everything around it goes on: an object with 7,000 nested sequences (it used to kill
// import, render, consult show and the listener with a stack overflow), in a folder of good
// files and through C-STORE.
#include "cli_runner.h"
#include "dicom_factory.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dicomnet::test;

namespace {

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int instanceCount(const QString& data) {
    CliResult r = runDicomnet(data, {"ls", "studies", "--json"});
    int n = 0;
    for (const auto& s : QJsonDocument::fromJson(r.out).array())
        n += s.toObject()["instance_count"].toInt();
    return n;
}

}  // namespace

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        SyntheticObject o;
        o.patientId = "HOSTILE-1";
        QVERIFY(writeBytes(tmp_.path() + "/nested.dcm",
                           DicomFactory::nested(o, 7000, DicomFactory::Nesting::Undefined)));
        nested_ = tmp_.path() + "/nested.dcm";
    }

    void import_ShouldRejectNestedFile_AndImportTheRestOfTheFolder() {
        const QString in = tmp_.path() + "/folder", data = tmp_.path() + "/data-import";
        QDir().mkpath(in);
        QVERIFY(QFile::copy(nested_, in + "/b-nested.dcm"));
        QVERIFY(writeBytes(
            in + "/b-nested-un.dcm",
            DicomFactory::nested(SyntheticObject{}, 7000, DicomFactory::Nesting::UnknownVr)));
        for (int i = 0; i < 3; ++i) {
            SyntheticObject o;
            o.instanceNumber = i + 1;
            o.studyUid = "1.2.826.0.1.3680043.2.1143.14.1";
            o.seriesUid = "1.2.826.0.1.3680043.2.1143.14.1.1";
            QVERIFY(DicomFactory::write(QStringLiteral("%1/a%2.dcm").arg(in).arg(i), o));
            QVERIFY(DicomFactory::write(QStringLiteral("%1/c%2.dcm").arg(in).arg(i), [&] {
                o.sopInstanceUid.clear();
                o.instanceNumber += 10;
                return o;
            }()));
        }
        CliResult r = runDicomnet(data, {"import", in});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("b-nested.dcm: rejected: sequences nested deeper than 64"),
                 qPrintable(describe(r)));
        QVERIFY2(r.out.contains("b-nested-un.dcm: rejected: sequences nested deeper than 64"),
                 qPrintable(describe(r)));
        QCOMPARE(instanceCount(data), 6);  // every good file, those after the bad ones too
        QCOMPARE(runDicomnet(data, {"check"}).exitCode, 0);
    }

    void render_ShouldExit1WithTheReason_WhenFileIsNested() {
        CliResult r = runDicomnet(tmp_.path() + "/data-render",
                                  {"render", nested_, "--out", tmp_.path() + "/n.png"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nested deeper than 64"), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(tmp_.path() + "/n.png"));
    }

    void consultShow_ShouldExit1WithTheReason_WhenFileIsNested() {
        CliResult r = runDicomnet(tmp_.path() + "/data-show", {"consult", "show", nested_});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nested deeper than 64"), qPrintable(describe(r)));
        r = runDicomnet(tmp_.path() + "/data-show", {"consult", "verify", nested_});
        QCOMPARE(r.exitCode, 1);
        r = runDicomnet(tmp_.path() + "/data-show",
                        {"anonymize", nested_, "--out", tmp_.path() + "/anon"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("nested deeper than 64") || r.err.contains("nested deeper than 64"),
                 qPrintable(describe(r)));
    }

    // storescu runs with an unlimited stack so that it can read the file it sends; the
    // listener refuses it with a failure status and goes on serving.
    void listen_ShouldRefuseNestedObject_AndStayUp() {
        const QString data = tmp_.path() + "/data-listen";
        const int port = freePort();
        QProcess listener;
        QVERIFY(startListen(listener, data, port));
        QProcess storescu;
        storescu.setProcessChannelMode(QProcess::MergedChannels);
        storescu.start("bash", {"-c", QStringLiteral("ulimit -s unlimited; exec storescu -v -aec "
                                                     "DICOMNET 127.0.0.1 %1 '%2'")
                                          .arg(port)
                                          .arg(nested_)});
        QVERIFY(storescu.waitForFinished(120000));
        const QString out = QString::fromUtf8(storescu.readAll());
        QVERIFY2(out.contains("Received Store Response (Error: CannotUnderstand)"),
                 qPrintable(out));
        QCOMPARE(listener.state(), QProcess::Running);
        // Still answering, and still storing what is sound.
        QCOMPARE(
            runTool("echoscu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port)}).exitCode,
            0);
        QVERIFY(DicomFactory::write(tmp_.path() + "/good.dcm", SyntheticObject{}));
        QCOMPARE(runTool("storescu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port),
                                      tmp_.path() + "/good.dcm"})
                     .exitCode,
                 0);
        listener.terminate();
        QVERIFY(listener.waitForFinished(20000));
        const QString log = QString::fromUtf8(listener.readAll());
        QVERIFY2(log.contains("nested deeper than 64"), qPrintable(log));
        QCOMPARE(instanceCount(data), 1);
    }

private:
    QTemporaryDir tmp_;
    QString nested_;
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
