// Computes descriptors in the background, in a thread of its own at low priority, so that
// reception and import never wait for them: poked when an association ends or an import
// finishes, it waits until the series has settled (no object for a few seconds), computes what
// waits, and sleeps again. Used by the listener (the window's and `dicomnet listen`'s) and the
// window's imports; the site setting learning.descriptors switches it off.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace dicomnet::workflow {

class DescriptorWorker {
public:
    explicit DescriptorWorker(QString dataDir, int settleSeconds = 3);
    ~DescriptorWorker();  // stops between two series and waits
    DescriptorWorker(const DescriptorWorker&) = delete;
    DescriptorWorker& operator=(const DescriptorWorker&) = delete;

    // Something arrived: look again once it has settled.
    void poke();
    // Descriptors computed since the start (for tests and the status bar).
    int computed() const { return computed_; }

private:
    void run();

    QString dataDir_;
    int settleSeconds_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool poked_ = false;  // series left from before: at the first poke, or within a minute
    std::atomic_bool stop_{false};
    std::atomic_int computed_{0};
    std::thread thread_;
};

}  // namespace dicomnet::workflow
