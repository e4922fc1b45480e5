// What the learning module gets right on the labelled phantom cohort, measured the honest way:
//   - the suggested Brixia scores, leave-one-patient-out (a film's own patient's other films
//     are not evidence): exact per zone, and the total within ±2;
//   - precedents: recall at 5 of the same patient's earlier film among the similar cases;
//   - novelty: the ROC AUC of the novelty distance for the injected anomalies against the rest;
//   - chest CT: each lobe's CT severity, its total and CO-RADS, leave-one-patient-out, on CT
//     phantoms of their own patients with ground glass and consolidation in known regions.
// The figures are printed; the test asserts floors the method reaches with margin. Then the
// whole path on a real cache: consultations signed with the Brixia template become the labels;
// below 20 signed cases nothing is suggested; `dicomnet similar` and `dicomnet suggest` answer
// from the command line, and a consultant sees only the studies shared with them.
#include "chest_cohort.h"
#include "cli_runner.h"
#include "cohort_labels.h"

#include "consult/consultation.h"
#include "consult/signing.h"
#include "consult/templates.h"
#include "db/cache.h"
#include "db/descriptor_store.h"
#include "learning/case_base.h"
#include "learning/descriptor.h"
#include "learning/suggestions.h"
#include "workflow/consult_actions.h"
#include "workflow/features.h"
#include "workflow/import.h"
#include "workflow/site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>

using namespace dicomnet;

namespace {

struct Cohort {
    std::vector<test::CohortFilm> films;
    std::map<QString, int> bySeries;  // series UID → index in films
    learning::CaseBase base;          // ground-truth labels of the regular films
    std::vector<int> filmOf;          // base index → films index
};

const QStringList kZones = {"BRX-A", "BRX-B", "BRX-C", "BRX-D", "BRX-E", "BRX-F"};

// Imports the cohort into `data`, computes the descriptors, and builds a case base whose
// labels are the phantom's grades (anomalies unlabelled).
Cohort makeCohort(const QString& folder, const QString& data, const test::CohortOptions& o) {
    Cohort c;
    c.films = test::writeChestCohort(folder, o);
    for (size_t i = 0; i < c.films.size(); ++i) c.bySeries[c.films[i].seriesUid] = int(i);
    workflow::importInto(data, {folder});
    workflow::computeDescriptors(data, {});
    auto cache = db::Cache::open(data);
    db::DescriptorStore store(*cache.value());
    auto rows = store.computed(learning::kChestFilm).value();
    std::vector<learning::Case> cases;
    std::vector<std::vector<float>> vectors;
    for (const db::DescriptorRow& r : rows) {
        const auto full = store.ofSeries(r.seriesRef).value();
        const test::CohortFilm& f = c.films[size_t(c.bySeries.at(full->seriesUid))];
        learning::Case k;
        k.seriesRef = r.seriesRef, k.studyRef = r.studyRef, k.patientRef = r.patientRef;
        k.seriesUid = full->seriesUid;
        if (!f.anomaly) {
            for (int z = 0; z < 6; ++z) k.labels[kZones[z]] = f.grades[size_t(z)];
            k.labels["BRX-T"] = f.total();
        }
        cases.push_back(k);
        vectors.push_back(learning::unpackValues(r.vector));
    }
    c.base = learning::CaseBase(learning::kChestFilm, cases, vectors);
    for (int i = 0; i < c.base.size(); ++i)
        c.filmOf.push_back(c.bySeries.at(c.base.at(i).seriesUid));
    return c;
}

// The scores a radiologist would give a CT phantom (writeChestCt): a region with ground glass
// and consolidation levels g and c (0–2 each) is involved by g + c units; a lobe's CT severity
// (0–5) is 0, 2, 3, 4, 5 for 0–4 units (the left upper lobe: its two regions' mean, rounded
// up); CO-RADS 1 without anything, 3 with consolidation alone, 4 with ground glass on one side,
// 5 on both.
std::map<QString, int> ctLabels(const std::array<int, 6>& gg, const std::array<int, 6>& cons) {
    const int points[5] = {0, 2, 3, 4, 5};
    auto units = [&](int r) { return gg[size_t(r)] + cons[size_t(r)]; };
    std::map<QString, int> l;
    l["CTSS-RUL"] = points[units(0)], l["CTSS-RML"] = points[units(1)];
    l["CTSS-RLL"] = points[units(2)], l["CTSS-LUL"] = points[(units(3) + units(4) + 1) / 2];
    l["CTSS-LLL"] = points[units(5)];
    l["CTSS-T"] = l["CTSS-RUL"] + l["CTSS-RML"] + l["CTSS-RLL"] + l["CTSS-LUL"] + l["CTSS-LLL"];
    const bool right = gg[0] + gg[1] + gg[2] > 0, left = gg[3] + gg[4] + gg[5] > 0;
    int anyCons = 0;
    for (int c : cons) anyCons += c;
    l["CORADS"] = right && left ? 5 : right || left ? 4 : anyCons > 0 ? 3 : 1;
    return l;
}

}  // namespace

