// Eviction: a study's images leave the store when the cache needs the room, and stay in the
// index as held elsewhere (away_instances, migration 023) until they are fetched back. Its
// structured reports never leave. A study is kept while any rule below holds; only "no peer or
// portal is known to hold it" can be overridden, by naming the study and forcing it.
//
// Crash safety: the rows are first marked leaving (a flushed commit), then the files are
// removed and their folders flushed, then the rows move to away_instances. A crash in between
// leaves rows marked leaving, which the next Cache::open finishes: an object is either here
// with its file, or away, never half of each.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::db {

class Cache;

struct EvictionRules {
    qint64 nowMs = 0;
    qint64 keepReceivedMs = 0;  // a study that received an object this recently stays
    bool force = false;         // go even when no peer or portal is known to hold it
};

struct StudyVerdict {
    enum class Kept {
        No,
        Pinned,       // detail: who pinned it
        Open,         // open in a window; detail: the process
        Recent,       // detail: when it last received an object (ms since the epoch)
        Job,          // a send or fetch of it not complete; detail: the job's id
        Draft,        // a consultation draft not yet signed
        Request,      // a consultation request not yet answered
        Unread,       // a document the consultation index has not read yet
        NotHeld,      // no peer or portal is known to hold all of its images
        NothingHere,  // no images here (away already, or only documents)
    };
    qint64 studyRef = 0;
    QString studyUid;
    int objects = 0;  // images here, which would go
    qint64 bytes = 0;
    qint64 usedMs = 0, receivedMs = 0;
    QString location;  // a peer or portal holding every one of them; empty: none known
    Kept kept = Kept::No;
    QString detail;
    bool mayGo() const { return kept == Kept::No; }
};

// Where a study's images are: here, away (and where), being fetched back.
struct StudyPresence {
    int here = 0, away = 0;  // images (documents are always here)
    QStringList locations;   // of those away
};

class Eviction {
public:
    explicit Eviction(Cache& cache) : cache_(cache) {}

    // The verdict on one study; none when the UID is unknown.
    Result<std::optional<StudyVerdict>> judge(const QString& studyUid, const EvictionRules& rules);
    // Studies with images here, least recently used first, judged, until those that may go
    // add up to `bytesWanted` (every such study when it is <= 0). Kept ones are listed too when
    // `withKept`.
    Result<std::vector<StudyVerdict>> leastRecentlyUsed(const EvictionRules& rules,
                                                        qint64 bytesWanted, bool withKept);
    // Judges the study again under the write lock and, when it may go, evicts its images. The
    // verdict it went by (kept: nothing was removed).
    Result<StudyVerdict> evict(const QString& studyUid, const EvictionRules& rules);
    // Finishes evictions that a crash interrupted; how many objects it finished.
    static Result<int> finishInterrupted(Cache& cache);

    Result<StudyPresence> presence(const QString& studyUid);

    Status pin(const QString& studyUid, const QString& login, qint64 nowMs);
    Status unpin(const QString& studyUid);
    // Pinned studies: UID and who pinned it.
    Result<std::vector<std::pair<QString, QString>>> pins();
    // A window of process `pid` shows the study (or stopped showing it); also counts as a use.
    Status markOpen(const QString& studyUid, qint64 pid, qint64 nowMs);
    Status markClosed(const QString& studyUid, qint64 pid);
    // Opened, compared, rendered or exported: recently used.
    Status touch(const QString& studyUid, qint64 nowMs);

private:
    std::optional<StudyVerdict> judgeLocked(const QString& studyUid, const EvictionRules& rules);
    Cache& cache_;
};

}  // namespace dicomnet::db
