// dicomnet_bench_index: grows an index to N instances of synthetic patients (index rows only,
// in large transactions, as a long-used workstation would have them), then times the queries a
// user waits for: a patient's history and a search by name.
//   dicomnet_bench_index DATA_DIR [INSTANCES=1000000] [INSTANCES_PER_STUDY=10]
#include "core/person_name.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/consultation_index.h"
#include "db/sqlite.h"
#include "db/statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace dicomnet;

namespace {

const char* kFamily[] = {"Popescu",  "Rusu",    "Ciobanu", "Munteanu", "Știrbu",
                         "Țurcanu",  "Lungu",   "Ceban",   "Cojocaru", "Răileanu",
                         "Botnaru",  "Sârbu",   "Ivanov",  "Попов",    "Смирнов",
                         "Кузнецов", "Морозов", "Гуцу",    "Bălan",    "Dumitrașcu"};
const char* kGiven[] = {"Ion",     "Maria",    "Ana",     "Vasile", "Elena",
                        "Ștefan",  "Tatiana",  "Andrei",  "Ирина",  "Сергей",
                        "Natalia", "Gheorghe", "Ludmila", "Mihai",  "Olga"};
const char* kModalities[] = {"CR", "DX", "CT", "MR", "US"};

QString familyName(int i) {
    return QString::fromUtf8(kFamily[i % 20]) + (i % 7 ? QString() : QStringLiteral("-Ursu"));
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
double p95(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * 95 / 100)];
}

void populate(db::Connection& c, qint64 target, int perStudy, QTextStream& out) {
    db::Statement count(c, "SELECT count(*) FROM instances");
    count.step();
    qint64 have = count.integer(0);
    count.reset();
    if (have >= target) return;
    out << "populating " << target - have << " instances…\n";
    out.flush();
    QElapsedTimer t;
    t.start();
    auto* rng = QRandomGenerator::global();
    int study = int(have / perStudy);
    while (have < target) {
        db::Transaction tx(c);
        db::Statement addPatient(
            c,
            "INSERT OR IGNORE INTO patients(identity_key, patient_id, issuer, name, name_key, "
            "birth_date, sex) VALUES (?,?,'',?,?,'19600101','O')");
        db::Statement patientRef(c, "SELECT id FROM patients WHERE identity_key = ?");
        db::Statement addStudy(
            c,
            "INSERT INTO studies(patient_ref, study_uid, study_date, study_time, description, "
            "modalities, series_count, instance_count, added_at) VALUES (?,?,?,'120000',"
            "'Synthetic',?,1,?,'2026-01-01T00:00:00Z')");
        db::Statement addSeries(
            c,
            "INSERT INTO series(study_ref, series_uid, modality, series_number, instance_count) "
            "VALUES (?,?,?,1,?)");
        db::Statement addInstance(
            c,
            "INSERT INTO instances(series_ref, sop_uid, sop_class_uid, transfer_syntax, "
            "instance_number, file_path, file_size, added_at) VALUES "
            "(?,?,'1.2.840.10008.5.1.4.1.1.1',"
            "'1.2.840.10008.1.2.1',?,?,524288,'2026-01-01T00:00:00Z')");
        for (int k = 0; k < 2000 && have < target; ++k, ++study) {
            const int patient = study / 3;  // 3 to 4 studies per admission-like patient
            const QString pid = QStringLiteral("MD-%1").arg(patient, 7, 10, QLatin1Char('0'));
            const QString name = familyName(patient) + QLatin1Char('^') +
                                 QString::fromUtf8(kGiven[(patient / 20) % 15]) +
                                 QString::number(patient % 1000);
            addPatient.bind(1, pid + QChar(0x1f))
                .bind(2, pid)
                .bind(3, name)
                .bind(4, searchKey(name))
                .run();
            patientRef.bind(1, pid + QChar(0x1f));
            patientRef.step();
            const qint64 pref = patientRef.integer(0);
            patientRef.reset();
            const QString studyUid = QStringLiteral("2.25.1.%1").arg(study);
            const QString date = QDate(2015, 1, 1).addDays(rng->bounded(4000)).toString("yyyyMMdd");
            const char* mod = kModalities[study % 5];
            addStudy.bind(1, pref)
                .bind(2, studyUid)
                .bind(3, date)
                .bind(4, QString::fromLatin1(mod))
                .bind(5, perStudy)
                .run();
            const qint64 sref = c.lastInsertId();
            addSeries.bind(1, sref)
                .bind(2, studyUid + ".1")
                .bind(3, QString::fromLatin1(mod))
                .bind(4, perStudy)
                .run();
            const qint64 seref = c.lastInsertId();
            for (int i = 1; i <= perStudy && have < target; ++i, ++have) {
                const QString sop = studyUid + QStringLiteral(".1.%1").arg(i);
                addInstance.bind(1, seref)
                    .bind(2, sop)
                    .bind(3, i)
                    .bind(4, QStringLiteral("synthetic/%1/%2.dcm").arg(study).arg(i))
                    .run();
            }
        }
        tx.commit();
    }
    out << "populated in " << t.elapsed() / 1000.0 << " s\n";
}