class TestLearning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void suggestedBrixiaLeaveOnePatientOut();
    void earlierFilmAmongSimilarCases();
    void noveltyFindsTheAnomalies();
    void signedConsultationsAreTheLabels();
    void suggestedCtScoresLeaveOnePatientOut();

private:
    QTemporaryDir dir_;
    Cohort cohort_;
};

void TestLearning::initTestCase() {
    test::CohortOptions o;
    o.patients = 36;
    o.filmsPerPatient = 3;
    o.anomalies = 6;
    o.refusals = false;
    cohort_ = makeCohort(dir_.filePath("films"), dir_.filePath("data"), o);
    QCOMPARE(cohort_.base.size(), int(cohort_.films.size()));
}

void TestLearning::suggestedBrixiaLeaveOnePatientOut() {
    const learning::CaseBase& base = cohort_.base;
    int films = 0, withinTwo = 0, zonesExact = 0, zones = 0, totalExact = 0;
    double absError = 0;
    for (int i = 0; i < base.size(); ++i) {
        const test::CohortFilm& f = cohort_.films[size_t(cohort_.filmOf[size_t(i)])];
        if (f.anomaly) continue;
        const qint64 patient = base.at(i).patientRef;
        const auto s = learning::suggestScores(
            base, base.row(i), [&](int j) { return base.at(j).patientRef == patient; });
        QVERIFY2(s.available, qPrintable(s.why));
        ++films;
        for (const learning::ScoreSuggestion& sc : s.scores) {
            if (sc.code == QLatin1String("BRX-T")) {
                const int err = std::abs(sc.value - f.total());
                withinTwo += err <= 2, totalExact += err == 0, absError += err;
            } else {
                const int z = int(kZones.indexOf(sc.code));
                zonesExact += sc.value == f.grades[size_t(z)];
                ++zones;
            }
        }
    }
    const double within = double(withinTwo) / films, exact = double(zonesExact) / zones;
    qInfo(
        "Brixia, leave-one-patient-out over %d films: total within ±2 %.1f %% (exact %.1f %%, "
        "mean error %.2f), zones exact %.1f %%",
        films, 100 * within, 100.0 * totalExact / films, absError / films, 100 * exact);
    // Chance for a zone (four grades) is about 25-40 %; the floors are well above it.
    QVERIFY2(within >= 0.6, qPrintable(QString::number(within)));
    QVERIFY2(exact >= 0.5, qPrintable(QString::number(exact)));
}

void TestLearning::earlierFilmAmongSimilarCases() {
    const learning::CaseBase& base = cohort_.base;
    int queries = 0, found = 0;
    for (int i = 0; i < base.size(); ++i) {
        const test::CohortFilm& f = cohort_.films[size_t(cohort_.filmOf[size_t(i)])];
        if (f.anomaly || f.visit == 0) continue;
        const qint64 study = base.at(i).studyRef;
        const auto near =
            base.nearest(base.row(i), 5, [&](int j) { return base.at(j).studyRef == study; });
        ++queries;
        for (const learning::Neighbour& n : near) {
            const test::CohortFilm& g = cohort_.films[size_t(cohort_.filmOf[size_t(n.index)])];
            if (g.patient == f.patient && g.visit < f.visit) {
                ++found;
                break;
            }
        }
    }
    const double recall = double(found) / queries;
    qInfo("recall at 5 of the patient's earlier film: %.1f %% (%d of %d films, %d stored)",
          100 * recall, found, queries, base.size());
    QVERIFY2(recall >= 0.5, qPrintable(QString::number(recall)));
}

