// Which earlier study "Compare with previous" picks: the ranking on its own, and through a real
// index with the demo patient (four chest films and a CT).
#include "db/cache.h"
#include "db/importer.h"
#include "db/prior_selection.h"

#include "core/synthetic_patient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;
using namespace dicomnet::db;

namespace {

StudyWithSeries study(const QString& uid, const QString& date, const QString& modality,
                      const QString& bodyPart, const QString& view) {
    StudyWithSeries s;
    s.study.studyUid = uid;
    s.study.date = date;
    s.study.time = QStringLiteral("100000");
    SeriesRow r;
    r.seriesUid = uid + QStringLiteral(".1");
    r.modality = modality;
    r.bodyPart = bodyPart;
    r.viewPosition = view;
    r.instanceCount = 1;
    s.series.push_back(r);
    return s;
}

}  // namespace

class TestPriorSelection : public QObject {
    Q_OBJECT
private slots:
    void rank_ShouldPreferSameViewThenLatest() {
        const StudyWithSeries current = study("now", "20200410", "DX", "CHEST", "PA");
        const std::vector<StudyWithSeries> history{
            study("a", "20200401", "CR", "CHEST", "PA"),    // a radiograph too
            study("b", "20200405", "DX", "CHEST", "AP"),    // later but another view
            study("c", "20200403", "DX", "CHEST", "PA"),    // the one
            study("d", "20200408", "CT", "CHEST", ""),      // another modality
            study("e", "20200409", "DX", "ABDOMEN", "PA"),  // another body part
            study("f", "20200412", "DX", "CHEST", "PA"),    // after the current
            study("g", "", "DX", "CHEST", "PA"),            // no date: cannot be placed
        };
        const auto ranked = rankPriors(current.study, current.series[0], history);
        QStringList order;
        for (const auto& c : ranked) order << c.study.studyUid;
        QCOMPARE(order, QStringList({"c", "a", "b"}));
        QVERIFY(ranked[0].sameView && !ranked[2].sameView);
    }

    void rank_ShouldTreatUnknownBodyPartAsMatching() {
        const StudyWithSeries current = study("now", "20200410", "CT", "CHEST", "");
        const auto ranked = rankPriors(
            current.study, current.series[0],
            {study("x", "20200101", "CT", "", ""), study("y", "20200102", "MR", "", "")});
        QCOMPARE(ranked.size(), size_t(1));
        QCOMPARE(ranked[0].study.studyUid, QStringLiteral("x"));
    }

    void relevantPriors_ShouldPickThePreviousFilmOfTheDemoPatient() {
        QTemporaryDir dir;
        SyntheticPatientOptions o;
        o.xraySize = 64;
        o.ctSlices = 2;
        auto files = writeSyntheticPatient(dir.filePath("films"), o);
        QVERIFY(files);
        auto cache = Cache::open(dir.filePath("data"));
        QVERIFY(cache);
        Importer importer(*cache.value());
        QVERIFY(importer.run({dir.filePath("films")}).imported > 0);
        // The films are 9, 6, 3 days ago and today; the CT 6 days ago.
        auto studies = CacheQueries(*cache.value()).history(o.patientId);
        QVERIFY(studies);
        QStringList films;
        for (const auto& s : studies.value())
            if (s.modalities == QLatin1String("DX")) films << s.studyUid;
        QCOMPARE(films.size(), 4);
        auto priors = relevantPriors(*cache.value(), films[3]);
        QVERIFY2(priors, qPrintable(priors ? QString() : priors.error()));
        QCOMPARE(priors->size(), size_t(3));
        QCOMPARE(priors->at(0).study.studyUid, films[2]);
        QCOMPARE(priors->at(0).series.viewPosition, QStringLiteral("PA"));
        QCOMPARE(priors->at(2).study.studyUid, films[0]);
        auto none = relevantPriors(*cache.value(), films[0]);
        QVERIFY(none && none->empty());
    }
};

QTEST_GUILESS_MAIN(TestPriorSelection)
#include "test_prior_selection.moc"
