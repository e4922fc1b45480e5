#include "direct_file_sink.h"

#include <QFile>
#include <QObject>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace dicomnet::network {

namespace {

constexpr size_t kAlign = 4096;             // covers the logical block size of any disk here
constexpr size_t kStep = 256 * 1024;        // handed to the disk as soon as this much arrived
constexpr size_t kKeep = 16 * 1024 * 1024;  // objects up to this stay whole in memory

int writeFully(int fd, const char* data, size_t n, off_t offset) {
    size_t done = 0;
    while (done < n) {
        const ssize_t w = ::pwrite(fd, data + done, n - done, offset + off_t(done));
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return w < 0 ? errno : ENOSPC;
        done += size_t(w);
    }
    return 0;
}

// Writes what a receiving thread hands it, in order, so that the disk writes while the
// network reads and while the received object is parsed.
class ChunkWriter {
public:
    ChunkWriter() : thread_([this] { run(); }) {}
    ~ChunkWriter() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }
    void submit(int fd, const char* data, size_t n, off_t offset) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            jobs_.push_back({fd, data, n, offset});
            ++pending_;
        }
        wake_.notify_all();
    }
    // Waits for everything submitted; the errno of the first failure since the last wait().
    int wait() {
        std::unique_lock<std::mutex> lock(mutex_);
        done_.wait(lock, [this] { return pending_ == 0; });
        const int e = error_;
        error_ = 0;
        return e;
    }

private:
    struct Job {
        int fd;
        const char* data;
        size_t n;
        off_t offset;
    };
    void run() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // stopping, nothing left
            const Job job = jobs_.front();
            jobs_.pop_front();
            const bool skip = error_ != 0;  // after a failure the rest is moot
            lock.unlock();
            const int e = skip ? 0 : writeFully(job.fd, job.data, job.n, job.offset);
            lock.lock();
            if (e && !error_) error_ = e;
            if (--pending_ == 0) done_.notify_all();
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::deque<Job> jobs_;
    int pending_ = 0;
    int error_ = 0;
    bool stopping_ = false;
    std::thread thread_;  // last: starts once the rest is constructed
};

// What a receiving thread keeps from object to object: fresh memory per object would be page
// faults per object (only the pages the largest object needed are ever touched).
struct ThreadState {
    char* buffer = nullptr;
    std::unique_ptr<ChunkWriter> writer;
    ThreadState() {
        if (posix_memalign(reinterpret_cast<void**>(&buffer), kAlign, kKeep)) buffer = nullptr;
        writer = std::make_unique<ChunkWriter>();
    }
    ~ThreadState() {
        writer.reset();
        std::free(buffer);
    }
};

ThreadState& threadState() {
    thread_local ThreadState state;
    return state;
}

QString describeErrno(int e) {
    return e == ENOSPC ? QObject::tr("the disk is full") : QString::fromLocal8Bit(strerror(e));
}

}  // namespace

// The DcmConsumer at the end of the stream: the bytes collect in the thread's aligned buffer,
// and every aligned step of them goes to the chunk writer.
class DirectFileConsumer : public DcmConsumer {
public:
    ~DirectFileConsumer() override {
        if (writer_) writer_->wait();  // its writes use our descriptors
        if (direct_ >= 0) ::close(direct_);
        if (plain_ >= 0) ::close(plain_);
    }

