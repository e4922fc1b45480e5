// The listener against DCMTK's own tools on loopback: C-ECHO, C-STORE in every transfer
// syntax kept bit for bit, concurrent senders, a full pool, a sender killed mid-association,
// refused data sets, duplicates, a wrong called AE title.
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/consistency_check.h"
#include "dicom_factory.h"
#include "dicom_peers.h"
#include "network/dicom_client.h"
#include "network/dicom_listener.h"
#include "network/network_setup.h"
#include "test_data.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scu.h>

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

qint64 indexed(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    return cache ? db::CacheQueries(*cache.value()).instanceCount().value() : -1;
}

bool consistent(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    return cache && db::ConsistencyCheck::run(*cache.value()).value().consistent();
}

QString makeSeries(const QString& dir, int count, int size, const QString& patientId) {
    QDir().mkpath(dir);
    SyntheticObject o;
    o.patientId = patientId;
    o.rows = o.columns = size;
    o.studyUid = DicomFactory::newUid();
    o.seriesUid = DicomFactory::newUid();
    for (int i = 1; i <= count; ++i) {
        o.instanceNumber = i;
        o.sopInstanceUid = o.seriesUid + QStringLiteral(".%1").arg(i);
        DicomFactory::write(QStringLiteral("%1/%2.dcm").arg(dir).arg(i, 4, 10, QLatin1Char('0')),
                            o);
    }
    return dir;
}

}  // namespace

class TestListener : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_;
    std::unique_ptr<network::DicomListener> listener_;
    int port_ = 0;

    QStringList to(const QString& ae = QStringLiteral("DICOMNET")) const {
        return {QStringLiteral("-aec"), ae, QStringLiteral("127.0.0.1"), QString::number(port_)};
    }

