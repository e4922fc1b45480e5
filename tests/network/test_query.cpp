// Query and retrieve: the listener answers DCMTK's findscu and movescu from the cache, and
// `dicomnet find` queries a peer, down to series and instances.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dicomnet::test;

class TestQuery : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_;
    int port_ = 0;
    std::unique_ptr<QProcess> listener_;

    ToolResult findscu(const QStringList& keys) {
        QStringList args{"-S", "-aec", "DICOMNET", "127.0.0.1", QString::number(port_)};
        for (const QString& k : keys) args << "-k" << k;
        return runTool("findscu", args);
    }
    static int responses(const ToolResult& r) {
        return r.output.count("Find Response:") - r.output.count("(Success)");
    }

private slots:
    void initTestCase() {
        data_ = tmp_.path() + "/data";
        QCOMPARE(runDicomnet(data_, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        port_ = freePort();
        listener_ = std::make_unique<QProcess>();
        listener_->start(dicomnetBinary(),
                         {"--data-dir", data_, "listen", "--port", QString::number(port_)});
        QVERIFY(listener_->waitForStarted());
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = runTool("echoscu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port_)}, 5000)
                     .exitCode == 0;
            if (!up) QTest::qWait(50);
        }
        QVERIFY(up);
    }
    void cleanupTestCase() {
        ::kill(pid_t(listener_->processId()), SIGINT);
        listener_->waitForFinished(30000);
    }

    void cfind_ShouldMatchLikeTheStandardSays_data() {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("count");
        QTest::newRow("all studies")
            << QStringList{"QueryRetrieveLevel=STUDY", "StudyInstanceUID"} << 6;
        QTest::newRow("patient ID")
            << QStringList{"QueryRetrieveLevel=STUDY", "PatientID=77654033", "StudyInstanceUID"}
            << 2;
        QTest::newRow("name wildcard, any case")
            << QStringList{"QueryRetrieveLevel=STUDY", "PatientName=doe^p*", "StudyInstanceUID"}
            << 4;
        QTest::newRow("date range")
            << QStringList{"QueryRetrieveLevel=STUDY", "StudyDate=20010101-20031231",
                           "StudyInstanceUID"}
            << 5;
        QTest::newRow("open date range")
            << QStringList{"QueryRetrieveLevel=STUDY", "StudyDate=-19991231", "StudyInstanceUID"}
            << 1;
        QTest::newRow("modality") << QStringList{"QueryRetrieveLevel=STUDY", "ModalitiesInStudy=CR",
                                                 "StudyInstanceUID"}
                                  << 1;
        QTest::newRow("patients") << QStringList{"QueryRetrieveLevel=PATIENT", "PatientID"} << 2;
        QTest::newRow("series of a study")
            << QStringList{"QueryRetrieveLevel=SERIES",
                           "StudyInstanceUID=1.3.6.1.4.1.5962.1.1.0.0.0.1196527414.5534.0.1",
                           "SeriesInstanceUID"}
            << 3;
        QTest::newRow("instances of a series")
            << QStringList{"QueryRetrieveLevel=IMAGE",
                           "StudyInstanceUID=1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.1",
                           "SeriesInstanceUID=1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.2",
                           "SOPInstanceUID"}
            << 4;
    }
    void cfind_ShouldMatchLikeTheStandardSays() {
        QFETCH(QStringList, keys);
        QFETCH(int, count);
        ToolResult r = findscu(keys);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QCOMPARE(responses(r), count);
    }

    void cfind_ShouldRefuse_WhenSeriesQueryHasNoStudy() {
        ToolResult r = runTool(
            "findscu", {"-v", "-S", "-k", "QueryRetrieveLevel=SERIES", "-k", "SeriesInstanceUID",
                        "-aec", "DICOMNET", "127.0.0.1", QString::number(port_)});
        QVERIFY2(r.output.contains("Failed: UnableToProcess"), qPrintable(r.output));
    }

    void findCli_ShouldQueryAPeerDownToInstances() {
        const QString other = tmp_.path() + "/other";
        QCOMPARE(runDicomnet(other, {"peers", "add", "ws", "--aet", "DICOMNET", "--host",
                                     "127.0.0.1", "--port", QString::number(port_)})
                     .exitCode,
                 0);
        QJsonArray studies =
            QJsonDocument::fromJson(
                runDicomnet(other, {"find", "ws", "--patient-id", "77654033", "--json"}).out)
                .array();
        QCOMPARE(studies.size(), 2);
        QString cr;
        for (const auto& s : studies)
            if (s.toObject()["modalities"].toArray().contains("CR"))
                cr = s.toObject()["study_uid"].toString();
        QVERIFY(!cr.isEmpty());
        QJsonArray series =
            QJsonDocument::fromJson(runDicomnet(other, {"find", "ws", "--study", cr, "--json"}).out)
                .array();
        QCOMPARE(series.size(), 3);
        const QString seriesUid = series[0].toObject()["series_uid"].toString();
        QJsonArray images =
            QJsonDocument::fromJson(
                runDicomnet(other, {"find", "ws", "--study", cr, "--series", seriesUid, "--json"})
                    .out)
                .array();
        QCOMPARE(images.size(), 1);
        QVERIFY(!images[0].toObject()["sop_instance_uid"].toString().isEmpty());
        QCOMPARE(runDicomnet(other, {"find", "nobody"}).exitCode, 1);
    }

    void cget_ShouldSendBackOnTheSameAssociation() {
        const QString out = tmp_.path() + "/got";
        QDir().mkpath(out);
        ToolResult r = runTool(
            "getscu", {"-S", "-k", "QueryRetrieveLevel=STUDY", "-k",
                       "StudyInstanceUID=1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.1", "-od",
                       out, "-aec", "DICOMNET", "127.0.0.1", QString::number(port_)});
        QVERIFY2(r.exitCode == 0 && !r.output.contains("E:"), qPrintable(r.output));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 4);
    }

    void cmove_ShouldSendToAKnownPeerOnly() {
        StoreScp archive("ARCHIVE", tmp_.path() + "/archive");
        QVERIFY(archive.start());
        QCOMPARE(runDicomnet(data_, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                     "127.0.0.1", "--port", QString::number(archive.port())})
                     .exitCode,
                 0);
        const QStringList study{"-k", "QueryRetrieveLevel=STUDY", "-k",
                                "StudyInstanceUID=1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.1"};
        ToolResult r = runTool("movescu", QStringList{"-S", "-aem", "ARCHIVE", "-aec", "DICOMNET",
                                                      "127.0.0.1", QString::number(port_)} +
                                              study);
        QVERIFY2(r.exitCode == 0 && !r.output.contains("E:"), qPrintable(r.output));
        QCOMPARE(QDir(tmp_.path() + "/archive").entryList(QDir::Files).size(), 4);
        r = runTool("movescu", QStringList{"-S", "-aem", "STRANGER", "-aec", "DICOMNET",
                                           "127.0.0.1", QString::number(port_)} +
                                   study);
        QVERIFY2(r.output.contains("MoveDestinationUnknown"), qPrintable(r.output));
    }

    // Another workstation fetches a study from this one: C-MOVE to itself, received by a
    // listener of its own for the duration.
    void retrieve_ShouldBringAStudyIntoTheCache() {
        const QString home = tmp_.path() + "/home";
        const int homePort = freePort();
        QCOMPARE(runDicomnet(data_, {"peers", "add", "home", "--aet", "HOME", "--host", "127.0.0.1",
                                     "--port", QString::number(homePort)})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(home, {"peers", "add", "hospital", "--aet", "DICOMNET", "--host",
                                    "127.0.0.1", "--port", QString::number(port_)})
                     .exitCode,
                 0);
        const QString study = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR images
        CliResult r = runDicomnet(home, {"retrieve", "hospital", study, "--aet", "HOME", "--port",
                                         QString::number(homePort), "--move"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.out.contains("retrieved 11 object(s) from hospital by C-MOVE"),
                 r.out.constData());
        // And by C-GET, another study: nothing opened on our side, the peer need not know us.
        r = runDicomnet(home,
                        {"retrieve", "hospital", "1.3.6.1.4.1.5962.1.1.0.0.0.1196527414.5534.0.1"});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.out.contains("retrieved 3 object(s) from hospital by C-GET"), r.out.constData());
        const QJsonArray studies =
            QJsonDocument::fromJson(runDicomnet(home, {"ls", "studies", "--json"}).out).array();
        QCOMPARE(studies.size(), 2);
        QCOMPARE(runDicomnet(home, {"check"}).exitCode, 0);
        // Not known to the hospital under another AE title: a clear refusal of the C-MOVE.
        r = runDicomnet(home, {"retrieve", "hospital", study, "--aet", "NOBODY", "--port",
                               QString::number(freePort()), "--move"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("add this workstation to its peers"), r.err.constData());
    }

    // A JPEG object of a storage class outside the common image classes comes back by C-GET
    // as it is stored, because dicomnet asks the peer which classes it holds first.
    void retrieve_ShouldGetACompressedObjectOfARareClassAsItIs() {
        const QString rare = tmp_.path() + "/rare.dcm";
        QVERIFY(QFile::copy(pydicomFile("test_files/SC_rgb_jpeg_dcmtk.dcm"), rare));
        QFile::setPermissions(rare, QFile::ReadOwner | QFile::WriteOwner);
        const QString vlPhoto = "1.2.840.10008.5.1.4.1.1.77.1.4";  // VL Photographic Image
        ToolResult m = runTool("dcmodify", {"-nb", "-m", "(0008,0016)=" + vlPhoto, rare});
        QVERIFY2(m.exitCode == 0, qPrintable(m.output));
        QCOMPARE(runDicomnet(data_, {"import", rare}).exitCode, 0);
        const QString home = tmp_.path() + "/home-rare";
        QCOMPARE(runDicomnet(home, {"peers", "add", "hospital", "--aet", "DICOMNET", "--host",
                                    "127.0.0.1", "--port", QString::number(port_)})
                     .exitCode,
                 0);
        const QString study = "1.2.826.0.1.3680043.8.498.12406831542731051035295345080039845114";
        CliResult r = runDicomnet(home, {"retrieve", "hospital", study});
        QVERIFY2(r.exitCode == 0 && r.out.contains("retrieved 1 object(s) from hospital by C-GET"),
                 qPrintable(QString::fromUtf8(r.out + r.err)));
        const QString series =
            QJsonDocument::fromJson(runDicomnet(home, {"ls", "series", study, "--json"}).out)
                .array()[0]
                .toObject()["series_uid"]
                .toString();
        const QJsonObject got =
            QJsonDocument::fromJson(runDicomnet(home, {"ls", "instances", series, "--json"}).out)
                .array()[0]
                .toObject();
        QCOMPARE(got["sop_class_uid"].toString(), vlPhoto);
        QCOMPARE(got["transfer_syntax_uid"].toString(), QString("1.2.840.10008.1.2.4.50"));
        QCOMPARE(datasetBytes(got["file_path"].toString()), datasetBytes(rare));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "test_query.moc"
