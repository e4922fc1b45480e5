// dicomnet's client against DCMTK's dcmqrscp as a real archive: send to it, query it at study
// and series level, retrieve by C-GET (objects back on our association) and, from an archive
// that does not offer C-GET, by the fallback to C-MOVE. dcmqrscp runs with a configuration of
// the test's own, its database in a temporary folder, on a port the test chooses.
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

using namespace dicomnet::test;

namespace {

const QString kStudy = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR, 3 series

QJsonArray json(const CliResult& r) { return QJsonDocument::fromJson(r.out).array(); }

}  // namespace

class TestDcmqrscp : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString source_;
    int ourPort_ = 0;
    std::unique_ptr<DcmqrscpArchive> archive_;

private slots:
    void initTestCase() {
        ourPort_ = freePort();
        archive_ = std::make_unique<DcmqrscpArchive>(tmp_.path() + "/archive", ourPort_);
        QVERIFY2(archive_->waitUntilUp(), "dcmqrscp (Debian package dcmtk) did not start");
        source_ = tmp_.path() + "/source";
        QCOMPARE(runDicomnet(source_, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(source_, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                       "127.0.0.1", "--port", QString::number(archive_->port())})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(source_, {"send", "archive", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(json(r)[0].toObject()["sent"].toInt(), 11);
    }
    void cleanupTestCase() { archive_.reset(); }

    void find_ShouldListTheStudyAndItsSeries() {
        CliResult r =
            runDicomnet(source_, {"find", "archive", "--patient-id", "98890234", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).size(), 1);
        QCOMPARE(json(r)[0].toObject()["study_uid"].toString(), kStudy);
        r = runDicomnet(source_, {"find", "archive", "--study", kStudy, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(json(r).size(), 3);
        int instances = 0;
        for (const QJsonValue& s : json(r)) {
            CliResult images =
                runDicomnet(source_, {"find", "archive", "--study", kStudy, "--series",
                                      s.toObject()["series_uid"].toString(), "--json"});
            QVERIFY2(images.exitCode == 0, qPrintable(describe(images)));
            instances += json(images).size();
        }
        QCOMPARE(instances, 11);
        // No match is an empty list, not a failure.
        r = runDicomnet(source_, {"find", "archive", "--patient-id", "NOBODY", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).size(), 0);
    }

    // C-GET: the objects come back with the content they were sent with.
    void retrieve_ShouldGetTheStudyBack() {
        const QString home = tmp_.path() + "/home-get";
        QCOMPARE(runDicomnet(home, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                    "127.0.0.1", "--port", QString::number(archive_->port())})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(home, {"retrieve", "archive", kStudy});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("retrieved 11 object(s) from archive by C-GET"), r.out.constData());
        QVERIFY2(r.out.contains("11 new in the cache"), r.out.constData());
        QCOMPARE(runDicomnet(home, {"check"}).exitCode, 0);
        // Every object has the same content as the one sent.
        for (const QJsonValue& s : json(runDicomnet(source_, {"ls", "series", kStudy, "--json"}))) {
            const QString series = s.toObject()["series_uid"].toString();
            const QJsonArray sent =
                json(runDicomnet(source_, {"ls", "instances", series, "--json"}));
            const QJsonArray got = json(runDicomnet(home, {"ls", "instances", series, "--json"}));
            QCOMPARE(got.size(), sent.size());
            for (int i = 0; i < sent.size(); ++i) {
                const QJsonObject a = sent[i].toObject(), b = got[i].toObject();
                QCOMPARE(b["sop_instance_uid"].toString(), a["sop_instance_uid"].toString());
                QCOMPARE(canonicalDataset(a["file_path"].toString()),
                         canonicalDataset(b["file_path"].toString()));
            }
        }
        // An unknown study: nothing comes, and the user is told.
        r = runDicomnet(home, {"retrieve", "archive", "1.2.3.4.5.6.7"});
        QVERIFY2(r.out.contains("retrieved 0 object(s)"), qPrintable(describe(r)));
    }

    // An archive without C-GET: dicomnet asks for a C-MOVE to a listener of its own.
    void retrieve_ShouldFallBackToMove_WhenGetIsNotOffered() {
        DcmqrscpArchive noGet(tmp_.path() + "/archive-noget", ourPort_, {"--disable-get"});
        QVERIFY(noGet.waitUntilUp());
        QCOMPARE(runDicomnet(source_, {"peers", "add", "noget", "--aet", "ARCHIVE", "--host",
                                       "127.0.0.1", "--port", QString::number(noGet.port())})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(source_, {"send", "noget", kStudy});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString home = tmp_.path() + "/home-move";
        QCOMPARE(runDicomnet(home, {"peers", "add", "noget", "--aet", "ARCHIVE", "--host",
                                    "127.0.0.1", "--port", QString::number(noGet.port())})
                     .exitCode,
                 0);
        const QString series = json(runDicomnet(source_, {"ls", "series", kStudy, "--json"}))[0]
                                   .toObject()["series_uid"]
                                   .toString();
        // dcmqrscp is hierarchical: a series needs its study, which dicomnet asks for first.
        r = runDicomnet(home, {"retrieve", "noget", series, "--level", "SERIES", "--port",
                               QString::number(ourPort_)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("does not offer C-GET"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("by C-MOVE"), qPrintable(describe(r)));
        const int expected =
            json(runDicomnet(source_, {"ls", "instances", series, "--json"})).size();
        QCOMPARE(json(runDicomnet(home, {"ls", "instances", series, "--json"})).size(), expected);
        QCOMPARE(runDicomnet(home, {"check"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDcmqrscp)
#include "test_dcmqrscp.moc"
