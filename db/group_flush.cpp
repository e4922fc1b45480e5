#include "db/group_flush.h"

#include <QFile>
#include <QObject>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

namespace dicomnet::db {

namespace {

std::atomic<quint64> callCount{0}, flushCount{0};

class Flusher {
public:
    explicit Flusher(QString folder) : folder_(std::move(folder)) {}
    ~Flusher() {
        if (fd_ >= 0) ::close(fd_);
    }

    Status flush() {
        std::unique_lock<std::mutex> lock(mutex_);
        // A flush already running may have started before this caller's data was written: it
        // needs the next one.
        const quint64 target = started_ + 1;
        while (finished_ < target) {
            if (running_) {
                done_.wait(lock);
                continue;
            }
            running_ = true;
            const quint64 mine = ++started_;
            lock.unlock();
            int err = 0;
            if (fd_ < 0)
                fd_ = ::open(QFile::encodeName(folder_).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd_ < 0 || ::syncfs(fd_) != 0) err = errno;
            flushCount.fetch_add(1);
            lock.lock();
            running_ = false;
            finished_ = mine;
            if (err != 0) lastFailure_ = mine, lastErrno_ = err;
            done_.notify_all();
        }
        if (lastFailure_ >= target) {
            const int err = lastErrno_;
            if (err == ENOSPC || err == EDQUOT)
                return Error{QObject::tr("the disk is full: cannot write %1").arg(folder_)};
            return Error{QObject::tr("cannot write %1: %2")
                             .arg(folder_, QString::fromLocal8Bit(std::strerror(err)))};
        }
        return {};
    }

private:
    const QString folder_;
    int fd_ = -1;  // opened by the thread running a flush; guarded by running_
    std::mutex mutex_;
    std::condition_variable done_;
    bool running_ = false;
    quint64 started_ = 0, finished_ = 0, lastFailure_ = 0;
    int lastErrno_ = 0;
};

Flusher& flusherFor(const QString& folder) {
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<Flusher>> flushers;
    std::lock_guard<std::mutex> lock(mutex);
    auto& f = flushers[folder];
    if (!f) f = std::make_unique<Flusher>(folder);
    return *f;
}

}  // namespace

Status GroupFlush::flush(const QString& folder) {
    callCount.fetch_add(1);
    return flusherFor(folder).flush();
}

GroupFlush::Counts GroupFlush::counts() { return {callCount.load(), flushCount.load()}; }

}  // namespace dicomnet::db
