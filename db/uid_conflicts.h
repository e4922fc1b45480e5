// What the cache does when UIDs from outside contradict what it holds (one documented rule, see
// README "Conflicting UIDs"): a UID names one thing. An object is refused, with the reason, when
//  - its Series Instance UID belongs to another study in the cache (or in the same batch);
//  - its Study Instance UID belongs to another patient: both have a Patient ID and they differ,
//    or, without IDs, both names differ;
//  - its SOP Instance UID is stored in another series, or with another SOP class,
//    image size or number of frames (the UID reused for different content).
// An object whose SOP Instance UID is stored with the same series, class and image size is a
// duplicate: the stored copy stays. Our own de-identified copies coming back are duplicates too.
#pragma once

#include "core/dicom_records.h"
#include "core/result.h"

#include <QHash>
#include <QString>

#include <memory>

namespace dicomnet::db {

class Connection;
class Statement;

class UidConflicts {
public:
    explicit UidConflicts(Connection& db);
    ~UidConflicts();

    enum class Verdict { New, Duplicate, Conflict };
    // Against the index and what remember() was told since forgetBatch(). `why` is set on
    // Conflict. Throws SqliteError.
    Verdict judge(const DicomObjectInfo& object, QString& why);
    // An object accepted into the current batch (not in the index yet).
    void remember(const DicomObjectInfo& object);
    void forgetBatch();

private:
    struct Statements;
    struct InstanceFacts {
        QString seriesUid;
        QString sopClassUid;
        int rows = 0;
        int columns = 0;
        int frames = 0;
    };
    Verdict judgeInstance(const InstanceFacts& stored, const DicomObjectInfo& object, QString& why);
    bool knownPseudonym(const QString& uid);

    Connection& db_;
    std::unique_ptr<Statements> statements_;
    QHash<QString, InstanceFacts> batchInstances_;
    QHash<QString, QString> batchSeriesStudy_;
    QHash<QString, PatientRecord> batchStudyPatient_;
};

// True when two records can be the same patient (see the rule above).
bool samePatient(const PatientRecord& a, const PatientRecord& b);

}  // namespace dicomnet::db