// Consultation rows (migration 021) for one study in four: a request and, 1 to 72 hours later,
// a signed answer by one of twelve readers; one in three about COVID-19. They are attached to the
// study's first two instances (the statistics' SQL joins them exactly as it joins SRs).
void seedConsultations(db::Cache& cache, QTextStream& out) {
    db::Connection& c = cache.connection();
    db::Statement count(c, "SELECT count(*) FROM consultations");
    count.step();
    if (count.integer(0) > 0) return;
    count.reset();
    QElapsedTimer t;
    t.start();
    auto* rng = QRandomGenerator::global();
    db::Transaction tx(c);
    db::Statement studies(c,
                          "SELECT s.id, s.study_date, min(i.id), min(i.id) + 1 FROM "
                          "studies s JOIN series se ON se.study_ref = s.id JOIN instances i ON "
                          "i.series_ref = se.id WHERE s.id % 4 = 0 GROUP BY s.id");
    db::Statement add(
        c,
        "INSERT INTO consultations(instance_ref, sop_uid, study_ref, read_state, kind, "
        "template, state, signed, author, document_time, answers_uid, covid) "
        "VALUES (?1, (SELECT sop_uid FROM instances WHERE id = ?1), ?2, 1, ?3, ?4, ?5, ?6, ?7, "
        "?8, coalesce((SELECT sop_uid FROM instances WHERE id = ?9), ''), ?10)");
    qint64 rows = 0;
    while (studies.step()) {
        const QString date = studies.text(1);
        const QDateTime asked(QDate::fromString(date, "yyyyMMdd"), QTime(8, 0));
        const bool covid = rng->bounded(3) == 0;
        const QString reader = QStringLiteral("Reader%1^Synthetic").arg(rng->bounded(12));
        add.bind(1, studies.integer(2))
            .bind(2, studies.integer(0))
            .bind(3, QStringLiteral("request"));
        add.bind(4, QString()).bind(5, QStringLiteral("requested")).bind(6, 0);
        add.bind(7, QStringLiteral("Clinician^Synthetic"));
        add.bind(8, asked.toString("yyyy-MM-dd HH:mm:ss")).bind(9, 0).bind(10, covid ? 1 : 0);
        add.run();
        add.bind(1, studies.integer(3)).bind(2, studies.integer(0));
        add.bind(3, QStringLiteral("consultation"));
        add.bind(4, covid ? QStringLiteral("chest-xray-covid") : QStringLiteral("free"));
        add.bind(5, QStringLiteral("final")).bind(6, 1).bind(7, reader);
        add.bind(8, asked.addSecs(3600 * (1 + rng->bounded(72))).toString("yyyy-MM-dd HH:mm:ss"));
        add.bind(9, studies.integer(2)).bind(10, covid ? 1 : 0);
        add.run();
        rows += 2;
    }
    tx.commit();
    if (Status s = db::ConsultationIndex(cache).refreshTurnaround(); !s) out << s.error() << "\n";
    out << "consultation rows: " << rows << " in " << t.elapsed() / 1000.0 << " s\n";
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList a = app.arguments();
    if (a.size() < 2) {
        out << "usage: dicomnet_bench_index DATA_DIR [INSTANCES] [INSTANCES_PER_STUDY]\n";
        return 2;
    }
    const qint64 target = a.size() > 2 ? a[2].toLongLong() : 1000000;
    const int perStudy = a.size() > 3 ? a[3].toInt() : 10;
    auto cache = db::Cache::open(a[1]);
    if (!cache) {
        out << cache.error() << "\n";
        return 1;
    }
    populate(cache.value()->connection(), target, perStudy, out);
    seedConsultations(*cache.value(), out);
    cache.value()->connection().exec("ANALYZE");
    db::CacheQueries q(*cache.value());
    const qint64 instances = q.instanceCount().value();
    const int patients = int(target / perStudy / 3);  // the synthetic ones, MD-0000000…

    auto* rng = QRandomGenerator::global();
    std::vector<double> history, search;
    qint64 searchRows = 0;
    for (int i = 0; i < 300; ++i) {
        const QString pid =
            QStringLiteral("MD-%1").arg(rng->bounded(patients), 7, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        auto rows = q.history(pid);
        history.push_back(t.nsecsElapsed() / 1e6);
        if (!rows || rows.value().empty()) {
            out << "history of " << pid << " is empty\n";
            return 1;
        }
    }
    for (int i = 0; i < 100; ++i) {
        // What a user types: part of a family name, with or without its diacritics, and a
        // given name with a number to make it specific (as a full name would).
        const int patient = rng->bounded(patients);
        const QString query = familyName(patient).left(5) + QLatin1Char(' ') +
                              QString::fromUtf8(kGiven[(patient / 20) % 15]) +
                              QString::number(patient % 1000);
        db::StudyFilter f;
        f.name = query;
        QElapsedTimer t;
        t.start();
        auto rows = q.studies(f);
        search.push_back(t.nsecsElapsed() / 1e6);
        searchRows += qint64(rows.value().size());
    }
    out << QStringLiteral("instances %1, studies %2, patients ~%3\n")
               .arg(instances)
               .arg(instances / perStudy)
               .arg(patients);
    out << QStringLiteral("history: median %1 ms, p95 %2 ms (300 random patients)\n")
               .arg(median(history), 0, 'f', 3)
               .arg(p95(history), 0, 'f', 3);
    out << QStringLiteral(
               "name search: median %1 ms, p95 %2 ms (100 queries, %3 studies found on average)\n")
               .arg(median(search), 0, 'f', 3)
               .arg(p95(search), 0, 'f', 3)
               .arg(double(searchRows) / 100, 0, 'f', 1);

    // The statistics' SQL in-process (what `stats` adds to the process's start), 9 runs each.
    db::Statistics stats(*cache.value());
    const std::pair<const char*, db::StatsPeriod> periods[] = {{"month", db::StatsPeriod::Month},
                                                               {"week", db::StatsPeriod::Week},
                                                               {"modality", db::StatsPeriod::All}};
    for (const auto& [name, period] : periods) {
        std::vector<double> volume, consultations;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer t;
            t.start();
            if (!stats.volume({}, period)) return 1;
            volume.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            if (!stats.consultations({}, period)) return 1;
            consultations.push_back(t.nsecsElapsed() / 1e6);
        }
        out << QStringLiteral(
                   "stats by %1 in-process: volume median %2 ms, consultations median "
                   "%3 ms\n")
                   .arg(QString::fromLatin1(name))
                   .arg(median(volume), 0, 'f', 1)
                   .arg(median(consultations), 0, 'f', 1);
    }
    std::vector<double> readers;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        if (!stats.readers({})) return 1;
        readers.push_back(t.nsecsElapsed() / 1e6);
    }
    out << QStringLiteral("stats by reader in-process: median %1 ms\n")
               .arg(median(readers), 0, 'f', 1);
    return 0;
}
