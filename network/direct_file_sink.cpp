#include "direct_file_sink.h"

#include <QFile>
#include <QObject>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace dicomnet::network {

namespace {
constexpr size_t kAlign = 4096;             // covers the logical block size of any disk here
constexpr size_t kChunk = 1024 * 1024;      // written out a megabyte at a time
constexpr size_t kKeep = 16 * 1024 * 1024;  // objects up to this stay whole in memory

// One buffer per receiving thread, kept: fresh memory per object would be page faults per
// object. Only the pages the largest object needed are ever touched.
char* threadBuffer() {
    struct Buffer {
        char* data = nullptr;
        ~Buffer() { std::free(data); }
    };
    thread_local Buffer buffer;
    if (!buffer.data && posix_memalign(reinterpret_cast<void**>(&buffer.data), kAlign, kKeep))
        buffer.data = nullptr;
    return buffer.data;
}
}  // namespace

// The DcmConsumer at the end of the stream: an aligned buffer written out a chunk at a time.
class DirectFileConsumer : public DcmConsumer {
public:
    ~DirectFileConsumer() override {
        if (direct_ >= 0) ::close(direct_);
        if (plain_ >= 0) ::close(plain_);
    }

    bool open(const QString& path, QString& error) {
        const QByteArray name = QFile::encodeName(path);
        plain_ = ::open(name.constData(), O_RDWR | O_CLOEXEC);
        buffer_ = threadBuffer();
        if (plain_ < 0 || !buffer_) {
            error = QObject::tr("cannot open %1: %2")
                        .arg(path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        // The meta information is taken into the buffer and the file emptied, so that the
        // whole file goes out in aligned direct writes from offset 0 (its dirty page is
        // dropped, never written twice).
        const ssize_t header = ::pread(plain_, buffer_, kKeep, 0);
        if (header < 0 || ::ftruncate(plain_, 0) != 0) {
            error = QObject::tr("cannot read %1: %2")
                        .arg(path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        fill_ = size_t(header);
        direct_ = ::open(name.constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
        return true;  // without O_DIRECT, `plain_` takes every write
    }

    // A failed write (disk full) is not told to DCMTK: the rest of the data set is still
    // read off the wire and dropped, so that the association stays in step and the sender
    // gets a proper refusal; finish() reports the failure.
    OFBool good() const override { return OFTrue; }
    OFCondition status() const override { return EC_Normal; }
    OFBool isFlushed() const override { return OFTrue; }
    offile_off_t avail() const override { return std::numeric_limits<offile_off_t>::max() / 2; }
    offile_off_t write(const void* buf, offile_off_t length) override {
        if (failed_) return length;
        const auto* in = static_cast<const char*>(buf);
        offile_off_t taken = 0;
        while (taken < length && !failed_) {
            if (fill_ == kKeep) makeRoom();
            const size_t n = std::min<size_t>(kKeep - fill_, size_t(length - taken));
            std::memcpy(buffer_ + fill_, in + taken, n);
            fill_ += n;
            taken += offile_off_t(n);
            if (fill_ - written_ >= kChunk) writeOut((fill_ - written_) / kAlign * kAlign);
        }
        return length;
    }
    void flush() override {}  // the stream flushes per PDV; we write per chunk and at finish()

    bool finish(QString& error) {
        const size_t whole = (fill_ - written_) / kAlign * kAlign;
        if (whole > 0 && !failed_) writeOut(whole);
        if (fill_ > written_ && !failed_) {
            const size_t rest = fill_ - written_;
            if (::pwrite(plain_, buffer_ + written_, rest, base_ + off_t(written_)) !=
                ssize_t(rest))
                fail();
            written_ = fill_;
        }
        if (failed_) error = error_;
        return !failed_;
    }
    // The whole file, when it fitted in memory (after finish()).
    bool whole() const { return base_ == 0 && !failed_; }
    const char* data() const { return buffer_; }
    size_t size() const { return fill_; }

private:
    // Writes `n` more bytes (a multiple of kAlign) from the buffer.
    void writeOut(size_t n) {
        const int fd = direct_ >= 0 ? direct_ : plain_;
        size_t done = 0;
        while (done < n) {
            const ssize_t w =
                ::pwrite(fd, buffer_ + written_ + done, n - done, base_ + off_t(written_ + done));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) {
                fail();
                return;
            }
            done += size_t(w);
        }
        written_ += n;
    }
    // A file larger than the buffer: what was written leaves it (the file is then no longer
    // whole in memory).
    void makeRoom() {
        const size_t keep = fill_ - written_;  // less than one block
        std::memmove(buffer_, buffer_ + written_, keep);
        base_ += off_t(written_);
        fill_ = keep;
        written_ = 0;
    }
    void fail() {
        error_ = errno == ENOSPC ? QObject::tr("the disk is full")
                                 : QString::fromLocal8Bit(strerror(errno));
        failed_ = true;
    }

    int direct_ = -1, plain_ = -1;
    char* buffer_ = nullptr;
    off_t base_ = 0;      // file offset of buffer_[0]
    size_t fill_ = 0;     // bytes in the buffer
    size_t written_ = 0;  // of which already in the file
    bool failed_ = false;
    QString error_;
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

bool DirectFileSink::finish(QString& error) {
    stream_->flush();
    return consumer_->finish(error);
}

QByteArray DirectFileSink::wholeFile() const {
    return consumer_->whole() ? QByteArray::fromRawData(consumer_->data(), int(consumer_->size()))
                              : QByteArray();
}

}  // namespace dicomnet::network