private slots:
    void initTestCase() {
        network::configureNetworking();
        data_ = tmp_.path() + "/data";
        port_ = freePort();
        network::ListenerSettings s;
        s.dataDir = data_;
        s.port = port_;
        s.maxAssociations = 6;
        listener_ = std::make_unique<network::DicomListener>(s);
        QVERIFY2(listener_->start().ok(), "listener did not start");
    }
    void cleanupTestCase() { listener_->stop(); }

    void echo_ShouldBeAnswered() {
        ToolResult r = runTool("echoscu", to());
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }

    void start_ShouldFail_WhenPortIsTaken() {
        network::ListenerSettings s;
        s.dataDir = data_;
        s.port = port_;
        network::DicomListener second(s);
        Status started = second.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QString::number(port_)), qPrintable(started.error()));
    }

    void store_ShouldKeepBitsAndSyntax_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("propose");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("explicit LE") << "CT_small.dcm"
                                     << "-xe"
                                     << "1.2.840.10008.1.2.1";
        QTest::newRow("implicit LE") << "MR_small_implicit.dcm"
                                     << "-xi"
                                     << "1.2.840.10008.1.2";
        QTest::newRow("explicit BE") << "MR_small_bigendian.dcm"
                                     << "-xb"
                                     << "1.2.840.10008.1.2.2";
        QTest::newRow("deflate") << "image_dfl.dcm"
                                 << "-xd"
                                 << "1.2.840.10008.1.2.1.99";
        QTest::newRow("JPEG baseline") << "SC_rgb_jpeg_dcmtk.dcm"
                                       << "-xy"
                                       << "1.2.840.10008.1.2.4.50";
        QTest::newRow("JPEG extended") << "JPGExtended.dcm"
                                       << "-xx"
                                       << "1.2.840.10008.1.2.4.51";
        QTest::newRow("JPEG lossless") << "SC_rgb_jpeg_gdcm.dcm"
                                       << "-xs"
                                       << "1.2.840.10008.1.2.4.70";
        QTest::newRow("JPEG-LS lossless") << "MR_small_jpeg_ls_lossless.dcm"
                                          << "-xt"
                                          << "1.2.840.10008.1.2.4.80";
        QTest::newRow("JPEG 2000 lossless") << "MR_small_jp2klossless.dcm"
                                            << "-xv"
                                            << "1.2.840.10008.1.2.4.90";
        QTest::newRow("JPEG 2000") << "JPEG2000.dcm"
                                   << "-xw"
                                   << "1.2.840.10008.1.2.4.91";
        QTest::newRow("RLE") << "MR_small_RLE.dcm"
                             << "-xr"
                             << "1.2.840.10008.1.2.5";
    }
    // pydicom's MR_small_* are one image in several encodings with one SOP Instance UID, so
    // each row gets a cache of its own. What arrives must be byte for byte what DCMTK's
    // storescp in bit-preserving mode writes for the same transfer.
    void store_ShouldKeepBitsAndSyntax() {
        QFETCH(QString, file);
        QFETCH(QString, propose);
        QFETCH(QString, syntax);
        const QString path = pydicomFile("test_files/" + file);
        QTemporaryDir dir;
        network::ListenerSettings settings;
        settings.dataDir = dir.path() + "/data";
        settings.port = freePort();
        network::DicomListener listener(settings);
        QVERIFY(listener.start().ok());
        QSignalSpy received(&listener, &network::DicomListener::objectReceived);
        ToolResult r =
            runTool("storescu", QStringList{"-R", propose, "-aec", "DICOMNET", "127.0.0.1",
                                            QString::number(settings.port), path});
        QVERIFY2(r.exitCode == 0 && !r.output.contains("E:"), qPrintable(r.output));
        QVERIFY(received.count() == 1 || received.wait(5000));
        listener.stop();
        auto cache = db::Cache::open(settings.dataDir);
        auto rows = db::CacheQueries(*cache.value())
                        .instancesUnder(
                            received.at(0).at(0).value<network::ReceivedObject>().sopInstanceUid)
                        .value();
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].transferSyntaxUid, syntax);

        StoreScp reference("DICOMNET", dir.path() + "/reference");
        QVERIFY(reference.start());
        r = runTool("storescu", QStringList{"-R", propose, "-aec", "DICOMNET", "127.0.0.1",
                                            QString::number(reference.port()), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QDirIterator it(dir.path() + "/reference", QDir::Files);
        QVERIFY(it.hasNext());
        const QString referenceFile = it.next();
        if (syntax == "1.2.840.10008.1.2.1.99") {
            // storescp inflates a deflated data set even when told to keep bits; we keep it
            // deflated as it came, so compare content.
            QCOMPARE(canonicalDataset(rows[0].filePath), canonicalDataset(referenceFile));
            QVERIFY(!canonicalDataset(referenceFile).isEmpty());
            return;
        }
        const QByteArray expected = datasetBytes(referenceFile);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(datasetBytes(rows[0].filePath), expected);
    }

    void store_ShouldServeConcurrentSenders() {
        const qint64 before = indexed(data_);
        std::vector<std::unique_ptr<QProcess>> senders;
        for (int i = 0; i < 4; ++i) {
            const QString dir =
                makeSeries(QStringLiteral("%1/concurrent%2").arg(tmp_.path()).arg(i), 30, 64,
                           QStringLiteral("CONC-%1").arg(i));
            senders.push_back(startTool("storescu", QStringList{"+sd"} + to() + QStringList{dir}));
        }
        for (auto& s : senders) {
            QVERIFY(s->waitForFinished(120000));
            const QByteArray output = s->readAll();
            QVERIFY2(
                s->exitStatus() == QProcess::NormalExit && s->exitCode() == 0,
                qPrintable(QStringLiteral("exit %1 (%2): %3")
                               .arg(s->exitCode())
                               .arg(s->exitStatus() == QProcess::NormalExit ? "normal" : "crash")
                               .arg(QString::fromLocal8Bit(output))));
        }
        QCOMPARE(indexed(data_), before + 120);
        QVERIFY(consistent(data_));
    }

    void association_ShouldBeRejected_WhenPoolIsFull() {
        network::ListenerSettings s;
        s.dataDir = tmp_.path() + "/small-pool";
        s.port = freePort();
        s.maxAssociations = 1;
        network::DicomListener small(s);
        QVERIFY(small.start().ok());
        QSignalSpy rejected(&small, &network::DicomListener::associationRejected);
        // Hold the only worker with an open association.
        DcmSCU holder;
        holder.setAETitle("HOLDER");
        holder.setPeerHostName("127.0.0.1");
        holder.setPeerPort(Uint16(s.port));
        holder.setPeerAETitle("DICOMNET");
        OFList<OFString> ts;
        ts.push_back(UID_LittleEndianExplicitTransferSyntax);
        holder.addPresentationContext(UID_VerificationSOPClass, ts);
        QVERIFY(holder.initNetwork().good());
        QVERIFY(holder.negotiateAssociation().good());
        QVERIFY(QTest::qWaitFor([&] { return small.activeAssociations() == 1; }, 5000));
        const QStringList args{"-aec", "DICOMNET", "127.0.0.1", QString::number(s.port)};
        ToolResult r = runTool("echoscu", args, 20000);
        QVERIFY2(r.exitCode != 0, qPrintable(r.output));
        QVERIFY2(r.output.contains("Rejected", Qt::CaseInsensitive), qPrintable(r.output));
        QVERIFY(rejected.count() >= 1 || rejected.wait(2000));
        holder.releaseAssociation();
        QVERIFY(QTest::qWaitFor([&] { return small.activeAssociations() == 0; }, 5000));
        QCOMPARE(runTool("echoscu", args).exitCode, 0);
        small.stop();
    }

    // Every acknowledged object is stored whole; the one in flight is not; others go on.
    void store_ShouldKeepOnlyWholeObjects_WhenSenderIsKilled() {
        const QString dir = makeSeries(tmp_.path() + "/killed", 200, 256, "KILLED");
        const qint64 before = indexed(data_);
        QSignalSpy received(listener_.get(), &network::DicomListener::objectReceived);
        auto sender = startTool("storescu", QStringList{"+sd"} + to() + QStringList{dir});
        QVERIFY(QTest::qWaitFor([&] { return received.count() >= 5; }, 30000));
        ::kill(pid_t(sender->processId()), SIGKILL);
        sender->waitForFinished();
        QVERIFY(QTest::qWaitFor([&] { return listener_->activeAssociations() == 0; }, 10000));
        const int acknowledged = received.count();
        QVERIFY(acknowledged < 200);
        QCOMPARE(indexed(data_), before + acknowledged);
        QVERIFY(consistent(data_));
        QCOMPARE(runTool("echoscu", to()).exitCode, 0);  // still serving
    }

    void store_ShouldRefuseUnusableDataSets() {
        SyntheticObject noStudy;
        noStudy.omitStudyUid = true;
        noStudy.sopInstanceUid = DicomFactory::newUid();
        const QString path = tmp_.path() + "/nostudy.dcm";
        QVERIFY(DicomFactory::write(path, noStudy));
        network::DicomClient client("TESTSCU", {"DICOMNET", "127.0.0.1", port_});
        network::SendSummary s = client.send({{path,
                                               "1.2.840.10008.5.1.4.1.1.1",
                                               noStudy.sopInstanceUid,
                                               "1.2.840.10008.1.2.1",
                                               0,
                                               {},
                                               {}}});
        QCOMPARE(s.failed, 1);
        QVERIFY2(s.problems.value(0).contains("0xc000"), qPrintable(s.problems.join("; ")));
    }

    // More storage classes than one DCMTK presentation context list holds (128): each one is
    // accepted, not only the first ones configured.
    void store_ShouldAcceptEveryStorageClassDcmtkKnows() {
        std::vector<network::SendItem> items;
        QDir().mkpath(tmp_.path() + "/classes");
        for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i) {
            SyntheticObject o;
            o.sopInstanceUid = DicomFactory::newUid();
            const QString path = QStringLiteral("%1/classes/%2.dcm").arg(tmp_.path()).arg(i);
            QVERIFY(DicomFactory::write(path, o));
            DcmFileFormat file;
            QVERIFY(file.loadFile(path.toLocal8Bit().constData()).good());
            file.getDataset()->putAndInsertString(DCM_SOPClassUID, dcmAllStorageSOPClassUIDs[i]);
            file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPClassUID,
                                                   dcmAllStorageSOPClassUIDs[i]);
            QVERIFY(file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
            items.push_back({path,
                             QString::fromLatin1(dcmAllStorageSOPClassUIDs[i]),
                             o.sopInstanceUid,
                             UID_LittleEndianExplicitTransferSyntax,
                             0,
                             {},
                             {}});
        }
        QVERIFY(items.size() > 128);
        network::DicomClient client("TESTSCU", {"DICOMNET", "127.0.0.1", port_});
        network::SendSummary s = client.send(items);
        QVERIFY2(s.failed == 0 && s.fatalError.isEmpty(),
                 qPrintable(s.fatalError + s.problems.mid(0, 3).join("; ")));
        QCOMPARE(s.sent, int(items.size()));
    }

    void store_ShouldAnswerSuccess_WhenObjectIsAlreadyStored() {
        const QString path = pydicomFile("test_files/CT_small.dcm");
        const qint64 before = indexed(data_);
        ToolResult r = runTool("storescu", to() + QStringList{path, path});
        QVERIFY2(r.exitCode == 0 && !r.output.contains("E:"), qPrintable(r.output));
        r = runTool("storescu", to() + QStringList{path});
        QVERIFY2(r.exitCode == 0 && !r.output.contains("E:"), qPrintable(r.output));
        QCOMPARE(indexed(data_), before + 1);
    }

    void association_ShouldBeRefused_WhenCalledAeTitleIsNotOurs() {
        QSignalSpy rejected(listener_.get(), &network::DicomListener::associationRejected);
        ToolResult r = runTool("echoscu", to("SOMEONE-ELSE"));
        QVERIFY(r.exitCode != 0);
        QVERIFY(rejected.count() >= 1 || rejected.wait(2000));
        QVERIFY(rejected.at(0).at(0).toString().contains("SOMEONE-ELSE"));
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "test_listener.moc"
