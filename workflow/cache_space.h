// How much room the cache takes and may take: the objects and bytes in the store, the disk it is
// on, and the site's quota (setting cache.quota: bytes, or a share of the disk). The first part
// of keeping a cache for months (issue 19); eviction itself is in eviction.h.
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace dicomnet::workflow {

struct CacheSpace {
    qint64 studies = 0, objects = 0, bytes = 0;              // what the index holds (file sizes)
    qint64 awayStudies = 0, awayObjects = 0, awayBytes = 0;  // evicted, held elsewhere
    qint64 pinned = 0;
    int keepDays = 0;                    // studies received this recently are not evicted
    qint64 diskTotal = 0, diskFree = 0;  // the file system of the data directory
    QString quotaSetting;                // as set ("500G", "80%"); empty: none
    std::optional<qint64> quotaBytes;    // resolved against the disk's size
    // Eviction starts above highWater × quota and goes down to lowWater × quota.
    static constexpr double kHighWater = 0.95, kLowWater = 0.85;
    bool overHighWater() const { return quotaBytes && bytes > qint64(kHighWater * *quotaBytes); }
};

Result<CacheSpace> cacheSpace(const QString& dataDir);

// "750G", "1.5T", "200000M", "512K", plain bytes, or "80%" of the disk; "off" for none.
// Refuses what is not one of these, a share outside 1–100 %, and (as a user sets it) a size
// below 1 GB; a smaller one already in the settings is read as it is.
Result<std::optional<qint64>> parseQuota(const QString& text, qint64 diskTotal,
                                         bool refuseSmall = true);
// "500M", "2G", plain bytes: a size to free.
Result<qint64> parseSize(const QString& text);
Status setCacheQuota(const QString& dataDir, const QString& text);

}  // namespace dicomnet::workflow