void TestLearning::noveltyFindsTheAnomalies() {
    const learning::CaseBase& base = cohort_.base;
    const learning::NoveltyModel model = learning::noveltyModel(base);
    std::vector<double> anomalies, regular;
    int flagged = 0, falseAlarms = 0;
    for (int i = 0; i < base.size(); ++i) {
        const test::CohortFilm& f = cohort_.films[size_t(cohort_.filmOf[size_t(i)])];
        const qint64 patient = base.at(i).patientRef;
        const auto n = learning::noveltyOf(base, model, base.row(i),
                                           [&](int j) { return base.at(j).patientRef == patient; });
        QVERIFY(n.known);
        (f.anomaly ? anomalies : regular).push_back(n.distance);
        if (f.anomaly || n.novel)
            qInfo("%s of patient %d: distance %.2f (typical %.2f), percentile %.3f",
                  f.anomaly ? "anomaly" : "novel film", f.patient, n.distance, n.typical,
                  n.percentile);
        flagged += f.anomaly && n.novel;
        falseAlarms += !f.anomaly && n.novel;
    }
    double pairs = 0, wins = 0;
    for (double a : anomalies)
        for (double r : regular) pairs += 1, wins += a > r ? 1 : a == r ? 0.5 : 0;
    const double auc = wins / pairs;
    qInfo(
        "novelty ROC AUC for %zu injected anomalies against %zu films: %.3f; marked novel: %d "
        "anomalies, %d other films",
        anomalies.size(), regular.size(), auc, flagged, falseAlarms);
    QVERIFY2(auc >= 0.85, qPrintable(QString::number(auc)));
    QVERIFY(flagged >= int(anomalies.size()) / 2);
    QVERIFY(falseAlarms <= int(regular.size()) / 10);
}

