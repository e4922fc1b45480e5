// Imports what a user points at — files, folders, DICOMDIRs, zip archives — into the cache.
// Every valid DICOM object is stored (images or not); what is not DICOM is skipped, damaged
// DICOM is rejected with its reason, and nothing is reported imported before it is durable.
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <vector>

namespace dicomnet::db {

class Cache;

struct ImportProgress {
    int done = 0;   // items looked at
    int total = 0;  // items known so far (grows as DICOMDIRs are followed)
    qint64 bytes = 0;
    int imported = 0, duplicates = 0, skipped = 0, rejected = 0;
};

struct ImportProblem {
    QString item;
    QString reason;
};

struct ImportSummary {
    int imported = 0, duplicates = 0;
    qint64 bytes = 0;
    double seconds = 0;
    std::vector<ImportProblem> skipped;   // not DICOM
    std::vector<ImportProblem> rejected;  // damaged DICOM, unreadable input
    QStringList warnings;                 // stored, but something was odd
    QString fatalError;                   // the import stopped (disk full, index unwritable)
    bool cancelled = false;
    // Per study (UID): its patient and the objects taken in (new or already there); what the
    // audit trail records of an import.
    struct Study {
        QString patientId;
        int objects = 0;
    };
    std::map<QString, Study> studies;
    bool clean() const { return rejected.empty() && fatalError.isEmpty(); }
};

class Importer {
public:
    using ProgressFn = std::function<void(const ImportProgress&)>;
    explicit Importer(Cache& cache) : cache_(cache) {}
    // `progress` is called from this thread, at most every `progressMs` and once at the end.
    ImportSummary run(const QStringList& paths, const ProgressFn& progress = {},
                      const std::atomic_bool* cancel = nullptr, int progressMs = 100);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
