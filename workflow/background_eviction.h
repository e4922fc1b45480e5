// The eviction pass in the background (workflow/eviction.h): in a thread of its own, once at
// the start and whenever it is poked (an association ended, an import finished), at most once
// every few seconds, it evicts down to the low-water mark when the cache is above its quota's
// high-water mark. What it did, or that it could not free enough, is told to `told` (from its
// thread). Used by the listener (the window's and `dicomnet listen`'s).
#pragma once

#include "workflow/eviction.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace dicomnet::workflow {

class BackgroundEviction {
public:
    using Told = std::function<void(const EvictionOutcome& outcome)>;
    explicit BackgroundEviction(QString dataDir, Told told, int minimumGapSeconds = 5);
    ~BackgroundEviction();  // waits for a pass under way (between two studies it stops)
    BackgroundEviction(const BackgroundEviction&) = delete;
    BackgroundEviction& operator=(const BackgroundEviction&) = delete;

    void poke();
    int passes() const { return passes_; }

private:
    void run();
    QString dataDir_;
    Told told_;
    int gapSeconds_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool poked_ = true;  // the first pass at once
    std::atomic_bool stop_{false};
    std::atomic_int passes_{0};
    std::thread thread_;
};

// "evicted 3 studies (1.2 GB), held by PACS; 40 MB over the low-water mark kept: …" — one line
// for the listener's output and the window's status bar; empty when nothing was to do.
QString describeEviction(const EvictionOutcome& outcome);

}  // namespace dicomnet::workflow
