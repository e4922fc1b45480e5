// The consultation index (migration 021): what each structured report in the cache is — a
// request, a consultation or a report, its template, state, reader, time and the request it
// answers — kept in SQLite so that statistics count consultations with SQL. The writer notes
// every SR as it is indexed; consult/ reads the unread ones and records what they say.
#pragma once

#include "core/result.h"

#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace dicomnet::db {

class Cache;

struct UnreadReport {
    qint64 instanceRef = 0;
    QString filePath;  // absolute
};

struct ReportEntry {
    qint64 instanceRef = 0;
    bool readable = true;  // false: the document could not be read (state 2, not read again)
    QString kind, templateName, state, urgency, author, requestedFrom;
    QString documentTime;  // 'YYYY-MM-DD HH:MM:SS', or empty
    QString answersUid;    // as the document names it; recorded as the real (not pseudonymous) UID
    bool isSigned = false, covid = false;
    std::vector<std::pair<QString, int>> scores;  // code in 99DICOMNET → value (consultations)
};

class ConsultationIndex {
public:
    explicit ConsultationIndex(Cache& cache) : cache_(cache) {}
    // SRs noted but not read yet, at most `limit`, oldest first.
    Result<std::vector<UnreadReport>> unread(int limit);
    // Records what the documents say, in one transaction.
    Status record(const std::vector<ReportEntry>& entries);
    // The scores of each study's signed final consultation (the latest when there are several:
    // an amendment replaces what it amends): study id → code → value.
    Result<std::map<qint64, std::map<QString, int>>> signedScoresByStudy();
    // Recomputes every request's answered flag and turnaround (record() keeps those it touches).
    Status refreshTurnaround();

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