    bool open(const QString& path, QString& error) {
        const QByteArray name = QFile::encodeName(path);
        ThreadState& state = threadState();
        buffer_ = state.buffer;
        writer_ = state.writer.get();
        plain_ = ::open(name.constData(), O_RDWR | O_CLOEXEC);
        if (plain_ < 0 || !buffer_) {
            error = QObject::tr("cannot open %1: %2").arg(path, describeErrno(errno));
            return false;
        }
        // The meta information is taken into the buffer and the file emptied, so that the
        // whole file goes out in aligned direct writes from offset 0 (its dirty page is
        // dropped, never written twice).
        const ssize_t header = ::pread(plain_, buffer_, kKeep, 0);
        if (header < 0 || ::ftruncate(plain_, 0) != 0) {
            error = QObject::tr("cannot read %1: %2").arg(path, describeErrno(errno));
            return false;
        }
        fill_ = size_t(header);
        direct_ = ::open(name.constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
        return true;  // without O_DIRECT, `plain_` takes every write
    }

    // A failed write (disk full) is not told to DCMTK: the rest of the data set is still
    // read off the wire, so that the association stays in step and the sender gets a proper
    // refusal; wait() reports the failure.
    OFBool good() const override { return OFTrue; }
    OFCondition status() const override { return EC_Normal; }
    OFBool isFlushed() const override { return OFTrue; }
    offile_off_t avail() const override { return std::numeric_limits<offile_off_t>::max() / 2; }
    offile_off_t write(const void* buf, offile_off_t length) override {
        const auto* in = static_cast<const char*>(buf);
        offile_off_t taken = 0;
        while (taken < length && !error_) {
            if (fill_ == kKeep) makeRoom();
            const size_t n = std::min<size_t>(kKeep - fill_, size_t(length - taken));
            std::memcpy(buffer_ + fill_, in + taken, n);
            fill_ += n;
            taken += offile_off_t(n);
            if (fill_ - submitted_ >= kStep) submit((fill_ - submitted_) / kAlign * kAlign);
        }
        return length;
    }
    void flush() override {}  // the stream flushes per PDV; we write per step

    // Hands the rest to the disk; the part that is not a whole block goes through the page
    // cache at once (publishing flushes it).
    void complete() {
        const size_t whole = (fill_ - submitted_) / kAlign * kAlign;
        if (whole > 0 && !error_) submit(whole);
        if (fill_ > submitted_ && !error_) {
            error_ = writeFully(plain_, buffer_ + submitted_, fill_ - submitted_,
                                base_ + off_t(submitted_));
            submitted_ = fill_;
        }
    }
    bool wait(QString& error) {
        if (!error_) error_ = writer_->wait();
        if (error_) error = describeErrno(error_);
        return !error_;
    }
    // The whole file, when it fitted in memory.
    bool whole() const { return base_ == 0; }
    const char* data() const { return buffer_; }
    size_t size() const { return fill_; }

private:
    void submit(size_t n) {
        writer_->submit(direct_ >= 0 ? direct_ : plain_, buffer_ + submitted_, n,
                        base_ + off_t(submitted_));
        submitted_ += n;
    }
    // A file larger than the buffer: once written, the front of it leaves the buffer (the
    // file is then no longer whole in memory).
    void makeRoom() {
        error_ = writer_->wait();
        const size_t keep = fill_ - submitted_;  // less than one block
        std::memmove(buffer_, buffer_ + submitted_, keep);
        base_ += off_t(submitted_);
        fill_ = keep;
        submitted_ = 0;
    }

    int direct_ = -1, plain_ = -1;
    char* buffer_ = nullptr;
    ChunkWriter* writer_ = nullptr;
    off_t base_ = 0;        // file offset of buffer_[0]
    size_t fill_ = 0;       // bytes in the buffer
    size_t submitted_ = 0;  // of which handed to the writer (or written)
    int error_ = 0;         // errno of the first failed write
};

class DirectFileSink::Stream : public DcmOutputStream {
public:
    explicit Stream(DirectFileConsumer* consumer) : DcmOutputStream(consumer) {}
};

std::unique_ptr<DirectFileSink> DirectFileSink::open(const QString& path, QString& error) {
    std::unique_ptr<DirectFileSink> sink(new DirectFileSink);
    sink->consumer_ = std::make_unique<DirectFileConsumer>();
    if (!sink->consumer_->open(path, error)) return nullptr;
    sink->stream_ = std::make_unique<Stream>(sink->consumer_.get());
    return sink;
}

DirectFileSink::~DirectFileSink() = default;

DcmOutputStream& DirectFileSink::stream() { return *stream_; }

void DirectFileSink::complete() {
    stream_->flush();
    consumer_->complete();
}

bool DirectFileSink::wait(QString& error) { return consumer_->wait(error); }

QByteArray DirectFileSink::wholeFile() const {
    return consumer_->whole() ? QByteArray::fromRawData(consumer_->data(), int(consumer_->size()))
                              : QByteArray();
}

}  // namespace dicomnet::network
