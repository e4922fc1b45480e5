// Descriptors of films and CT series, computed from a real cache (import, the writer's marks,
// the extractor library loaded at run time): the labelled cohort's zones read denser where the
// phantom put opacities; films that are not PA chest films of adults are refused with the
// reason; a damaged file fails alone; a series that grows is computed again.
#include "chest_cohort.h"
#include "cli_runner.h"
#include "descriptor_rows.h"

#include "db/cache.h"
#include "db/descriptor_store.h"
#include "db/object_store.h"
#include "db/sqlite.h"
#include "learning/descriptor.h"
#include "workflow/features.h"
#include "workflow/import.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace dicomnet;

using test::rowsBySeries;

class TestDescriptors : public QObject {
    Q_OBJECT
private slots:
    void filmZonesFollowTheOpacities();
    void ctRegionsFollowTheOpacities();
    void damagedFileFailsAlone();
    void seriesThatGrowsIsComputedAgain();
    void listenerComputesInTheBackground();
};

void TestDescriptors::filmZonesFollowTheOpacities() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    test::CohortOptions o;
    o.patients = 8;
    o.filmsPerPatient = 2;
    o.anomalies = 3;
    const auto films = test::writeChestCohort(dir.filePath("films"), o);
    auto imported = workflow::importInto(data, {dir.filePath("films")});
    QVERIFY2(imported, qPrintable(imported.error()));
    auto counts = workflow::descriptorCounts(data);
    QVERIFY(counts);
    QCOMPARE(counts->toCompute, int(films.size()));  // the writer marked every film

    auto run = workflow::computeDescriptors(data, {});
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(run->failed, 0);
    const auto rows = rowsBySeries(data);
    double dense[4] = {}, density[4] = {}, count[4] = {};
    for (const test::CohortFilm& f : films) {
        const auto it = rows.find(f.seriesUid);
        QVERIFY(it != rows.end());
        const db::DescriptorRow& r = it->second;
        QCOMPARE(r.kind, learning::kChestFilm);
        if (!f.refuse.isEmpty()) {
            QVERIFY2(r.state == db::DescriptorState::NotApplicable,
                     qPrintable(f.refuse + " was described"));
            QVERIFY2(!r.reason.isEmpty(), qPrintable(f.refuse));
            qInfo("%s: %s", qPrintable(f.refuse), qPrintable(r.reason));
            continue;
        }
        QVERIFY2(r.state == db::DescriptorState::Computed,
                 qPrintable(QStringLiteral("film %1 of patient %2: %3")
                                .arg(f.visit)
                                .arg(f.patient)
                                .arg(r.reason)));
        const auto values = learning::unpackValues(r.vector);
        QCOMPARE(int(values.size()), int(learning::componentNames(learning::kChestFilm).size()));
        if (f.anomaly) continue;
        for (int z = 0; z < 6; ++z) {
            const int g = f.grades[size_t(z)];
            density[g] += values[size_t(z * 9)];    // mean density
            dense[g] += values[size_t(z * 9 + 2)];  // the share denser than 0.35
            count[g] += 1;
        }
    }
    // Mean density rises with the grade the phantom put in; so does the share of dense pixels
    // once there are alveolar patches (grade 1 is interstitial only).
    QStringList means;
    for (int g = 0; g < 4; ++g)
        means << QStringLiteral("%1/%2").arg(density[g] / count[g]).arg(dense[g] / count[g]);
    qInfo("density / dense share by grade 0..3: %s", qPrintable(means.join(' ')));
    for (int g = 0; g < 4; ++g) QVERIFY(count[g] > 0);
    for (int g = 1; g < 4; ++g)
        QVERIFY2(density[g] / count[g] > density[g - 1] / count[g - 1] + (g == 1 ? 0.005 : 0.03),
                 qPrintable(means.join(' ')));
    for (int g = 2; g < 4; ++g)
        QVERIFY2(dense[g] / count[g] > dense[g - 1] / count[g - 1] + 0.05,
                 qPrintable(means.join(' ')));
}

void TestDescriptors::ctRegionsFollowTheOpacities() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    // Ground glass in the right lower third, consolidation in the left upper third.
    const auto ct =
        test::writeChestCt(dir.filePath("ct"), 70, 4.0, {0, 0, 2, 0, 0, 0}, {0, 0, 0, 2, 0, 0});
    const auto abdomen = test::writeChestCt(dir.filePath("abdomen"), 30, 5.0, {}, {}, false);
    QVERIFY(workflow::importInto(data, {dir.filePath("ct"), dir.filePath("abdomen")}));
    auto run = workflow::computeDescriptors(data, {});
    QVERIFY2(run, qPrintable(run.error()));
    const auto rows = rowsBySeries(data);
    const db::DescriptorRow& r = rows.at(ct.seriesUid);
    QVERIFY2(r.state == db::DescriptorState::Computed, qPrintable(r.reason));
    QCOMPARE(r.kind, learning::kChestCt);
    const auto v = learning::unpackValues(r.vector);
    auto ggo = [&](int region) { return v[size_t(region * 5 + 1)]; };
    auto cons = [&](int region) { return v[size_t(region * 5 + 2)]; };
    QStringList line;
    for (int k = 0; k < 6; ++k) line << QStringLiteral("%1/%2").arg(ggo(k)).arg(cons(k));
    qInfo("ground glass / consolidation by region: %s; lungs %.2f L", qPrintable(line.join(' ')),
          double(v[30]));
    for (int k = 0; k < 6; ++k) {
        if (k != 2) QVERIFY2(ggo(2) > ggo(k) + 0.02, qPrintable(line.join(' ')));
        if (k != 3) QVERIFY2(cons(3) > cons(k) + 0.02, qPrintable(line.join(' ')));
    }
    const db::DescriptorRow& a = rows.at(abdomen.seriesUid);
    QVERIFY(a.state == db::DescriptorState::NotApplicable);
    QVERIFY2(a.reason.contains("no lungs"), qPrintable(a.reason));
}

