#include "workflow/descriptor_worker.h"

#include "workflow/features.h"

#include <QtGlobal>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>

namespace dicomnet::workflow {

DescriptorWorker::DescriptorWorker(QString dataDir, int settleSeconds)
    : dataDir_(std::move(dataDir)), settleSeconds_(settleSeconds) {
    thread_ = std::thread([this] { run(); });
}

DescriptorWorker::~DescriptorWorker() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void DescriptorWorker::poke() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        poked_ = true;
    }
    wake_.notify_all();
}

void DescriptorWorker::run() {
    // Below the threads that receive: a descriptor may wait, an acknowledgement may not.
    ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10);
    bool warned = false;
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stop_) {
        // Every minute anyway: a series that was still arriving at the last look.
        wake_.wait_for(lock, std::chrono::seconds(60), [this] { return poked_ || stop_; });
        if (stop_) break;
        poked_ = false;
        // Let the series settle; a further poke meanwhile starts the wait again.
        while (!stop_ && wake_.wait_for(lock, std::chrono::seconds(settleSeconds_),
                                        [this] { return poked_ || stop_; }))
            poked_ = false;
        if (stop_) break;
        lock.unlock();
        DescriptorOptions options;
        options.settleSeconds = settleSeconds_;
        options.cancel = &stop_;
        auto run = computeDescriptors(dataDir_, options);
        bool again = false;
        if (run) {
            computed_ += run->computed + run->notApplicable + run->failed;
            // A series still arriving (or marked within the last seconds): look again soon.
            again = run->stillWaiting > 0 && !stop_;
        } else if (!warned) {
            qWarning("dicomnet: descriptors: %s", qPrintable(run.error()));
            warned = true;
        }
        lock.lock();
        if (again) poked_ = true;
    }
}

}  // namespace dicomnet::workflow
