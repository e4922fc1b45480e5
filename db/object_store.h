// The file store under <data dir>/store: one file per object, at a path derived from its SOP
// Instance UID. Writers stage objects in a private session folder under <data dir>/tmp, then
// publish them durably: data flushed, a journal of the final paths flushed, hard-linked into
// place (never overwriting), folders flushed. A session that died mid-publish is found by its
// unlocked folder; its journal names the files that may lack an index row.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dicomnet::db {

class ObjectStore {
public:
    explicit ObjectStore(QString dataDir);

    // "3f/3fa2…/9c01…/e5b7….dcm": study, series and instance by SHA-1 of their UIDs. A series
    // shares one folder (one folder to create and flush per batch, files of a series together);
    // 256 top folders keep a hundred thousand studies browsable.
    static QString relativePathFor(const QString& studyUid, const QString& seriesUid,
                                   const QString& sopInstanceUid);
    QString absolutePath(const QString& relativePath) const;
    QString storeDir() const { return storeDir_; }
    QString tmpDir() const { return tmpDir_; }
    Status ensureLayout() const;

    struct DeadSession {
        QString folder;
        QStringList journal;  // relative paths that may have been published but not indexed
        int lockFd = -1;      // held until removeSession()
    };
    // Sessions whose writer is gone (its lock is free). Locks them while returned.
    std::vector<DeadSession> deadSessions() const;
    // Deletes a dead session's folder once its journal has been settled.
    void removeSession(const DeadSession& session) const;
    // Lets go of a dead session's lock without touching it.
    static void releaseSession(const DeadSession& session);
    void removeFile(const QString& relativePath) const;

private:
    QString dataDir_, storeDir_, tmpDir_;
};

// One writer's staging area. Not thread-safe: one per writer thread.
class StoreSession {
public:
    static Result<std::unique_ptr<StoreSession>> open(const ObjectStore& store);
    ~StoreSession();

    struct Staged {
        QString tempPath;
        QString relativePath;
        qint64 size = 0;
        int fd = -1;
        bool alreadyPresent = false;  // another writer published the same UID first
    };

    // Writes bytes to a temporary file; writeback starts at once, flushing waits for publish().
    Result<Staged> stage(const QByteArray& bytes, const QString& relativePath);
    // A fresh temporary file name in this session, for a writer that writes the file itself
    // (the listener receives straight into it); then adopt() it.
    QString reserveTempPath();
    Result<Staged> adopt(const QString& tempPath, const QString& relativePath);
    // Makes every staged file durable under its final name (see the file comment).
    Status publish(std::vector<Staged>& staged);
    // After the index has recorded the published files: the journal is no longer needed.
    void settle();
    // The index could not record them: take back what this session published.
    void unpublish(const std::vector<Staged>& staged);
    void discard(std::vector<Staged>& staged);

private:
    StoreSession(const ObjectStore& store, QString folder, int lockFd, int journalFd);
    const ObjectStore& store_;
    QString folder_;
    int lockFd_ = -1;
    int journalFd_ = -1;  // created (and its folder flushed) once per session
    quint64 counter_ = 0;
};

}  // namespace dicomnet::db
