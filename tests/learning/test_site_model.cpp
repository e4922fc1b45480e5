// A site's own ONNX model (learning/site_model.h), run by OpenCV's dnn module inside the
// extractor: real ONNX files made by others (Debian's libonnx-testdata, fetched into the build
// tree), a real cache and the dicomnet executable. The model's output extends the stored
// vector and its identity is stored with it; what it sees is the film as displayed (its grid
// of averages follows the side the opacities are on, MONOCHROME1 or not); a changed or removed
// model has the descriptors computed again; a broken or mistaken one stops the run with the
// reason and changes nothing; "replace" makes similar cases use the model's output alone.
#include "chest_cohort.h"
#include "cli_runner.h"
#include "descriptor_rows.h"

#include "learning/case_base.h"
#include "learning/descriptor.h"
#include "workflow/features.h"
#include "workflow/import.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace dicomnet;
using test::rowsBySeries;

namespace {

const QString kModels = QStringLiteral(DICOMNET_ONNX_MODELS);
// 2×2 average pooling, stride 2 (PyTorch's export): a 12×12 input gives a 6×6 grid of averages,
// each cell about 65 × 75 mm of a 390 × 450 mm film.
const QString kAvgPool = kModels + QStringLiteral("/pytorch-converted/test_AvgPool2d/model.onnx");
// Global average pooling (ONNX's own node test): one mean per channel.
const QString kGlobalPool = kModels + QStringLiteral("/node/test_globalaveragepool/model.onnx");

void install(const QString& dataDir, const QString& name, const QString& onnx,
             const QJsonObject& sidecar) {
    QDir().mkpath(dataDir + "/models");
    const QString target = dataDir + "/models/" + name + ".onnx";
    QFile::remove(target);
    QVERIFY2(QFile::copy(onnx, target), qPrintable(onnx));
    QFile json(dataDir + "/models/" + name + ".json");
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(QJsonDocument(sidecar).toJson());
}

QJsonObject gridSidecar(const QString& kind, const QString& use = "extend") {
    return {{"kind", kind},
            {"use", use},
            {"description", "6×6 grid of average grey"},
            {"input", QJsonObject{{"width", 12}, {"height", 12}, {"channels", 1}}}};
}

QJsonObject json(const test::CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = double(x.size());
    double mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx), syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

}  // namespace

class TestSiteModel : public QObject {
    Q_OBJECT
private slots:
    void filmModelExtendsTheDescriptor();
    void brokenModelsStopTheRunAndChangeNothing();
    void ctModelAveragesThreeSlices();
    void replaceMakesSimilarCasesUseTheModelAlone();
};

