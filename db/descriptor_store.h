// The descriptors table (migration 022): which film and CT series wait for their descriptor,
// and the computed vectors for the learning module. The vectors are bytes here (db/ does not
// know their layout; learning/descriptor.h packs and unpacks them).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::db {

class Cache;

struct SeriesToDescribe {
    qint64 seriesRef = 0, studyRef = 0;
    QString seriesUid;
    QString changedAt;  // the mark this computation answers (a newer object starts it again)
    QString modality, bodyPart, viewPosition;
    QString birthDate, studyDate;  // YYYYMMDD, or empty
    QStringList files;             // absolute, in instance order
};

enum class DescriptorState { ToCompute = 0, Computed = 1, NotApplicable = 2, Failed = 3 };

struct DescriptorRow {
    qint64 seriesRef = 0, studyRef = 0, patientRef = 0;
    QString studyUid, seriesUid, studyDate, modality;
    QString patientName, patientId;  // DICOM PN and LO, as indexed
    DescriptorState state = DescriptorState::ToCompute;
    QString kind, reason, model;
    int version = 0;
    QByteArray vector;
    double seconds = 0;
};

struct DescriptorCounts {
    int toCompute = 0, computed = 0, notApplicable = 0, failed = 0;
};

class DescriptorStore {
public:
    explicit DescriptorStore(Cache& cache) : cache_(cache) {}

    // Series to compute whose last object was indexed before `settledBefore` (UTC, ISO 8601;
    // empty: all), oldest first, at most `limit`.
    Result<std::vector<SeriesToDescribe>> waiting(int limit, const QString& settledBefore = {});
    // Stores a result unless the series received an object since `changedAt` (then it stays
    // to compute). `vector` empty unless computed.
    Status store(const SeriesToDescribe& series, DescriptorState state, const QString& kind,
                 int version, const QByteArray& vector, const QString& reason, double seconds,
                 const QString& model = {});
    // Everything to compute again (`dicomnet features --rebuild`); returns how many.
    Result<int> markAll();
    // Descriptors of `kind` older than `version`, or computed with another site model, to
    // compute again; returns how many.
    Result<int> markOutdated(const QString& kind, int version, const QString& model);
    // Every computed descriptor of `kind`: its series, study and patient ids and the vector
    // only (what a similar-case search scans).
    Result<std::vector<DescriptorRow>> computed(const QString& kind);
    // One series' descriptor with what a person reads (UIDs, date, patient); none if absent.
    Result<std::optional<DescriptorRow>> ofSeries(qint64 seriesRef);
    // The descriptors under a study, series or instance UID (any state); none for an unknown UID.
    Result<std::vector<DescriptorRow>> ofUid(const QString& uid);
    // The descriptors of a study's series (any state).
    Result<std::vector<DescriptorRow>> ofStudy(qint64 studyRef);
    Result<DescriptorCounts> counts();
    // The index's ids of these study UIDs (those it has).
    Result<std::vector<qint64>> studyRefs(const QStringList& studyUids);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
