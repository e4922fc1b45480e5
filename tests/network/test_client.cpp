// The client against DCMTK's storescp: C-ECHO, and C-STORE of cached objects in the syntax
// they are stored in, arriving bit for bit; clear failures when nobody answers.
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"
#include "dicom_peers.h"
#include "network/dicom_client.h"
#include "network/network_setup.h"
#include "test_data.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;
using namespace dicomnet::test;

class TestClient : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase() { network::configureNetworking(); }

    void echo_ShouldMeasureRoundTrip_WhenPeerAnswers() {
        StoreScp scp("ARCHIVE", tmp_.path() + "/echo");
        QVERIFY(scp.start());
        network::DicomClient client("DICOMNET", {"ARCHIVE", "127.0.0.1", scp.port()});
        auto rtt = client.echo();
        QVERIFY2(rtt.ok(), qPrintable(rtt.error()));
        QVERIFY(rtt.value() >= 0);
    }

    void echo_ShouldSayWhy_WhenNobodyListens() {
        network::DicomClient client("DICOMNET", {"ARCHIVE", "127.0.0.1", freePort()}, 5);
        auto rtt = client.echo();
        QVERIFY(!rtt.ok());
        QVERIFY2(rtt.error().contains("no association"), qPrintable(rtt.error()));
    }

    void send_ShouldDeliverEveryObjectWithItsContent() {
        const QString data = tmp_.path() + "/data";
        auto cache = db::Cache::open(data);
        QVERIFY(cache.ok());
        // Several SOP classes and transfer syntaxes in one go.
        db::ImportSummary imported =
            db::Importer(*cache.value())
                .run({pydicomFile("test_files/CT_small.dcm"),
                      pydicomFile("test_files/MR_small_RLE.dcm"),
                      pydicomFile("test_files/JPEG2000.dcm"), pydicomFile("test_files/test-SR.dcm"),
                      pydicomFile("test_files/SC_rgb_jpeg_dcmtk.dcm"),
                      pydicomFile("test_files/waveform_ecg.dcm")});
        QCOMPARE(imported.imported, 6);
        std::vector<network::SendItem> items;
        db::StudyFilter all;
        for (const auto& study : db::CacheQueries(*cache.value()).studies(all).value())
            for (const auto& r :
                 db::CacheQueries(*cache.value()).instancesUnder(study.studyUid).value())
                items.push_back({r.filePath,
                                 r.sopClassUid,
                                 r.sopInstanceUid,
                                 r.transferSyntaxUid,
                                 r.fileSize,
                                 {},
                                 {}});
        QCOMPARE(items.size(), size_t(6));

        const QString out = tmp_.path() + "/archive";
        StoreScp scp("ARCHIVE", out);
        QVERIFY(scp.start());
        network::DicomClient client("DICOMNET", {"ARCHIVE", "127.0.0.1", scp.port()});
        int progressCalls = 0;
        network::SendSummary s = client.send(items, [&](int, int, qint64) { ++progressCalls; });
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.sent, 6);
        QCOMPARE(s.failed, 0);
        QCOMPARE(progressCalls, 6);
        // Same transfer syntax, same content. (DCMTK writes sequences with explicit lengths when
        // it sends from a file, so the bytes of undefined-length sequences may differ.)
        QSet<QByteArray> arrived;
        QDirIterator it(out, QDir::Files);
        while (it.hasNext()) {
            const QString f = it.next();
            arrived.insert(canonicalDataset(f));
        }
        for (const auto& item : items)
            QVERIFY2(arrived.contains(canonicalDataset(item.path)),
                     qPrintable(item.sopInstanceUid));
    }

    void send_ShouldReportFailure_WhenPeerIsGone() {
        network::DicomClient client("DICOMNET", {"ARCHIVE", "127.0.0.1", freePort()}, 5);
        network::SendSummary s = client.send({{pydicomFile("test_files/CT_small.dcm"),
                                               "1.2.840.10008.5.1.4.1.1.2",
                                               "1.2.3",
                                               "1.2.840.10008.1.2.1",
                                               0,
                                               {},
                                               {}}});
        QCOMPARE(s.sent, 0);
        QCOMPARE(s.failed, 1);
        QVERIFY(s.fatalError.contains("no association"));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "test_client.moc"
