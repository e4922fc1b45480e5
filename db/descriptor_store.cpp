#include "descriptor_store.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"

#include <QDateTime>

namespace dicomnet::db {

namespace {

constexpr const char* kRowColumns =
    "SELECT d.series_ref, d.study_ref, st.patient_ref, st.study_uid, se.series_uid, "
    "st.study_date, se.modality, d.state, d.kind, d.reason, d.model, d.version, d.vector, "
    "coalesce(d.seconds, 0), p.name, p.patient_id FROM descriptors d JOIN series se ON "
    "se.id = d.series_ref JOIN studies st ON st.id = d.study_ref JOIN patients p ON "
    "p.id = st.patient_ref ";

DescriptorRow rowOf(const Statement& q) {
    DescriptorRow r;
    r.seriesRef = q.integer(0), r.studyRef = q.integer(1), r.patientRef = q.integer(2);
    r.studyUid = q.text(3), r.seriesUid = q.text(4), r.studyDate = q.text(5);
    r.modality = q.text(6), r.state = DescriptorState(q.integer(7));
    r.kind = q.text(8), r.reason = q.text(9), r.model = q.text(10);
    r.version = int(q.integer(11)), r.vector = q.blob(12), r.seconds = q.real(13);
    r.patientName = q.text(14), r.patientId = q.text(15);
    return r;
}

}  // namespace

Result<std::vector<SeriesToDescribe>> DescriptorStore::waiting(int limit,
                                                               const QString& settledBefore) {
    try {
        Connection& db = cache_.connection();
        Statement q(
            db,
            "SELECT d.series_ref, d.study_ref, d.changed_at, se.modality, se.body_part, "
            "se.view_position, p.birth_date, st.study_date, se.series_uid FROM descriptors d "
            "JOIN series se ON se.id = d.series_ref JOIN studies st ON st.id = "
            "d.study_ref JOIN patients p ON p.id = st.patient_ref WHERE d.state = 0 "
            "AND (?1 = '' OR d.changed_at < ?1) ORDER BY d.changed_at LIMIT ?2");
        q.bind(1, settledBefore).bind(2, limit);
        std::vector<SeriesToDescribe> out;
        while (q.step()) {
            SeriesToDescribe s;
            s.seriesRef = q.integer(0), s.studyRef = q.integer(1), s.changedAt = q.text(2);
            s.modality = q.text(3), s.bodyPart = q.text(4), s.viewPosition = q.text(5);
            s.birthDate = q.text(6), s.studyDate = q.text(7), s.seriesUid = q.text(8);
            out.push_back(s);
        }
        Statement files(db,
                        "SELECT file_path FROM instances WHERE series_ref = ? AND rows > 0 "
                        "ORDER BY instance_number, id");
        for (SeriesToDescribe& s : out) {
            files.bind(1, s.seriesRef);
            while (files.step()) s.files << cache_.store().absolutePath(files.text(0));
            files.reset();
        }
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status DescriptorStore::store(const SeriesToDescribe& series, DescriptorState state,
                              const QString& kind, int version, const QByteArray& vector,
                              const QString& reason, double seconds, const QString& model) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE descriptors SET state = ?3, kind = ?4, version = ?5, vector = ?6, "
                    "reason = ?7, seconds = ?8, model = ?9, computed_at = ?10 "
                    "WHERE series_ref = ?1 AND changed_at = ?2 AND state = 0");
        q.bind(1, series.seriesRef).bind(2, series.changedAt).bind(3, int(state)).bind(4, kind);
        q.bind(5, version);
        if (vector.isEmpty())
            q.bindNull(6);
        else
            q.bindBlob(6, vector);
        q.bind(7, reason).bind(8, seconds).bind(9, model);
        q.bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<int> DescriptorStore::markAll() {
    try {
        Connection& db = cache_.connection();
        Transaction tx(db);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        Statement q(db, "UPDATE descriptors SET state = 0, changed_at = ? WHERE state <> 0");
        q.bind(1, now).run();
        Statement add(db,
                      "INSERT OR IGNORE INTO descriptors(series_ref, study_ref, changed_at) "
                      "SELECT id, study_ref, ? FROM series WHERE modality IN ('CR', 'DX', "
                      "'DR', 'CT')");
        add.bind(1, now).run();
        Statement n(db, "SELECT count(*) FROM descriptors WHERE state = 0");
        n.step();
        const int count = int(n.integer(0));
        n.reset();
        tx.commit();
        return count;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<int> DescriptorStore::markOutdated(const QString& kind, int version, const QString& model) {
    try {
        Connection& db = cache_.connection();
        Statement q(db,
                    "UPDATE descriptors SET state = 0 WHERE state IN (1, 2) AND kind = ? AND "
                    "(version < ? OR (state = 1 AND IFNULL(model, '') <> ?))");
        q.bind(1, kind).bind(2, version).bind(3, model).run();
        return db.changes();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<DescriptorRow>> DescriptorStore::computed(const QString& kind) {
    try {
        Statement q(cache_.connection(),
                    "SELECT d.series_ref, d.study_ref, st.patient_ref, d.vector FROM descriptors d "
                    "JOIN studies st ON st.id = d.study_ref WHERE d.state = 1 AND d.kind = ?");
        q.bind(1, kind);
        std::vector<DescriptorRow> out;
        while (q.step()) {
            DescriptorRow r;
            r.seriesRef = q.integer(0), r.studyRef = q.integer(1), r.patientRef = q.integer(2);
            r.vector = q.blob(3);
            r.kind = kind;
            r.state = DescriptorState::Computed;
            out.push_back(std::move(r));
        }
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<DescriptorRow>> DescriptorStore::ofSeries(qint64 seriesRef) {
    try {
        Statement q(cache_.connection(),
                    (QByteArray(kRowColumns) + "WHERE d.series_ref = ?").constData());
        q.bind(1, seriesRef);
        if (!q.step()) return std::optional<DescriptorRow>();
        return std::optional<DescriptorRow>(rowOf(q));
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<DescriptorRow>> DescriptorStore::ofUid(const QString& uid) {
    try {
        Connection& db = cache_.connection();
        Statement study(db, "SELECT id FROM studies WHERE study_uid = ?");
        study.bind(1, uid);
        if (study.step()) return ofStudy(study.integer(0));
        Statement series(db,
                         "SELECT id FROM series WHERE series_uid = ?1 UNION ALL SELECT series_ref "
                         "FROM instances WHERE sop_uid = ?1");
        series.bind(1, uid);
        std::vector<DescriptorRow> out;
        if (series.step()) {
            auto row = ofSeries(series.integer(0));
            if (!row) return Error{row.error()};
            if (row->has_value()) out.push_back(std::move(*row.value()));
        }
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<DescriptorRow>> DescriptorStore::ofStudy(qint64 studyRef) {
    try {
        Statement q(cache_.connection(),
                    (QByteArray(kRowColumns) + "WHERE d.study_ref = ? ORDER BY se.series_number")
                        .constData());
        q.bind(1, studyRef);
        std::vector<DescriptorRow> out;
        while (q.step()) out.push_back(rowOf(q));
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<qint64>> DescriptorStore::studyRefs(const QStringList& studyUids) {
    try {
        Statement q(cache_.connection(), "SELECT id FROM studies WHERE study_uid = ?");
        std::vector<qint64> out;
        for (const QString& uid : studyUids) {
            q.bind(1, uid);
            if (q.step()) out.push_back(q.integer(0));
            q.reset();
        }
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<DescriptorCounts> DescriptorStore::counts() {
    try {
        Statement q(cache_.connection(), "SELECT state, count(*) FROM descriptors GROUP BY state");
        DescriptorCounts c;
        while (q.step()) {
            const int n = int(q.integer(1));
            switch (q.integer(0)) {
                case 0:
                    c.toCompute = n;
                    break;
                case 1:
                    c.computed = n;
                    break;
                case 2:
                    c.notApplicable = n;
                    break;
                default:
                    c.failed += n;
            }
        }
        return c;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