void TestLearning::signedConsultationsAreTheLabels() {
    // A cache of its own: 24 patients, one film each; a radiologist signs Brixia scores.
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const auto films = test::describedFilms(dir.path(), data, 24, 99);
    QCOMPARE(int(films.size()), 24);
    auto signer = test::radiologistKey(data, dir.filePath("me"));
    QVERIFY2(signer, qPrintable(signer.error()));
    const consult::SigningKey key = signer.value();
    auto sign = [&](const test::CohortFilm& f) {
        const QString why = test::signBrixia(data, f, key);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    };
    // 19 signed: not enough — the answer says so instead of guessing.
    for (int i = 1; i < 20; ++i) sign(films[size_t(i)]);
    const QString query = films[0].studyUid;
    test::CliResult r = test::runDicomnet(data, {"suggest", query, "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o1 = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o1["available"].toBool(), false);
    QVERIFY2(o1["why"].toString().contains("19"), qPrintable(o1["why"].toString()));
    // A draft is no label: only signed finals count.
    sign(films[20]);
    r = test::runDicomnet(data, {"suggest", query, "--json"});
    QCOMPARE(r.exitCode, 0);
    o1 = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o1["available"].toBool(), r.out.constData());
    QCOMPARE(o1["signed_cases"].toInt(), 20);
    const QJsonArray scores = o1["scores"].toArray();
    QCOMPARE(scores.size(), 7);
    QCOMPARE(scores.last().toObject()["code"].toString(), QString("BRX-T"));
    int sum = 0;
    for (int z = 0; z < 6; ++z) sum += scores[z].toObject()["value"].toInt();
    QCOMPARE(scores.last().toObject()["value"].toInt(), sum);
    QVERIFY(!o1["neighbours"].toArray().isEmpty());
    for (const auto& n : o1["neighbours"].toArray())
        QVERIFY(!n.toObject()["signed_scores"].toObject().isEmpty());
    qInfo("suggested for %s: %s", qPrintable(query),
          QJsonDocument(scores).toJson(QJsonDocument::Compact).constData());

    // Similar cases: other patients only, nearest first, with their signed scores.
    r = test::runDicomnet(data, {"similar", query, "--k", "5", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(s["searched"].toInt(), 24);
    const QJsonArray cases = s["cases"].toArray();
    QCOMPARE(cases.size(), 5);
    double last = 0;
    for (const auto& c : cases) {
        QVERIFY(c.toObject()["study_uid"].toString() != query);
        QVERIFY(!c.toObject()["same_patient"].toBool());
        QVERIFY(c.toObject()["distance"].toDouble() >= last);
        last = c.toObject()["distance"].toDouble();
    }
    r = test::runDicomnet(data, {"similar", query});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("BRX-T="), r.out.constData());
    // Bad input: an unknown UID, a wrong --k.
    r = test::runDicomnet(data, {"similar", "1.2.3.4.5"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no descriptor"), r.err.constData());
    QCOMPARE(test::runDicomnet(data, {"similar", query, "--k", "0"}).exitCode, 2);

    // The triage worklist: three requests wait; the urgent one first, then by suggested
    // severity (both routine, asked at the same time).
    auto ask = [&](const test::CohortFilm& f, consult::Urgency u) {
        consult::ConsultationRequest q;
        q.question = "Progression?";
        q.urgency = u;
        q.requester = "Ciobanu^Maria";
        auto uid = workflow::requestConsultation(data, f.studyUid, q);
        QVERIFY2(uid, qPrintable(uid.error()));
    };
    ask(films[21], consult::Urgency::Routine);
    ask(films[22], consult::Urgency::Urgent);
    ask(films[23], consult::Urgency::Routine);
    r = test::runDicomnet(data, {"worklist", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
    QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toObject()["study_uid"].toString(), films[22].studyUid);
    QCOMPARE(list[0].toObject()["urgency"].toString(), QString("urgent"));
    const double s1 = list[1].toObject()["suggested_severity"].toDouble(-1);
    const double s2 = list[2].toObject()["suggested_severity"].toDouble(-1);
    QVERIFY2(s1 >= 0 && s2 >= 0, r.out.constData());
    QVERIFY2(s1 >= s2, r.out.constData());
    for (int i = 0; i + 1 < list.size(); ++i)
        QVERIFY(list[i].toObject()["score"].toDouble() >=
                list[i + 1].toObject()["score"].toDouble());
    QVERIFY(list[0].toObject()["because"].toArray().first().toString().startsWith("urgent +"));
    qInfo("worklist: %s", QJsonDocument(list).toJson(QJsonDocument::Compact).left(600).constData());
    // The site's own rules: here urgency counts against, so the urgent request goes last.
    QFile rules(data + "/triage.json");
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"urgency": {"urgent": -1000}})");
    rules.close();
    r = test::runDicomnet(data, {"worklist", "--json"});
    list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.last().toObject()["study_uid"].toString(), films[22].studyUid);
    r = test::runDicomnet(data, {"worklist", "rules"});
    QVERIFY2(r.out.contains("triage.json") && r.out.contains("-1000"), r.out.constData());
    // A rules file that does not parse is named, not silently replaced.
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"urgency": {"urgent": "high"}})");
    rules.close();
    r = test::runDicomnet(data, {"worklist"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("triage.json") && r.err.contains("urgent"), r.err.constData());
}

void TestLearning::suggestedCtScoresLeaveOnePatientOut() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const int patients = 32;
    std::mt19937 rng(23);
    std::discrete_distribution<int> ggLevel({45, 35, 20}), consLevel({65, 25, 10});
    std::map<QString, std::map<QString, int>> truth;  // series UID → labels
    for (int p = 1; p <= patients; ++p) {
        // A quarter each: clear lungs; consolidation alone; ground glass on one side; both sides.
        std::array<int, 6> gg{}, cons{};
        const int pattern = p % 4;
        const int side = int(rng() % 2);
        for (int r = 0; r < 6; ++r) {
            if (pattern == 1) cons[size_t(r)] = consLevel(rng);
            if (pattern == 2 && r / 3 == side) gg[size_t(r)] = ggLevel(rng);
            if (pattern == 3) gg[size_t(r)] = ggLevel(rng), cons[size_t(r)] = consLevel(rng);
        }
        if (pattern == 1 && cons == std::array<int, 6>{}) cons[size_t(rng() % 6)] = 1;
        if (pattern == 2 && gg == std::array<int, 6>{}) gg[size_t(side * 3 + int(rng() % 3))] = 1;
        if (pattern == 3) {
            int& right = gg[size_t(rng() % 3)];
            int& left = gg[size_t(3 + rng() % 3)];
            right = std::max(right, 1), left = std::max(left, 1);
        }
        const auto ct = test::writeChestCt(dir.filePath(QStringLiteral("ct%1").arg(p)), 24, 10.0,
                                           gg, cons, true, 100 + unsigned(p), p);
        truth[ct.seriesUid] = ctLabels(gg, cons);
    }
    QVERIFY(workflow::importInto(data, {dir.path()}));
    auto run = workflow::computeDescriptors(data, {});
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(run->computed, patients);
    auto cache = db::Cache::open(data);
    db::DescriptorStore store(*cache.value());
    std::vector<learning::Case> cases;
    std::vector<std::vector<float>> vectors;
    for (const db::DescriptorRow& r : store.computed(learning::kChestCt).value()) {
        learning::Case c;
        c.seriesRef = r.seriesRef, c.studyRef = r.studyRef, c.patientRef = r.patientRef;
        c.seriesUid = store.ofSeries(r.seriesRef).value()->seriesUid;
        c.labels = truth.at(c.seriesUid);
        cases.push_back(c);
        vectors.push_back(learning::unpackValues(r.vector));
    }
    const learning::CaseBase base(learning::kChestCt, cases, vectors);
    QCOMPARE(base.size(), patients);
    int lobes = 0, lobesExact = 0, lobesWithinOne = 0, totalWithinThree = 0, corads = 0;
    double totalError = 0;
    for (int i = 0; i < base.size(); ++i) {
        const auto& t = base.at(i).labels;
        const qint64 patient = base.at(i).patientRef;
        const auto s = learning::suggestScores(
            base, base.row(i), [&](int j) { return base.at(j).patientRef == patient; });
        QVERIFY2(s.available, qPrintable(s.why));
        for (const learning::ScoreSuggestion& sc : s.scores) {
            const int err = std::abs(sc.value - t.at(sc.code));
            if (sc.code == QLatin1String("CTSS-T")) {
                totalWithinThree += err <= 3, totalError += err;
            } else if (sc.code == QLatin1String("CORADS")) {
                corads += err == 0;
            } else {
                ++lobes, lobesExact += err == 0, lobesWithinOne += err <= 1;
            }
        }
    }
    const double exact = double(lobesExact) / lobes, within = double(totalWithinThree) / patients;
    const double co = double(corads) / patients;
    std::map<int, int> coradsSeen;
    for (const auto& [series, labels] : truth) ++coradsSeen[labels.at("CORADS")];
    int majority = 0;
    for (const auto& [value, n] : coradsSeen) majority = std::max(majority, n);
    qInfo(
        "CT, leave-one-patient-out over %d series: lobes exact %.1f %% (within 1: %.1f %%), "
        "CT severity total within ±3 %.1f %% (mean error %.2f of 25), CO-RADS exact %.1f %% "
        "(always the most common value: %.1f %%)",
        patients, 100 * exact, 100.0 * lobesWithinOne / lobes, 100 * within, totalError / patients,
        100 * co, 100.0 * majority / patients);
    // Chance for a lobe (five values, most often 0 or 2) is about 30 %.
    QVERIFY2(exact >= 0.45, qPrintable(QString::number(exact)));
    QVERIFY2(within >= 0.5, qPrintable(QString::number(within)));
    QVERIFY2(co >= double(majority) / patients + 0.08, qPrintable(QString::number(co)));
}

QTEST_GUILESS_MAIN(TestLearning)
#include "test_learning.moc"
