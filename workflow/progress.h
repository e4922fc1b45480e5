// How a long action (import, send, sync, retrieve) tells how far it is and learns that it is to
// stop, the same for every action: the window's workers and the terminal's progress bars each
// hand one to the action. `Step` is what the action reports (objects done of total, bytes…).
#pragma once

#include <atomic>
#include <functional>
#include <utility>

namespace dicomnet::workflow {

template <class Step>
class Progress {
public:
    using Report = std::function<void(const Step& step)>;

    Progress() = default;
    explicit Progress(Report report, const std::atomic_bool* cancel = nullptr)
        : report_(std::move(report)), cancel_(cancel) {}

    // Called from the thread that runs the action.
    void report(const Step& step) const {
        if (report_) report_(step);
    }
    bool cancelled() const { return cancel_ && cancel_->load(); }

    // For the modules below workflow, which take a callback and a flag.
    const Report& reporter() const { return report_; }
    const std::atomic_bool* cancelFlag() const { return cancel_; }

private:
    Report report_;
    const std::atomic_bool* cancel_ = nullptr;
};

}  // namespace dicomnet::workflow
