#include "cache_queries.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"

#include "core/person_name.h"

#include <QObject>

namespace dicomnet::db {

namespace {

QString likeEscaped(const QString& s) {
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// "pop ion" → "pop"* AND "ion"*: every word typed is the beginning of a word of the name.
QString nameMatch(const QString& typed) {
    QStringList terms;
    for (QString word : searchKey(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty()) terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

Error readError(const SqliteError& e) {
    return Error{QObject::tr("cannot read the index: %1").arg(QString::fromUtf8(e.what()))};
}

const char kStudyColumns[] =
    "SELECT p.patient_id, p.issuer, p.name, s.study_uid, s.study_date, s.study_time, "
    "s.accession, s.description, s.modalities, s.series_count, s.instance_count, "
    "p.birth_date, p.sex, s.study_id, s.referring, s.away_count, s.away_at "
    "FROM studies s JOIN patients p ON p.id = s.patient_ref ";
// The same and the body parts of the study's series (for a patient's history: a few rows).
const char kStudyColumnsWithBodyParts[] =
    "SELECT p.patient_id, p.issuer, p.name, s.study_uid, s.study_date, s.study_time, "
    "s.accession, s.description, s.modalities, s.series_count, s.instance_count, "
    "p.birth_date, p.sex, s.study_id, s.referring, s.away_count, s.away_at, "
    "coalesce((SELECT group_concat(b, '\\') FROM (SELECT DISTINCT body_part AS b FROM series "
    "WHERE study_ref = s.id AND body_part <> '' ORDER BY body_part)), '') "
    "FROM studies s JOIN patients p ON p.id = s.patient_ref ";

StudyRow studyRow(const Statement& q) {
    StudyRow r;
    r.patientId = q.text(0);
    r.issuer = q.text(1);
    r.patientName = q.text(2);
    r.studyUid = q.text(3);
    r.date = q.text(4);
    r.time = q.text(5);
    r.accession = q.text(6);
    r.description = q.text(7);
    r.modalities = q.text(8);
    r.seriesCount = int(q.integer(9));
    r.instanceCount = int(q.integer(10));
    r.birthDate = q.text(11);
    r.sex = q.text(12);
    r.studyId = q.text(13);
    r.referringPhysician = q.text(14);
    r.awayCount = int(q.integer(15));
    if (r.awayCount > 0) r.awayAt = q.text(16);
    if (q.columnCount() > 17) r.bodyParts = q.text(17);
    return r;
}

}  // namespace

Result<std::vector<PatientRow>> CacheQueries::patients(const QString& nameContains) {
    const QString match = nameMatch(nameContains);
    QByteArray sql =
        "SELECT p.patient_id, p.issuer, p.name, p.birth_date, p.sex, "
        "(SELECT count(*) FROM studies s WHERE s.patient_ref = p.id) FROM patients p ";
    if (!match.isEmpty())
        sql += "WHERE p.id IN (SELECT rowid FROM patient_names WHERE patient_names MATCH ?1) ";
    sql += "ORDER BY p.name_key, p.patient_id";
    try {
        Statement q(cache_.connection(), sql.constData());
        if (!match.isEmpty()) q.bind(1, match);
        std::vector<PatientRow> rows;
        while (q.step())
            rows.push_back(
                {q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), int(q.integer(5))});
        return rows;
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<std::vector<StudyRow>> CacheQueries::studies(const StudyFilter& f) {
    QByteArray sql = kStudyColumns;
    sql += "WHERE 1 ";
    const QString match = nameMatch(f.name);
    if (!match.isEmpty())
        sql += "AND p.id IN (SELECT rowid FROM patient_names WHERE patient_names MATCH ?1) ";
    if (!f.patientId.isEmpty()) sql += "AND p.patient_id LIKE ?2 ESCAPE '\\' ";
    if (!f.dateFrom.isEmpty()) sql += "AND s.study_date >= ?3 ";
    if (!f.dateTo.isEmpty()) sql += "AND s.study_date <> '' AND s.study_date <= ?4 ";
    if (!f.modality.isEmpty()) sql += "AND ('\\' || s.modalities || '\\') LIKE ?5 ESCAPE '|' ";
    if (!f.studyUids.isEmpty()) {
        sql += "AND s.study_uid IN (";
        for (int i = 0; i < f.studyUids.size(); ++i)
            sql += i ? ",?" + QByteArray::number(10 + i) : "?" + QByteArray::number(10 + i);
        sql += ") ";
    }
    sql += "ORDER BY s.study_date DESC, s.study_time DESC, s.id DESC ";
    if (f.limit > 0) sql += "LIMIT ?6";
    try {
        Statement q(cache_.connection(), sql.constData());
        if (!match.isEmpty()) q.bind(1, match);
        if (!f.patientId.isEmpty()) q.bind(2, likeEscaped(f.patientId) + QLatin1Char('%'));
        if (!f.dateFrom.isEmpty()) q.bind(3, f.dateFrom);
        if (!f.dateTo.isEmpty()) q.bind(4, f.dateTo);
        if (!f.modality.isEmpty())
            q.bind(5, QStringLiteral("%\\") + f.modality.toUpper() + QStringLiteral("\\%"));
        if (f.limit > 0) q.bind(6, f.limit);
        for (int i = 0; i < f.studyUids.size(); ++i) q.bind(10 + i, f.studyUids[i]);
        std::vector<StudyRow> rows;
        while (q.step()) rows.push_back(studyRow(q));
        return rows;
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<QString> CacheQueries::studyOf(const QString& uid) {
    try {
        Statement q(cache_.connection(),
                    "SELECT s.study_uid FROM studies s JOIN series r ON r.study_ref = s.id "
                    "WHERE r.series_uid = ?1 UNION ALL "
                    "SELECT s.study_uid FROM studies s JOIN series r ON r.study_ref = s.id "
                    "JOIN instances i ON i.series_ref = r.id WHERE i.sop_uid = ?1 UNION ALL "
                    "SELECT s.study_uid FROM studies s JOIN away_instances a ON a.study_ref = "
                    "s.id WHERE a.sop_uid = ?1 LIMIT 1");
        q.bind(1, uid);
        return q.step() ? q.text(0) : QString();
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<QString> CacheQueries::seriesOf(const QString& instanceUid) {
    try {
        Statement q(cache_.connection(),
                    "SELECT r.series_uid FROM series r JOIN instances i ON i.series_ref = r.id "
                    "WHERE i.sop_uid = ?1 LIMIT 1");
        q.bind(1, instanceUid);
        return q.step() ? q.text(0) : QString();
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<std::vector<SeriesRow>> CacheQueries::series(const QString& studyUid) {
    try {
        Statement q(cache_.connection(),
                    "SELECT r.series_uid, r.modality, r.body_part, r.description, r.series_date, "
                    "r.series_number, r.instance_count, r.view_position, (SELECT count(*) "
                    "FROM away_instances a WHERE a.study_ref = r.study_ref AND a.series_ref = "
                    "r.id) FROM series r JOIN studies s ON s.id = r.study_ref "
                    "WHERE s.study_uid = ? ORDER BY r.series_number, r.id");
        q.bind(1, studyUid);
        std::vector<SeriesRow> rows;
        while (q.step()) {
            rows.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                            int(q.integer(5)), int(q.integer(6)), q.text(7)});
            rows.back().awayCount = int(q.integer(8));
        }
        return rows;
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<std::vector<InstanceRow>> CacheQueries::structuredReports(const QString& studyUid) {
    return instanceRows(
        "WHERE (?1 = '' OR s.study_uid = ?1) AND i.sop_class_uid IN "
        "('1.2.840.10008.5.1.4.1.1.88.11', '1.2.840.10008.5.1.4.1.1.88.22', "
        "'1.2.840.10008.5.1.4.1.1.88.33', '1.2.840.10008.5.1.4.1.1.88.34')",
        studyUid);
}

Result<std::vector<InstanceRow>> CacheQueries::instances(const QString& seriesUid) {
    return instanceRows("WHERE r.series_uid = ?1", seriesUid);
}

Result<std::vector<InstanceRow>> CacheQueries::instancesUnder(const QString& uid) {
    // One level at a time, each by its unique index (an OR across the joined tables would
    // scan every instance).
    for (const char* where :
         {"WHERE i.sop_uid = ?1", "WHERE r.series_uid = ?1", "WHERE s.study_uid = ?1"}) {
        auto rows = instanceRows(where, uid);
        if (!rows || !rows->empty()) return rows;
    }
    return std::vector<InstanceRow>{};
}

Result<std::vector<InstanceRow>> CacheQueries::instanceRows(const char* where, const QString& uid) {
    QByteArray sql =
        "SELECT i.sop_uid, i.sop_class_uid, i.transfer_syntax, i.image_position, "
        "i.file_path, i.instance_number, i.rows, i.columns, i.frames, i.file_size, "
        "r.series_uid FROM instances i JOIN series r ON r.id = i.series_ref JOIN studies s ON s.id "
        "= "
        "r.study_ref ";
    sql += where;
    sql += " ORDER BY s.id, r.series_number, r.id, i.instance_number, i.id";
    try {
        Statement q(cache_.connection(), sql.constData());
        q.bind(1, uid);
        std::vector<InstanceRow> rows;
        while (q.step()) {
            InstanceRow r;
            r.sopInstanceUid = q.text(0);
            r.sopClassUid = q.text(1);
            r.transferSyntaxUid = q.text(2);
            r.imagePosition = q.text(3);
            r.filePath = cache_.store().absolutePath(q.text(4));
            r.number = int(q.integer(5));
            r.rows = int(q.integer(6));
            r.columns = int(q.integer(7));
            r.frames = int(q.integer(8));
            r.fileSize = q.integer(9);
            r.seriesUid = q.text(10);
            rows.push_back(r);
        }
        return rows;
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<std::vector<StudyRow>> CacheQueries::history(const QString& patientId,
                                                    const QString& issuer) {
    QByteArray sql = kStudyColumnsWithBodyParts;
    sql += "WHERE p.patient_id = ?1 ";
    if (!issuer.isEmpty()) sql += "AND p.issuer = ?2 ";
    sql += "ORDER BY s.study_date, s.study_time, s.id";
    try {
        Statement q(cache_.connection(), sql.constData());
        q.bind(1, patientId);
        if (!issuer.isEmpty()) q.bind(2, issuer);
        std::vector<StudyRow> rows;
        while (q.step()) rows.push_back(studyRow(q));
        return rows;
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

Result<qint64> CacheQueries::instanceCount() {
    try {
        Statement q(cache_.connection(), "SELECT count(*) FROM instances");
        return q.step() ? q.integer(0) : 0;
    } catch (const SqliteError& e) {
        return readError(e);
    }
}

}  // namespace dicomnet::db
