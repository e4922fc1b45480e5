// Where the listener receives a C-STORE data set: straight into its file in the store
// session, by direct I/O (O_DIRECT) in aligned writes that a helper thread makes while the
// rest still arrives — no copy through the page cache, which on this kind of machine costs
// more CPU than everything else the listener does per object. What is not a whole block at
// the end goes through the page cache, and publishing the object flushes it with the file's
// metadata. Where the file system refuses O_DIRECT (tmpfs on older kernels), the same writes
// are buffered. Internal to network/ (DCMTK types).
#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcostrma.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace dicomnet::network {

class DirectFileConsumer;

class DirectFileSink {
public:
    // `path` holds the file meta information already (DIMSE_createFilestream wrote it); the
    // data set is appended after it. Null with `error` set when the file cannot be opened.
    static std::unique_ptr<DirectFileSink> open(const QString& path, QString& error);
    ~DirectFileSink();

    DcmOutputStream& stream();
    // Once the data set is received: hands the rest to the disk, without waiting.
    void complete();
    // Waits until every byte is written. False (with a message) when a write failed, e.g.
    // the disk is full; the file is then incomplete.
    bool wait(QString& error);
    // After complete(): the file's bytes, when it was small enough to stay whole in memory
    // (16 MB); empty otherwise. Valid while this sink lives.
    QByteArray wholeFile() const;

private:
    DirectFileSink() = default;
    class Stream;
    std::unique_ptr<DirectFileConsumer> consumer_;
    std::unique_ptr<Stream> stream_;
};

}  // namespace dicomnet::network