void TestDescriptors::damagedFileFailsAlone() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    test::CohortOptions o;
    o.patients = 2, o.filmsPerPatient = 1, o.anomalies = 0, o.refusals = false;
    const auto films = test::writeChestCohort(dir.filePath("films"), o);
    QVERIFY(workflow::importInto(data, {dir.filePath("films")}));
    // Damage the first film in the store: cut its pixel data short.
    auto cache = db::Cache::open(data);
    QVERIFY(cache);
    db::Statement q(cache.value()->connection(),
                    "SELECT i.file_path FROM instances i JOIN series s ON s.id = i.series_ref "
                    "WHERE s.series_uid = ?");
    q.bind(1, films[0].seriesUid);
    QVERIFY(q.step());
    QFile stored(cache.value()->store().absolutePath(q.text(0)));
    q.reset();
    QVERIFY(stored.setPermissions(stored.permissions() | QFile::WriteOwner));
    QVERIFY(stored.resize(stored.size() / 3));
    auto run = workflow::computeDescriptors(data, {});
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(run->failed, 1);
    QCOMPARE(run->computed, 1);
    const auto rows = rowsBySeries(data);
    QVERIFY(rows.at(films[0].seriesUid).state == db::DescriptorState::Failed);
    QVERIFY(!rows.at(films[0].seriesUid).reason.isEmpty());
    QVERIFY(rows.at(films[1].seriesUid).state == db::DescriptorState::Computed);
}

void TestDescriptors::seriesThatGrowsIsComputedAgain() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const auto ct = test::writeChestCt(dir.filePath("ct"), 40, 6.0, {}, {});
    QStringList firstHalf = ct.files.mid(0, 20), secondHalf = ct.files.mid(20);
    QVERIFY(workflow::importInto(data, firstHalf));
    // Not settled yet: a series whose last object just arrived waits.
    workflow::DescriptorOptions settle;
    settle.settleSeconds = 3600;
    auto run = workflow::computeDescriptors(data, settle);
    QVERIFY(run);
    QCOMPARE(run->computed + run->notApplicable + run->failed, 0);
    QVERIFY(workflow::computeDescriptors(data, {}));
    QCOMPARE(workflow::descriptorCounts(data)->toCompute, 0);
    QVERIFY(workflow::importInto(data, secondHalf));
    QCOMPARE(workflow::descriptorCounts(data)->toCompute, 1);
    QVERIFY(workflow::computeDescriptors(data, {}));
    QCOMPARE(workflow::descriptorCounts(data)->computed, 1);
    // --rebuild marks everything again.
    QCOMPARE(workflow::markAllDescriptors(data).value(), 1);
}

void TestDescriptors::listenerComputesInTheBackground() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    test::CohortOptions o;
    o.patients = 3, o.filmsPerPatient = 2, o.anomalies = 0, o.refusals = false;
    const auto films = test::writeChestCohort(dir.filePath("films"), o);
    QProcess listener;
    const int port = test::freePort();
    QVERIFY(test::startListen(listener, data, port));
    QStringList args{"-aec", "DICOMNET", "127.0.0.1", QString::number(port)};
    for (const auto& f : films) args << f.file;
    const auto sent = test::runTool("storescu", args);
    QCOMPARE(sent.exitCode, 0);
    // Stored and acknowledged at once; described a few seconds later, with nobody asking.
    int computed = 0;
    for (int i = 0; i < 300 && computed < int(films.size()); ++i) {
        QThread::msleep(100);
        const auto status = test::runDicomnet(data, {"features", "status", "--json"});
        computed = QJsonDocument::fromJson(status.out).object()["computed"].toInt();
    }
    listener.terminate();
    listener.waitForFinished(10000);
    QCOMPARE(computed, int(films.size()));
    // Switched off, the listener leaves them to `dicomnet features`.
    QCOMPARE(test::runDicomnet(data, {"features", "background", "off"}).exitCode, 0);
    const auto status = test::runDicomnet(data, {"features", "status"});
    QVERIFY2(status.out.contains("not computed in the background"), status.out.constData());
}

QTEST_GUILESS_MAIN(TestDescriptors)
#include "test_descriptors.moc"
