// The learning module's speed, medians of several runs, each beside the floor the machine sets
// in the same run:
//   film   the descriptor of a 2000×2400 chest film (decode included) | decoding it alone
//   ct     the descriptor of a 400-slice 512×512 chest CT (reading included) | reading alone
//   query  the 5 most similar of 100,000 stored descriptors, in memory | one pass over the same
//          bytes; and loading the 100,000 from the index (SQLite) | counting the rows
//   dicomnet_bench_learning WORK_DIR [RUNS=7]   (or --films DIR COUNT: write cohort films)
#include "chest_cohort.h"

#include "db/cache.h"
#include "db/descriptor_store.h"
#include "db/sqlite.h"
#include "learning/case_base.h"
#include "learning/feature_module.h"
#include "learning/site_model.h"
#include "viewer/pixels/slice_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace dicomnet;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeMs(const std::function<void()>& f) {
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dicomnet_bench_learning WORK_DIR [RUNS]\n");
        return 2;
    }
    if (QString::fromLocal8Bit(argv[1]) == QLatin1String("--films") && argc > 3) {
        // Only write films for the listener's benchmark: --films DIR COUNT.
        test::CohortOptions o;
        o.patients = std::atoi(argv[3]), o.filmsPerPatient = 1, o.anomalies = 0;
        o.refusals = false;
        test::writeChestCohort(QString::fromLocal8Bit(argv[2]), o);
        return 0;
    }
    const QString work = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    const learning::FeatureModuleApi* api = dicomnet_features_api();

    // A 2000×2400 film: the cohort's phantom at 0.1875 mm.
    test::CohortOptions o;
    o.patients = 1, o.filmsPerPatient = 1, o.anomalies = 0, o.refusals = false;
    o.scale = (0.5 / 0.1875) * (0.5 / 0.1875);
    const auto films = test::writeChestCohort(work + "/film", o);
    learning::SeriesToDescribe film{"DX", "CHEST", "PA", 50, {films[0].file}};
    std::vector<double> describe, decode;
    int columns = 0, rows = 0;
    for (int i = 0; i < runs; ++i) {
        decode.push_back(timeMs([&] {
            auto s = viewer::loadSlice(films[0].file);
            columns = s->columns, rows = s->rows;
        }));
        describe.push_back(timeMs([&] {
            auto d = api->describe(film);
            if (!d || !d->applicable) std::fprintf(stderr, "film not described\n");
        }));
    }
    std::printf("film %d×%d: descriptor %.1f ms | decoding alone %.1f ms (medians of %d)\n",
                columns, rows, median(describe), median(decode), runs);

    // With a site model (DICOMNET_BENCH_ONNX: an ONNX file of 2×2 average pooling, fed 12×12):
    // what preparing the film as displayed and running a trivial network add.
    const QString onnx = qEnvironmentVariable("DICOMNET_BENCH_ONNX");
    if (!onnx.isEmpty()) {
        QDir().mkpath(work + "/models");
        QFile::remove(work + "/models/grid.onnx");
        QFile::copy(onnx, work + "/models/grid.onnx");
        QFile sidecar(work + "/models/grid.json");
        sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate);
        sidecar.write(R"({"kind": "chest-xray", "input": {"width": 12, "height": 12}})");
        sidecar.close();
        auto model = learning::readSiteModel(work + "/models/grid.json");
        if (!model || !api->checkModel(model.value())) {
            std::fprintf(stderr, "the site model does not run\n");
            return 1;
        }
        learning::SeriesToDescribe withModel = film;
        withModel.model = &model.value();
        std::vector<double> plain, extended;
        for (int i = 0; i < runs; ++i) {
            plain.push_back(timeMs([&] { api->describe(film); }));
            extended.push_back(timeMs([&] {
                auto d = api->describe(withModel);
                if (!d || d->model.isEmpty()) std::fprintf(stderr, "the model did not run\n");
            }));
        }
        std::printf("film descriptor with a site model: %.1f ms | without, alternating: %.1f ms\n",
                    median(extended), median(plain));
    }

    // A 400-slice chest CT (written once; kept for the next run).
    QStringList ctFiles = QDir(work + "/ct").entryList({"*.dcm"}, QDir::Files, QDir::Name);
    if (ctFiles.size() != 400) {
        QDir(work + "/ct").removeRecursively();
        ctFiles = test::writeChestCt(work + "/ct", 400, 0.8, {0, 1, 2, 0, 0, 1}, {0, 0, 1, 1, 0, 0})
                      .files;
    } else {
        for (QString& f : ctFiles) f = work + "/ct/" + f;
    }
    learning::SeriesToDescribe ct{"CT", "CHEST", "", 50, ctFiles};
    std::vector<double> ctDescribe, ctRead;
    for (int i = 0; i < runs; ++i) {
        ctRead.push_back(timeMs([&] {
            for (const QString& f : ctFiles) viewer::loadSlice(f);
        }));
        ctDescribe.push_back(timeMs([&] {
            auto d = api->describe(ct);
            if (!d || !d->applicable) std::fprintf(stderr, "CT not described\n");
        }));
    }
    std::printf("CT 400×512×512: descriptor %.1f ms | reading the slices alone %.1f ms\n",
                median(ctDescribe), median(ctRead));

    // 100,000 stored descriptors: the film's, varied.
    auto base = api->describe(film);
    const std::vector<float> seed = base->values;
    std::mt19937 rng(3);
    std::normal_distribution<float> noise(0, 1);
    const int count = 100000;
    std::vector<learning::Case> cases(count);
    std::vector<std::vector<float>> vectors(count, seed);
    for (int i = 0; i < count; ++i) {
        cases[size_t(i)].seriesRef = i + 1, cases[size_t(i)].studyRef = i + 1;
        cases[size_t(i)].patientRef = i / 3 + 1;
        for (float& x : vectors[size_t(i)]) x *= 1 + 0.2f * noise(rng);
    }
    const learning::CaseBase caseBase(learning::kChestFilm, cases, vectors);
    std::vector<double> query, pass;
    volatile float sink = 0;
    for (int i = 0; i < runs * 3; ++i) {
        const float* q = caseBase.row(i * 17);
        query.push_back(timeMs([&] {
            const auto near = caseBase.nearest(q, 5, [&](int j) { return j == i * 17; });
            sink = sink + near.front().distance;
        }));
        pass.push_back(timeMs([&] {
            float s = 0;
            const float* r = caseBase.row(0);
            for (size_t j = 0; j < size_t(count) * size_t(caseBase.dims()); ++j) s += r[j];
            sink = sink + s;
        }));
    }
    std::printf(
        "similar cases among %d descriptors of %d numbers: %.2f ms | one pass over the "
        "same bytes %.2f ms\n",
        count, caseBase.dims(), median(query), median(pass));

    // The same 100,000 in an index, loaded as `similar` and `suggest` load them.
    const QString data = work + "/index";
    if (!QFile::exists(data + "/index.sqlite")) {
        auto cache = db::Cache::open(data);
        db::Connection& c = cache.value()->connection();
        db::Transaction tx(c);
        c.exec(
            "INSERT INTO patients(identity_key, patient_id, name) VALUES ('bench', 'BENCH', "
            "'Bench')");
        db::Statement study(
            c, "INSERT INTO studies(patient_ref, study_uid, added_at) VALUES (1, ?, '')");
        db::Statement series(
            c, "INSERT INTO series(study_ref, series_uid, modality) VALUES (?, ?, 'DX')");
        db::Statement d(c,
                        "INSERT INTO descriptors(series_ref, study_ref, state, changed_at, kind, "
                        "version, vector) VALUES (?, ?, 1, '', 'chest-xray', 1, ?)");
        for (int i = 0; i < count; ++i) {
            study.bind(1, QString("1.2.3.%1").arg(i)).run();
            const qint64 id = c.lastInsertId();
            series.bind(1, id).bind(2, QString("1.2.4.%1").arg(i)).run();
            d.bind(1, c.lastInsertId())
                .bind(2, id)
                .bindBlob(3, learning::packValues(vectors[size_t(i)]))
                .run();
        }
        tx.commit();
    }
    auto cache = db::Cache::open(data);
    std::vector<double> load, countRows;
    for (int i = 0; i < runs; ++i) {
        load.push_back(timeMs([&] {
            auto rows = db::DescriptorStore(*cache.value()).computed(learning::kChestFilm);
            std::vector<learning::Case> cs(rows->size());
            std::vector<std::vector<float>> vs;
            vs.reserve(rows->size());
            for (const auto& r : rows.value()) vs.push_back(learning::unpackValues(r.vector));
            const learning::CaseBase b(learning::kChestFilm, cs, vs);
            sink = sink + float(b.size());
        }));
        countRows.push_back(timeMs([&] {
            db::Statement q(cache.value()->connection(), "SELECT count(*) FROM descriptors");
            q.step();
        }));
    }
    std::printf(
        "loading the %d descriptors from the index into a case base: %.1f ms | "
        "SELECT count(*) %.1f ms\n",
        count, median(load), median(countRows));
    return 0;
}
