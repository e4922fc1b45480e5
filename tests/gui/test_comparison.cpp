// "Compare with previous" in the viewer window, under Xvfb, on the demo patient: the latest
// chest film beside the one before it, the viewports linked (zoom, pan, window follow), the
// prior aligned in a worker and kept with the pair, and the view of what changed showing the
// opacity that cleared where it cleared. Then the timeline: the studies here, and the first
// film, which only an archive (DCMTK's dcmqrscp) holds, fetched by a click.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "gui/viewer_window.h"
#include "test_data.h"
#include "workflow/comparison_source.h"
#include "workflow/study_for_viewing.h"

#include "core/synthetic_patient.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"
#include "viewer/widgets/image_view.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

namespace {

// A CT of the demo patient taken the day before the demo's, on another scanner: the demo CT's
// slices from the fifth on, in a frame of reference of their own placed 90 mm further along
// the table. Written into `to`.
bool writeEarlierCt(const QStringList& ctFiles, const QString& to) {
    QDir().mkpath(to);
    char uid[100];
    const std::string study = dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT);
    const std::string series = dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT);
    const std::string frame = dcmGenerateUniqueIdentifier(uid, SITE_UID_ROOT);
    for (int i = 4; i < ctFiles.size(); ++i) {
        DcmFileFormat file;
        if (file.loadFile(QFile::encodeName(ctFiles[i]).constData()).bad()) return false;
        DcmDataset& ds = *file.getDataset();
        OFString date, position;
        ds.findAndGetOFString(DCM_StudyDate, date);
        const QDate day = QDate::fromString(QString::fromLatin1(date.c_str()), "yyyyMMdd");
        const QByteArray earlier = day.addDays(-1).toString("yyyyMMdd").toLatin1();
        ds.putAndInsertString(DCM_StudyDate, earlier.constData());
        ds.putAndInsertString(DCM_SeriesDate, earlier.constData());
        ds.putAndInsertString(DCM_StudyInstanceUID, study.c_str());
        ds.putAndInsertString(DCM_SeriesInstanceUID, series.c_str());
        ds.putAndInsertString(DCM_FrameOfReferenceUID, frame.c_str());
        ds.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid));
        ds.putAndInsertString(DCM_AccessionNumber, "DEMO-CT-0");
        Float64 xyz[3] = {0, 0, 0};
        for (int k = 0; k < 3; ++k) ds.findAndGetFloat64(DCM_ImagePositionPatient, xyz[k], k);
        const QByteArray moved =
            QStringLiteral("%1\\%2\\%3").arg(xyz[0]).arg(xyz[1]).arg(xyz[2] + 90).toLatin1();
        ds.putAndInsertString(DCM_ImagePositionPatient, moved.constData());
        file.getMetaInfo()->clear();  // made again from the data set on saving
        const QString out = QStringLiteral("%1/CT%2.dcm").arg(to).arg(i);
        if (file.saveFile(QFile::encodeName(out).constData(), EXS_LittleEndianExplicit).bad())
            return false;
    }
    return true;
}

// Pixels of `image` inside `r` (fractions of its size) whose blue beats red by far: the
// "clearer than before" colour.
int bluish(const QImage& image, QRectF r) {
    int n = 0;
    for (int y = int(r.top() * image.height()); y < int(r.bottom() * image.height()); ++y)
        for (int x = int(r.left() * image.width()); x < int(r.right() * image.width()); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > c.red() + 100) ++n;
        }
    return n;
}

}  // namespace

class TestComparison : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, latestFilm_;
    std::unique_ptr<test::DcmqrscpArchive> archive_;

