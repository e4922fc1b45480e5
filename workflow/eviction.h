// Keeping the cache under its quota for months (issue 19): studies evicted least recently used
// first, by name, or by the background pass once the cache passes its high-water mark; pins;
// and bringing an evicted study back from the peer or portal that holds it (C-GET, or a
// WADO-RS fetch job) when it is opened. The rules that keep a study are in db/eviction.h.
#pragma once

#include "core/result.h"
#include "db/eviction.h"
#include "workflow/progress.h"

#include <QString>

#include <utility>
#include <vector>

namespace dicomnet::workflow {

using db::StudyPresence;
using db::StudyVerdict;

// Why a study is kept, in words ("pinned by anna", "received 2 days ago"…); empty: it may go.
QString keptReason(const StudyVerdict& verdict);

// Studies received in the last N days are kept (setting cache.keep-days; 7 unless set).
Result<int> keepDays(const QString& dataDir);
Status setKeepDays(const QString& dataDir, int days);

struct EvictionOutcome {
    qint64 wanted = 0;                  // bytes the pass meant to free
    std::vector<StudyVerdict> evicted;  // a dry run: those that would go
    std::vector<StudyVerdict> kept;     // looked at on the way, kept (and why)
    bool busy = false;                  // another process was evicting: nothing done
    QString error;                      // a background pass that failed (see background_eviction.h)
    qint64 freed() const;
};

// Least recently used first until `bytes` are freed; `dryRun` changes nothing.
Result<EvictionOutcome> evictBytes(const QString& dataDir, qint64 bytes, bool dryRun);
// Above the quota's high-water mark: down to its low-water mark. Nothing to do without a
// quota or below the mark. What the listener and the window run in the background.
Result<EvictionOutcome> evictOverQuota(const QString& dataDir);
// One study (a study, series or instance UID), whatever its last use; `force` lets it go even
// when no peer or portal is known to hold it (its images are then gone from this site unless
// someone else has them). The verdict it went by.
Result<StudyVerdict> evictStudy(const QString& dataDir, const QString& uid, bool force,
                                bool dryRun);

Status pinStudy(const QString& dataDir, const QString& uid);
Status unpinStudy(const QString& dataDir, const QString& uid);
Result<std::vector<std::pair<QString, QString>>> pinnedStudies(const QString& dataDir);

Result<StudyPresence> studyPresence(const QString& dataDir, const QString& uid);

// A window of this process shows the study, or no longer does (kept meanwhile, see db/).
void markStudyOpen(const QString& dataDir, const QString& studyUid);
void markStudyClosed(const QString& dataDir, const QString& studyUid);
// Opened, compared, rendered, exported: recently used.
void touchStudy(const QString& dataDir, const QString& studyUid);

struct BringBackStep {
    QString location;
    int done = 0, total = 0;
};
// Brings back whatever of the study (any UID under it) is away: from a DICOM node by C-GET,
// from a portal by a fetch job (run here, or by the process that runs the jobs). How many
// objects came back; 0 when all were here. An error names what is still away, and where.
Result<int> bringBack(const QString& dataDir, const QString& uid,
                      const Progress<BringBackStep>& progress = {});

// What every action that reads a study's files calls first (render, compare, export,
// anonymize, send, view): brings back what is away (a UID not in the cache is left for the
// action to refuse) and counts the study as used.
Status ensureHere(const QString& dataDir, const QString& uid,
                  const Progress<BringBackStep>& progress = {});

}  // namespace dicomnet::workflow