void TestSiteModel::filmModelExtendsTheDescriptor() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    test::CohortOptions o;
    o.patients = 16, o.filmsPerPatient = 2, o.anomalies = 0, o.refusals = true;
    const auto films = test::writeChestCohort(dir.filePath("films"), o);
    QVERIFY(workflow::importInto(data, {dir.filePath("films")}));

    auto none = test::runDicomnet(data, {"features", "models"});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains("no site models"), none.out.constData());

    install(data, "grid", kAvgPool, gridSidecar(learning::kChestFilm));
    auto listed = test::runDicomnet(data, {"features", "models", "--json"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonObject model = json(listed)["models"].toArray().at(0).toObject();
    QCOMPARE(model["outputs"].toInt(), 36);
    QCOMPARE(model["kind"].toString(), learning::kChestFilm);
    const QString identity = model["identity"].toString();
    QVERIFY2(identity.startsWith("grid@") && identity.size() == 17, qPrintable(identity));

    auto computed = test::runDicomnet(data, {"features", "--json"});
    QVERIFY2(computed.exitCode == 0, computed.err.constData());
    const int builtIn = int(learning::componentNames(learning::kChestFilm).size());
    auto rows = rowsBySeries(data);
    std::vector<double> sideDifference, gradeDifference;
    std::map<QString, std::vector<float>> first;
    int described = 0;
    for (const test::CohortFilm& f : films) {
        const db::DescriptorRow& r = rows.at(f.seriesUid);
        if (!f.refuse.isEmpty()) {
            QVERIFY(r.state == db::DescriptorState::NotApplicable);  // the model is not asked
            QVERIFY(r.model.isEmpty());
            continue;
        }
        QVERIFY2(r.state == db::DescriptorState::Computed, qPrintable(r.reason));
        QCOMPARE(r.model, identity);
        const auto v = learning::unpackValues(r.vector);
        QCOMPARE(int(v.size()), builtIn + 36);
        first[f.seriesUid] = v;
        ++described;
        // The grid's second column, rows 2–4, lies on the patient's right lung (zones A–C) on a
        // PA film; the fifth on the left lung.
        const float* g = v.data() + builtIn;
        sideDifference.push_back((g[7] + g[13] + g[19]) - (g[10] + g[16] + g[22]));
        gradeDifference.push_back(f.grades[0] + f.grades[1] + f.grades[2] - f.grades[3] -
                                  f.grades[4] - f.grades[5]);
        for (int i = 0; i < 36; ++i) QVERIFY(g[i] >= 0.f && g[i] <= 1.f);  // grey · 1/255
    }
    QVERIFY(described >= 15);
    const double r = pearson(sideDifference, gradeDifference);
    qInfo("grid right-minus-left grey against the phantom's right-minus-left grades: r = %.2f", r);
    // 0.56 here. Motion, collimation and each film's own grey scale blur a 65 mm grid; a mirrored
    // or un-inverted input would give a negative or near-zero r (0 ± 0.18 by chance for 32).
    QVERIFY2(r > 0.35, qPrintable(QString::number(r)));

    // Similar cases run on the extended vectors.
    auto similar = test::runDicomnet(data, {"similar", films.front().studyUid, "--json"});
    QVERIFY2(similar.exitCode == 0, similar.err.constData());

    // A changed sidecar is another model: every film is computed again, with the new identity.
    QJsonObject changed = gridSidecar(learning::kChestFilm);
    QJsonObject input = changed["input"].toObject();
    input["std"] = QJsonArray{0.5};
    changed["input"] = input;
    install(data, "grid", kAvgPool, changed);
    auto again = test::runDicomnet(data, {"features", "--json"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(json(again)["this_run"].toObject()["outdated"].toInt(), described);
    QCOMPARE(json(again)["this_run"].toObject()["computed"].toInt(), described);
    rows = rowsBySeries(data);
    for (const auto& [series, before] : first) {
        const db::DescriptorRow& row = rows.at(series);
        QVERIFY(row.model != identity && row.model.startsWith("grid@"));
        const auto v = learning::unpackValues(row.vector);
        for (int i = 0; i < 36; ++i)  // divided by 0.5
            QVERIFY(std::abs(v[size_t(builtIn + i)] - 2 * before[size_t(builtIn + i)]) < 1e-4);
    }

    // Removed: back to the built-in descriptor.
    QVERIFY(QFile::remove(data + "/models/grid.onnx") && QFile::remove(data + "/models/grid.json"));
    auto removed = test::runDicomnet(data, {"features", "--json"});
    QCOMPARE(json(removed)["this_run"].toObject()["outdated"].toInt(), described);
    for (const auto& [series, unused] : first) {
        QCOMPARE(int(learning::unpackValues(rowsBySeries(data).at(series).vector).size()), builtIn);
        Q_UNUSED(unused);
    }
}

void TestSiteModel::brokenModelsStopTheRunAndChangeNothing() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    test::CohortOptions o;
    o.patients = 2, o.filmsPerPatient = 1, o.anomalies = 0, o.refusals = false;
    const auto films = test::writeChestCohort(dir.filePath("films"), o);
    QVERIFY(workflow::importInto(data, {dir.filePath("films")}));
    install(data, "grid", kAvgPool, gridSidecar(learning::kChestFilm));
    QCOMPARE(test::runDicomnet(data, {"features"}).exitCode, 0);
    const auto before = rowsBySeries(data);

    struct Case {
        const char* what;
        std::function<void()> spoil;
        const char* message;
    };
    const QString onnx = data + "/models/grid.onnx";
    const std::vector<Case> cases = {
        {"not an ONNX file",
         [&] {
             QFile f(onnx);
             QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
             f.write(QByteArray(300, '\x07'));
         },
         "OpenCV cannot read it"},
        {"an ONNX file cut short",
         [&] {
             install(data, "grid", kAvgPool, gridSidecar(learning::kChestFilm));
             QVERIFY(QFile::resize(onnx, 90));
         },
         "OpenCV cannot read it"},
        {"a hostile input size",
         [&] {
             QJsonObject s = gridSidecar(learning::kChestFilm);
             s["input"] = QJsonObject{{"width", 100000}, {"height", 6}};
             install(data, "grid", kAvgPool, s);
         },
         "between 1 and 1024 pixels"},
        {"an unknown kind",
         [&] {
             QJsonObject s = gridSidecar(learning::kChestFilm);
             s["kind"] = "mammography";
             install(data, "grid", kAvgPool, s);
         },
         "\"kind\" must be"},
        {"a sidecar that is not JSON",
         [&] {
             install(data, "grid", kAvgPool, gridSidecar(learning::kChestFilm));
             QFile f(data + "/models/grid.json");
             QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
             f.write("{\"kind\": ");
         },
         "not a JSON object"},
        {"a model without a sidecar",
         [&] {
             install(data, "grid", kAvgPool, gridSidecar(learning::kChestFilm));
             QVERIFY(QFile::copy(kAvgPool, data + "/models/stray.onnx"));
         },
         "no stray.json beside it"},
        {"two models for one kind",
         [&] {
             QFile::remove(data + "/models/stray.onnx");
             install(data, "other", kGlobalPool, gridSidecar(learning::kChestFilm));
         },
         "2 site models for chest-xray"},
    };
    for (const Case& c : cases) {
        c.spoil();
        auto models = test::runDicomnet(data, {"features", "models"});
        QVERIFY2(models.exitCode == 1, c.what);
        QVERIFY2(models.err.contains(c.message), qPrintable(c.what + (": " + models.err)));
        for (const QStringList& args :
             {QStringList{"features"}, QStringList{"features", "--rebuild"}}) {
            auto run = test::runDicomnet(data, args);
            QVERIFY2(run.exitCode == 1, c.what);
            QVERIFY2(run.err.contains("descriptors wait until the site model"),
                     qPrintable(c.what + (": " + run.err)));
        }
        // Nothing was marked or lost: every descriptor is as it was.
        const auto after = rowsBySeries(data);
        for (const auto& [series, row] : before) {
            QVERIFY(after.at(series).state == db::DescriptorState::Computed);
            QCOMPARE(after.at(series).vector, row.vector);
            QCOMPARE(after.at(series).model, row.model);
        }
    }
}

void TestSiteModel::ctModelAveragesThreeSlices() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const auto ct = test::writeChestCt(dir.filePath("ct"), 40, 6.0, {0, 0, 1, 0, 0, 0}, {});
    const auto abdomen = test::writeChestCt(dir.filePath("abdomen"), 20, 6.0, {}, {}, false);
    QVERIFY(workflow::importInto(data, {dir.filePath("ct"), dir.filePath("abdomen")}));
    // A foreign model that expects three channels: the grey repeated, one mean per channel.
    install(data, "mean", kGlobalPool,
            {{"kind", learning::kChestCt},
             {"input", QJsonObject{{"width", 64}, {"height", 64}, {"channels", 3}}}});
    auto run = workflow::computeDescriptors(data, {});
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(run->computed, 1);
    QCOMPARE(run->notApplicable, 1);  // no lungs: the model is not asked
    const auto rows = rowsBySeries(data);
    const auto v = learning::unpackValues(rows.at(ct.seriesUid).vector);
    const int builtIn = int(learning::componentNames(learning::kChestCt).size());
    QCOMPARE(int(v.size()), builtIn + 3);
    const float mean = v[size_t(builtIn)];
    qInfo("mean grey of three slices in the lung window: %.3f", double(mean));
    QCOMPARE(v[size_t(builtIn + 1)], mean);
    QCOMPARE(v[size_t(builtIn + 2)], mean);
    // Air around the body is black, the lungs dark, the body bright in a lung window.
    QVERIFY2(mean > 0.1f && mean < 0.8f, qPrintable(QString::number(double(mean))));
    QVERIFY(rows.at(abdomen.seriesUid).model.isEmpty());
}

void TestSiteModel::replaceMakesSimilarCasesUseTheModelAlone() {
    // Four cases: over the built-in part the query is nearest case 1, over the model's part
    // (the last two numbers) nearest case 2.
    std::vector<learning::Case> cases(4);
    for (int i = 0; i < 4; ++i) cases[size_t(i)].seriesRef = i;
    const std::vector<std::vector<float>> vectors = {
        {0, 0, 0, 9, 9}, {1, 1, 1, 5, 5}, {7, 7, 7, 1, 1}, {9, 9, 9, 9, 0}};
    learning::CaseBase extend("chest-xray", cases, vectors);
    learning::CaseBase replace("chest-xray", cases, vectors);
    replace.setWholeFrom(3);
    const auto q = extend.scaled({1, 1, 1, 1, 1});
    QCOMPARE(extend.nearest(q.data(), 1).at(0).index, 1);
    QCOMPARE(replace.nearest(q.data(), 1).at(0).index, 2);
    // A zone's part is asked for explicitly and is the same either way.
    QCOMPARE(replace.nearest(q.data(), 1, {}, 0, 3).at(0).index, 1);

    // And through the command line: with "replace", similar cases are those whose grid is
    // nearest, whatever the built-in descriptor says.
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    test::CohortOptions o;
    o.patients = 6, o.filmsPerPatient = 1, o.anomalies = 0, o.refusals = false;
    const auto films = test::writeChestCohort(dir.filePath("films"), o);
    QVERIFY(workflow::importInto(data, {dir.filePath("films")}));
    install(data, "grid", kAvgPool, gridSidecar(learning::kChestFilm, "replace"));
    QVERIFY(workflow::computeDescriptors(data, {}));
    const auto rows = rowsBySeries(data);
    const int builtIn = int(learning::componentNames(learning::kChestFilm).size());
    std::vector<learning::Case> all;
    std::vector<std::vector<float>> grids;
    for (const test::CohortFilm& f : films) {
        const auto v = learning::unpackValues(rows.at(f.seriesUid).vector);
        learning::Case c;
        c.studyUid = f.studyUid;
        all.push_back(c);
        grids.emplace_back(v.begin() + builtIn, v.end());
    }
    learning::CaseBase gridOnly("chest-xray", all, grids);
    const auto query = gridOnly.scaled(grids[0]);
    const auto expected = gridOnly.nearest(query.data(), 1, [](int i) { return i == 0; });
    auto similar = test::runDicomnet(data, {"similar", films[0].studyUid, "--k", "1", "--json"});
    QVERIFY2(similar.exitCode == 0, similar.err.constData());
    const QJsonObject nearest = json(similar)["cases"].toArray().at(0).toObject();
    QCOMPARE(nearest["study_uid"].toString(), all[size_t(expected.at(0).index)].studyUid);
}

QTEST_GUILESS_MAIN(TestSiteModel)
#include "test_site_model.moc"