private slots:
    void initTestCase() {
        SyntheticPatientOptions o;
        o.xraySize = 768;
        o.ctSlices = 16;
        auto written = writeSyntheticPatient(dir_.filePath("films"), o);
        QVERIFY(written);
        QVERIFY(writeEarlierCt(written->filter("/CT"), dir_.filePath("films/earlier-ct")));
        // The first film is only in the archive.
        archive_ =
            std::make_unique<test::DcmqrscpArchive>(dir_.filePath("archive"), test::freePort());
        QVERIFY2(archive_->waitUntilUp(), "dcmqrscp (Debian package dcmtk) did not start");
        QDir().mkpath(dir_.filePath("elsewhere"));
        QVERIFY(QFile::rename(dir_.filePath("films/DX1.dcm"), dir_.filePath("elsewhere/DX1.dcm")));
        const auto sent = test::runTool(
            "storescu", {"-aec", "ARCHIVE", "127.0.0.1", QString::number(archive_->port()),
                         dir_.filePath("elsewhere/DX1.dcm")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.output));
        data_ = dir_.filePath("data");
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        QVERIFY(db::Importer(*cache.value()).run({dir_.filePath("films")}).imported > 0);
        auto history = db::CacheQueries(*cache.value()).history(o.patientId);
        QVERIFY(history && !history->empty());
        latestFilm_ = history->back().studyUid;  // today's film
        const auto added =
            test::runDicomnet(data_, {"peers", "add", "archive", "--aet", "ARCHIVE", "--host",
                                      "127.0.0.1", "--port", QString::number(archive_->port())});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    void cleanupTestCase() { archive_.reset(); }

    void compareWithPrevious_ShouldLinkAlignAndShowWhatChanged() {
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto study = workflow::studyForViewing(*cache.value(), latestFilm_);
        QVERIFY(study);
        gui::ViewerWindow w;
        w.resize(1280, 800);
        w.setDataDirectory(data_);
        w.showStudy(study.value(), 1, 1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 20000));

        QVERIFY(w.comparison()->compareWithPrevious());
        QCOMPARE(w.panel()->viewportCount(), 2);
        // The window stays responsive while the prior is aligned: events keep flowing.
        QVERIFY(QTest::qWaitFor([&] { return w.comparison()->settled(); }, 30000));
        QCOMPARE(w.comparison()->films().size(), size_t(1));
        const viewer::AlignedFilms* aligned = w.comparison()->films().front()->result();
        QVERIFY(aligned);
        QVERIFY(!aligned->kept);
        // Demo films 3 (3 days ago) and 4 (today): turned by −0.025 and +0.015 rad.
        QVERIFY2(std::abs(aligned->registration.transform.rotationDeg - 2.29) < 0.2,
                 qPrintable(QString::number(aligned->registration.transform.rotationDeg)));

        viewer::ImageView* current = w.panel()->viewport(0);
        viewer::ImageView* prior = w.panel()->viewport(1);
        QCOMPARE(prior->label().title, QString::fromUtf8("PRIOR · aligned"));
        // Zoom and pan follow, in millimetres; so does the window.
        current->zoomBy(2);
        current->panBy(40, -25);
        QCOMPARE(prior->framing().fit, false);
        QVERIFY(std::abs(prior->framing().pixelsPerMm - current->framing().pixelsPerMm) < 1e-9);
        QCOMPARE(prior->framing().panX, 40.0);
        current->setWindow(1400, 1800);
        QCOMPARE(prior->windowCenter(), 1400.0);
        QCOMPARE(prior->windowWidth(), 1800.0);
        // Switched off, the window no longer follows.
        w.panel()->links()->setKinds({true, true, false});
        current->setWindow(1000, 900);
        QCOMPARE(prior->windowCenter(), 1400.0);
        w.panel()->links()->setKinds({true, true, true});
        current->fit();

        // What changed: the right lower lobe opacity cleared (1.0 → 0.35): blue there, on the
        // image's left below the middle, and hardly any elsewhere.
        w.comparison()->setMode(viewer::FilmComparison::Mode::Difference);
        QVERIFY(QTest::qWaitFor([&] { return prior->upToDate(); }, 5000));
        QCOMPARE(prior->label().title, QStringLiteral("CHANGES"));  // with its legend
        const QImage changes = prior->grabFramebuffer();
        w.grab().save(test::testOutputDir() + "/comparison_changes.png");
        const int lesion = bluish(changes, QRectF(0.2, 0.5, 0.25, 0.25));
        const int apex = bluish(changes, QRectF(0.55, 0.2, 0.25, 0.25));
        qInfo("clearer pixels: %d at the lesion, %d at the left apex", lesion, apex);
        QVERIFY(lesion > 500);
        QVERIFY(apex < lesion / 20);

        // Curtain and flicker draw the aligned prior and the current in turn.
        w.comparison()->setMode(viewer::FilmComparison::Mode::Curtain);
        QVERIFY(QTest::qWaitFor([&] { return prior->upToDate(); }, 5000));
        w.grab().save(test::testOutputDir() + "/comparison_curtain.png");
        w.comparison()->setMode(viewer::FilmComparison::Mode::SideBySide);
        QVERIFY(QTest::qWaitFor([&] { return prior->upToDate(); }, 5000));
        w.grab().save(test::testOutputDir() + "/comparison_side_by_side.png");
    }

    void reopening_ShouldUseTheKeptAlignment() {
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto study = workflow::studyForViewing(*cache.value(), latestFilm_);
        QVERIFY(study);
        gui::ViewerWindow w;
        w.setDataDirectory(data_);
        w.showStudy(study.value(), 1, 1);
        w.show();
        QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 20000));
        QVERIFY(w.comparison()->compareWithPrevious());
        QVERIFY(QTest::qWaitFor([&] { return w.comparison()->settled(); }, 30000));
        QVERIFY(w.comparison()->films().front()->result()->kept);
    }

    void compareWithPrevious_ShouldSaySo_WhenThereIsNoPrior() {
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto history = db::CacheQueries(*cache.value()).history(QStringLiteral("DEMO-0001"));
        QVERIFY(history);
        auto first = workflow::studyForViewing(*cache.value(), history->front().studyUid);
        QVERIFY(first);
        gui::ViewerWindow w;
        w.setDataDirectory(data_);
        w.showStudy(first.value(), 1, 1);
        w.show();
        QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 20000));
        QString said;
        connect(w.comparison(), &gui::ComparisonController::message,
                [&](const QString& m) { said = m; });
        QVERIFY(!w.comparison()->compareWithPrevious());
        QVERIFY2(said.contains("no earlier study"), qPrintable(said));
        QCOMPARE(w.panel()->viewportCount(), 1);
    }

    void compareCt_ShouldAlignTheVolumes_SoThatScrollingLandsOnTheSameAnatomy() {
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto history = db::CacheQueries(*cache.value()).history(QStringLiteral("DEMO-0001"));
        QVERIFY(history);
        QString ct;
        for (const auto& s : history.value())
            if (s.modalities == QLatin1String("CT") && s.accession == QLatin1String("DEMO-CT-1"))
                ct = s.studyUid;
        auto study = workflow::studyForViewing(*cache.value(), ct);
        QVERIFY(study);
        cache.value().reset();
        gui::ViewerWindow w;
        w.setDataDirectory(data_);
        w.showStudy(study.value(), 1, 1);
        w.show();
        QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 20000));
        QStringList said;
        connect(w.comparison(), &gui::ComparisonController::message,
                [&](const QString& m) { said << m; });
        QVERIFY(w.comparison()->compareWithPrevious());
        QVERIFY(QTest::qWaitFor([&] { return w.comparison()->settled(); }, 60000));
        qInfo("%s", qPrintable(said.join(" | ")));
        viewer::ImageView* current = w.panel()->viewport(0);
        viewer::ImageView* prior = w.panel()->viewport(1);
        QCOMPARE(current->sliceCount(), 16);
        QCOMPARE(prior->sliceCount(), 12);  // the demo's slices 5 to 16
        // Slice k of the current is slice k − 4 of the prior: by position after alignment (by
        // relative index it would be round(k · 11 / 15)).
        for (int k : {6, 10, 15}) {
            current->showSlice(k);
            QCOMPARE(prior->currentSlice(), k - 4);
        }

        // The three-plane protocol: each study a row of axial, coronal and sagittal planes,
        // the prior's row following the current's through the alignment (kept from above).
        QVERIFY(w.comparison()->compareWithPrevious(1));
        QVERIFY(QTest::qWaitFor([&] { return w.comparison()->settled(); }, 60000));
        QCOMPARE(w.panel()->viewportCount(), 6);
        for (int plane = 0; plane < 3; ++plane) {
            viewer::ImageView* now = w.panel()->viewport(plane);
            viewer::ImageView* before = w.panel()->viewport(3 + plane);
            QVERIFY(now->showsVolume() && before->showsVolume());
            QCOMPARE(now->plane(), before->plane());
            for (int step : {1, -2}) {
                now->showSlice(now->currentSlice() + step);
                double point[3];
                QVERIFY(now->planeCentre(now->currentSlice(), point));
                point[2] += 90;  // the same anatomy in the prior's frame of reference
                QCOMPARE(before->currentSlice(), before->nearestPlanePosition(point));
            }
        }
        w.grab().save(test::testOutputDir() + "/comparison_ct_planes.png");
    }

    void timeline_ShouldListThePatient_AndFetchWhatOnlyAPeerHas() {
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto study = workflow::studyForViewing(*cache.value(), latestFilm_);
        QVERIFY(study);
        cache.value().reset();
        gui::ViewerWindow w;
        w.resize(1280, 900);
        w.setDataDirectory(data_);
        QSignalSpy local(w.timeline(), &gui::TimelinePanel::localLoaded);
        QSignalSpy remote(w.timeline(), &gui::TimelinePanel::remoteLoaded);
        w.showStudy(study.value(), 1, 1);
        w.show();
        QVERIFY(local.wait(10000));
        if (remote.isEmpty()) QVERIFY(remote.wait(20000));
        // Three films and two CTs here, oldest first; the first film only on the archive.
        QCOMPARE(w.timeline()->localCount(), 5);
        QCOMPARE(w.timeline()->localStudies().last(), latestFilm_);
        QCOMPARE(w.timeline()->remoteCount(), 1);
        QVERIFY(w.comparison()->compareWithPrevious());
        QVERIFY(QTest::qWaitFor([&] { return w.comparison()->settled(); }, 30000));
        w.grab().save(test::testOutputDir() + "/timeline.png");

        QSignalSpy fetched(w.timeline(), &gui::TimelinePanel::fetched);
        local.clear();
        w.timeline()->fetch(w.timeline()->remoteStudies().first());
        QVERIFY(fetched.wait(30000));
        QCOMPARE(fetched.first().first().toBool(), true);
        QVERIFY(local.wait(10000) || !local.isEmpty());
        QCOMPARE(w.timeline()->localCount(), 6);
        QVERIFY(QTest::qWaitFor([&] { return w.timeline()->remoteCount() == 0; }, 20000));
        // `dicomnet history` lists the same six.
        const auto history = test::runDicomnet(data_, {"history", "DEMO-0001", "--json"});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(history.out).array().size(), 6);
    }
};

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestComparison t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_comparison.moc"
