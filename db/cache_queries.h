// Read-only questions to the cache's index: patients, studies (searched by name, ID, date range,
// modality), a study's series, a series' instances, and a patient's history.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::db {

class Cache;

struct PatientRow {
    QString patientId, issuer, name, birthDate, sex;
    int studyCount = 0;
};

struct StudyRow {
    QString patientId, issuer, patientName, birthDate, sex;
    QString studyId, referringPhysician;
    QString studyUid, date, time, accession, description, modalities;
    int seriesCount = 0, instanceCount = 0;  // instances here
    // Images evicted (migration 023), and the peer or portal that holds them.
    int awayCount = 0;
    QString awayAt;
    QString bodyParts;  // distinct body parts of its series, '\\'-separated
    // Where its consultation stands (requested, draft, signed, amended), when the app has
    // looked (consult/ reads the study's SR documents); empty otherwise.
    QString consultation;
    // Its latest send, when the app has looked: to whom, and how far (a job state).
    QString sentTo, sendState;
};

struct SeriesRow {
    QString seriesUid, modality, bodyPart, description, date;
    int number = 0, instanceCount = 0;
    QString viewPosition;
    int awayCount = 0;  // images evicted (held elsewhere)
};

struct InstanceRow {
    QString sopInstanceUid, sopClassUid, transferSyntaxUid, imagePosition, filePath;
    QString seriesUid;
    int number = 0, rows = 0, columns = 0, frames = 0;
    qint64 fileSize = 0;
};

struct StudyFilter {
    QString name;           // any part of the name; case and diacritics ignored
    QString patientId;      // prefix
    QString dateFrom;       // YYYYMMDD, inclusive
    QString dateTo;         // YYYYMMDD, inclusive
    QString modality;       // one modality, e.g. CR
    QStringList studyUids;  // any of these (empty: any)
    int limit = 0;          // 0: all
};

class CacheQueries {
public:
    explicit CacheQueries(Cache& cache) : cache_(cache) {}

    Result<std::vector<PatientRow>> patients(const QString& nameContains = {});
    // Newest first.
    Result<std::vector<StudyRow>> studies(const StudyFilter& filter = {});
    Result<std::vector<SeriesRow>> series(const QString& studyUid);
    // In instance number order; file paths are absolute.
    Result<std::vector<InstanceRow>> instances(const QString& seriesUid);
    // Every study of the patient, oldest first. An empty issuer matches every issuer.
    Result<std::vector<StudyRow>> history(const QString& patientId, const QString& issuer = {});
    Result<qint64> instanceCount();
    // The instances under a study, series or instance UID (whichever it is), in study/series/
    // instance order. Empty when the UID is unknown.
    Result<std::vector<InstanceRow>> instancesUnder(const QString& uid);
    // Structured reports (Basic Text, Enhanced, Comprehensive, Comprehensive 3D SR) of a study,
    // or of every study when `studyUid` is empty.
    Result<std::vector<InstanceRow>> structuredReports(const QString& studyUid = {});
    // The study a series or an instance belongs to; empty when the UID is unknown.
    Result<QString> studyOf(const QString& seriesOrInstanceUid);
    // The series an instance belongs to; empty when the UID is unknown.
    Result<QString> seriesOf(const QString& instanceUid);

private:
    Result<std::vector<InstanceRow>> instanceRows(const char* where, const QString& uid);
    Cache& cache_;
};

}  // namespace dicomnet::db
