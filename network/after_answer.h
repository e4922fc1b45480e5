// What an association of the listener does after it answered a C-STORE — the object's index
// row, telling the listeners — done by a helper thread while the association reads its next
// object. One task at a time, in order; wait() returns once everything handed over is done.
// The association waits before it touches the index again (the next object's checks, a query,
// its release), so the two threads never use the index connection at once.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace dicomnet::network {

class AfterAnswer {
public:
    AfterAnswer() = default;
    ~AfterAnswer();
    AfterAnswer(const AfterAnswer&) = delete;
    AfterAnswer& operator=(const AfterAnswer&) = delete;

    void run(std::function<void()> task);
    void wait();

private:
    void loop();

    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::deque<std::function<void()>> tasks_;
    bool busy_ = false;
    bool stopping_ = false;
    std::thread thread_;  // started by the first task
};

}  // namespace dicomnet::network
